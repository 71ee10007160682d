import { beforeEach, describe, expect, it } from 'vitest';
import { FakeApi } from './testing/fake-api';
import { onboardedApi, startApp } from './testing/harness';

beforeEach(() => {
  window.location.hash = '';
});

describe('first start', () => {
  it('offers the suggested language, then a track, then shows that track home', async () => {
    const api = new FakeApi();
    api.suggestedLocale = 'en';
    const h = await startApp(api);
    expect(document.documentElement.lang).toBe('en');
    expect(h.root.querySelector<HTMLInputElement>('[data-testid="locale-en"]')?.checked).toBe(true);
    expect(h.root.querySelector('nav')).toBeNull();

    await h.click('locale-nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(h.text('screen-heading')).toBe('Welkom');
    expect(api.settings.locale).toBeNull();

    await h.click('start-next');
    expect(api.settings.locale).toBe('nl');
    expect(h.text('screen-heading')).toBe('Wie ben je?');

    // No gemeente editions are installed yet: "no gemeente" is offered, chosen and explained.
    const none = h.root.querySelector<HTMLInputElement>('[data-testid="gemeente-none"]');
    expect(none?.checked).toBe(true);
    expect(none?.closest('fieldset')?.textContent).toContain('Op dit apparaat staat nog geen gemeente.');

    await h.click('start-done');
    expect(h.text('track-required')).toContain('Kies eerst');
    expect(api.settings.track).toBeNull();

    await h.click('track-professionals');
    await h.click('start-done');
    expect(api.settings.track).toBe('professionals');
    expect(h.text('screen-heading')).toBe('Voor professionals');
    expect(document.title).toBe('Voor professionals · PrivacyApp Sociaal Domein');
  });

  it('shows a localised error when the choice cannot be saved, and stays on the step', async () => {
    const api = new FakeApi();
    api.failWith = 'storage';
    const h = await startApp(api);
    await h.click('start-next');
    expect(h.root.querySelector('[data-error-code="storage"]')?.textContent).toContain(
      'konden niet worden opgeslagen',
    );
    expect(h.text('screen-heading')).toBe('Welkom');
  });
});

describe('reading and bookmarking', () => {
  it('lists the track, opens a page, bookmarks it and lists the bookmark', async () => {
    const h = await startApp(onboardedApi('en'));
    expect(h.text('screen-heading')).toBe('For young people');
    const link = h.root.querySelector<HTMLAnchorElement>('[data-testid="page-list"] a');
    expect(link?.textContent).toBe('Title of jongeren-rechten (en)');

    await h.go({ name: 'page', id: 'jongeren-rechten' });
    expect(h.text('screen-heading')).toBe('Title of jongeren-rechten (en)');
    expect(h.text('bookmark-toggle')).toBe('Save this page');
    expect(h.text('sources')).toContain('AVG, artikel 15');

    await h.click('bookmark-toggle');
    expect(h.api.bookmarks).toEqual(['jongeren-rechten']);
    expect(h.text('bookmark-toggle')).toBe('Remove from saved');
    expect(h.root.querySelector('[data-testid="bookmark-toggle"]')?.getAttribute('aria-pressed')).toBe('true');

    await h.go({ name: 'bookmarks' });
    expect(h.text('bookmark-list')).toContain('Title of jongeren-rechten (en)');
    expect(h.root.querySelector('[aria-current="page"]')?.getAttribute('href')).toBe('#/bookmarks');
  });

  it('follows a link inside content and lists related pages', async () => {
    const api = onboardedApi('en');
    const page = api.pages.find((p) => p.id === 'jongeren-rechten' && p.locale === 'en');
    if (!page) throw new Error('fixture');
    page.related = ['inwoners-hulp', 'gone'];
    page.html = '<p>See <a href="#/page/inwoners-hulp">help</a>.</p>';
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-rechten' });
    expect(h.text('related')).toBe('Title of inwoners-hulp (en)Summary of inwoners-hulp');

    const link = h.root.querySelector<HTMLAnchorElement>('[data-testid="page-body"] a');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link?.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    await h.settle();
    expect(h.text('screen-heading')).toBe('Title of inwoners-hulp (en)');
  });

  it('shows empty states', async () => {
    const api = onboardedApi('nl');
    api.pages = [];
    const h = await startApp(api);
    expect(h.text('home-empty')).toContain('nog geen pagina');
    await h.go({ name: 'bookmarks' });
    expect(h.text('bookmarks-empty')).toContain('nog geen pagina');
  });

  it('explains an unknown page and a failing store, with a retry that works', async () => {
    const api = onboardedApi('en');
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'no-such-page' });
    expect(h.root.querySelector('[data-error-code="unknown_page"]')?.textContent).toContain('does not exist');

    api.failWith = 'storage';
    await h.go({ name: 'bookmarks' });
    expect(h.root.querySelector('[data-error-code="storage"]')).not.toBeNull();
    api.failWith = null;
    h.root.querySelector<HTMLButtonElement>('[data-error-code="storage"] button')?.click();
    await h.settle();
    expect(h.text('bookmarks-empty')).toContain('not saved any pages');
  });

  it('keeps a bookmark failure next to the button and leaves the state unchanged', async () => {
    const api = onboardedApi('en');
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'inwoners-hulp' });
    api.failWith = 'io';
    await h.click('bookmark-toggle');
    expect(h.text('bookmark-toggle')).toBe('Save this page');
    expect(h.root.querySelector('[data-error-code="io"]')?.textContent).toContain('disk');
  });

  it('does not follow links out of content', async () => {
    const h = await startApp(onboardedApi('en'));
    await h.go({ name: 'page', id: 'inwoners-hulp' });
    const link = h.root.querySelector<HTMLAnchorElement>('[data-testid="page-body"] a');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link?.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('explains a glossary term under the text and returns focus to the word on close', async () => {
    const api = onboardedApi('nl');
    const page = api.pages.find((p) => p.id === 'inwoners-hulp' && p.locale === 'nl');
    if (page) page.html = '<p>De <a href="#/term/avg">AVG</a> en <a href="#/term/weg">weg</a>.</p>';
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'inwoners-hulp' });
    const [avg, gone] = h.root.querySelectorAll<HTMLAnchorElement>('[data-testid="page-body"] a');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    avg?.dispatchEvent(event);
    await h.settle();
    expect(event.defaultPrevented).toBe(true);
    expect(window.location.hash).toBe('#/page/inwoners-hulp');
    expect(h.text('term')).toContain('De privacywet.');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('term');
    await h.click('term-close');
    expect(h.root.querySelector('[data-testid="term"]')).toBeNull();
    expect(document.activeElement).toBe(avg);

    gone?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await h.settle();
    expect(h.root.querySelector('[data-testid="term"] [data-error-code="unknown_term"]')).not.toBeNull();
  });

  it('tells the user plainly when saved data was damaged and restored, or can only be read', async () => {
    const api = onboardedApi('nl');
    const taken = Date.UTC(2026, 10, 20, 9, 30);
    api.storeNotice = {
      recovery: { quarantined: '/data/privacyapp.quarantined-1.sqlite3', restored_from: { snapshot: '/data/s', taken_at_millis: taken } },
      readOnly: true,
    };
    const h = await startApp(api);
    const recovered = h.text('store-recovered');
    expect(recovered).toContain('reservekopie van');
    expect(recovered).toContain('20 november 2026');
    expect(recovered).toContain('/data/privacyapp.quarantined-1.sqlite3');
    expect(h.text('store-read-only')).toContain('niets opslaan');

    api.storeNotice = { recovery: { quarantined: '/q', restored_from: null }, readOnly: false };
    const fresh = await startApp(api);
    expect(fresh.text('store-recovered')).toContain('zonder gegevens');
    expect(fresh.root.querySelector('[data-testid="store-read-only"]')).toBeNull();
  });

  it('reports a store that could not be opened on every screen, in the user language', async () => {
    const api = onboardedApi('nl');
    api.storeError = { code: 'database_too_new', message: 'schema 9' };
    const h = await startApp(api);
    expect(h.root.querySelector('[data-error-code="database_too_new"]')?.textContent).toContain('nieuwere versie');
  });
});

describe('settings', () => {
  it('changes the language and the track at any time', async () => {
    const api = onboardedApi('nl');
    const h = await startApp(api);
    await h.go({ name: 'settings' });
    expect(h.root.querySelector<HTMLInputElement>('[data-testid="settings-gemeente-none"]')?.checked).toBe(true);
    await h.click('settings-locale-en');
    expect(api.settings.locale).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(h.text('screen-heading')).toBe('Settings');

    const radio = h.root.querySelector<HTMLInputElement>('[data-testid="settings-track-inwoners"]');
    radio?.click();
    await h.settle();
    expect(api.settings.track).toBe('inwoners');
    await h.go({ name: 'home' });
    expect(h.text('screen-heading')).toBe('For residents');
  });

  it('saves text size, theme and reduced motion, and applies them to the document at once', async () => {
    const api = onboardedApi('en');
    const h = await startApp(api);
    const root = document.documentElement;
    expect([root.dataset['textSize'], root.dataset['theme'], root.dataset['motion']]).toEqual(['normal', 'light', 'off']);
    await h.go({ name: 'settings' });
    await h.click('settings-text_size-larger');
    await h.click('settings-theme-high_contrast');
    await h.click('settings-reduced_motion-on');
    expect([api.settings.text_size, api.settings.theme, api.settings.reduced_motion]).toEqual(['larger', 'high_contrast', 'on']);
    expect([root.dataset['textSize'], root.dataset['theme'], root.dataset['motion']]).toEqual(['larger', 'high_contrast', 'on']);
    expect(h.text('settings-status')).toBe('Saved.');

    // Chosen before: applied at start, before the first screen is drawn.
    const again = await startApp(api);
    expect(again.root.querySelector('main')).not.toBeNull();
    expect(root.dataset['theme']).toBe('high_contrast');

    api.failWith = 'read_only';
    await again.go({ name: 'settings' });
    await again.click('settings-theme-dark');
    expect(again.root.querySelector('[data-testid="settings-status"] [data-error-code="read_only"]')).not.toBeNull();
    expect(root.dataset['theme']).toBe('high_contrast');
    expect(again.root.querySelector<HTMLInputElement>('[data-testid="settings-theme-high_contrast"]')?.checked).toBe(true);
  });

  it('switches language from the header and keeps the open page', async () => {
    const api = onboardedApi('nl');
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-rechten' });
    expect(h.text('switch-locale')).toBe('English');
    expect(h.root.querySelector('[data-testid="switch-locale"]')?.getAttribute('lang')).toBe('en');
    await h.click('switch-locale');
    expect(api.settings.locale).toBe('en');
    expect(window.location.hash).toBe('#/page/jongeren-rechten');
    expect(h.text('screen-heading')).toBe('Title of jongeren-rechten (en)');
    expect(h.text('switch-locale')).toBe('Nederlands');
  });

  it('opens "about this app" from the footer, also before first start is done', async () => {
    const h = await startApp(new FakeApi());
    expect(h.text('footer-about')).toBe('Over deze app en privacy');
    await h.click('footer-about');
    expect(h.text('screen-heading')).toBe('Over deze app en privacy');
    expect(h.text('about')).toContain('stuurt niets weg');
    await h.go({ name: 'home' });
    expect(h.text('screen-heading')).toBe('Welkom');
  });

  it('a slow screen the user already left never draws over the next one', async () => {
    const api = onboardedApi('en');
    const h = await startApp(api);
    const real = api.trackOverview.bind(api);
    const waiting: (() => void)[] = [];
    api.trackOverview = (track, locale) =>
      new Promise((resolve) => {
        waiting.push(() => resolve(real(track, locale)));
      });
    window.location.hash = '#/progress';
    await new Promise((r) => setTimeout(r, 0));
    window.location.hash = '#/search';
    await new Promise((r) => setTimeout(r, 0));
    expect(waiting.length).toBeGreaterThan(0);
    for (const release of waiting) release();
    await h.settle();
    expect(h.text('screen-heading')).toBe('Search');
    expect(h.root.querySelector('[data-testid="progress-jongeren"]')).toBeNull();
  });

  it('explains a glossary word in a list item inside that item', async () => {
    const api = onboardedApi('nl');
    const page = api.pages.find((p) => p.id === 'jongeren-rechten' && p.locale === 'nl');
    if (page) page.html = '<ul><li><a href="#/term/avg">AVG</a>: de privacywet.</li><li>Nog iets.</li></ul>';
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-rechten' });
    h.root.querySelector<HTMLAnchorElement>('[data-testid="page-body"] a')?.click();
    await h.settle();
    const slot = h.root.querySelector('[data-testid="term-slot"]');
    expect(slot?.parentElement?.tagName).toBe('LI');
    expect(h.text('term')).toContain('De privacywet.');
  });

  it('opens and closes the menu (the phone header) by button and Escape, and closes it on moving on', async () => {
    const api = onboardedApi('en');
    const h = await startApp(api);
    const toggle = h.root.querySelector<HTMLButtonElement>('[data-testid="menu-toggle"]');
    const menu = h.root.querySelector<HTMLElement>('#app-menu');
    expect(toggle?.getAttribute('aria-controls')).toBe('app-menu');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(menu?.hasAttribute('data-open')).toBe(false);
    expect(menu?.querySelector('[data-testid="switch-locale"]')).not.toBeNull();

    await h.click('menu-toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(menu?.hasAttribute('data-open')).toBe(true);
    const search = h.root.querySelector<HTMLAnchorElement>('[data-testid="nav-search"]');
    search?.focus();
    search?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);

    await h.click('menu-toggle');
    toggle?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(toggle?.getAttribute('aria-expanded'), 'Escape on the button itself closes it too').toBe('false');

    await h.click('menu-toggle');
    await h.go({ name: 'search' });
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(search?.getAttribute('aria-current')).toBe('page');
  });
});
