// "What this app stores": the inventory, export, import and deleting everything, walked like a
// user on the FakeApi.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Holding } from './api';
import { exportDocument, KINDS } from './testing/fake-api';
import { type Harness, onboardedApi, startApp } from './testing/harness';

/** Dialogs opened with the (stubbed) showModal, most recent last. */
let modals: HTMLDialogElement[] = [];

beforeEach(() => {
  window.location.hash = '';
  modals = [];
  // jsdom has no showModal or close; these behave like the browser's, minus the top layer.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    modals.push(this);
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

afterEach(() => {
  Reflect.deleteProperty(HTMLDialogElement.prototype, 'showModal');
  Reflect.deleteProperty(HTMLDialogElement.prototype, 'close');
});

function find<T extends Element = HTMLElement>(h: Harness, selector: string): T {
  const found = h.root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

const byTestid = <T extends Element = HTMLElement>(h: Harness, testid: string) => find<T>(h, `[data-testid="${testid}"]`);

function counts(h: Harness): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of h.root.querySelectorAll('[data-testid="privacy-table"] tbody tr')) {
    out[row.getAttribute('data-kind') ?? '?'] = row.querySelector('td')?.textContent ?? '';
  }
  return out;
}

const json = (text: string, name = 'privacyapp-export.json') => new File([text], name, { type: 'application/json' });

async function openPrivacy(api = onboardedApi('en')): Promise<Harness> {
  const h = await startApp(api);
  await h.go({ name: 'privacy' });
  return h;
}

describe('what this app stores', () => {
  it('lists every kind of data, empty ones too, with counts from the store', async () => {
    const api = onboardedApi('en');
    api.held = { notes: 2, other: 1 };
    const h = await startApp(api);
    await h.click('nav-privacy');
    expect(window.location.hash).toBe('#/privacy');
    expect(h.text('screen-heading')).toBe('What this app stores');
    expect(document.title).toBe('What this app stores · PrivacyApp Sociaal Domein');
    expect(byTestid(h, 'nav-privacy').getAttribute('aria-current')).toBe('page');
    expect(h.text('nav-privacy')).toBe('Your data');
    expect(h.root.querySelector('main')?.textContent).toContain('stays on this device');

    const table = byTestid<HTMLTableElement>(h, 'privacy-table');
    expect(table.classList.contains('utrecht-table')).toBe(true);
    expect(table.caption?.textContent).toBe('What the app stores on this device now');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Kind of data', 'How much']);
    expect([...table.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-kind'))).toEqual([...KINDS, 'other']);
    expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual([
      'Your choices, such as language and group',
      'Saved pages',
      'Pages you have read',
      'Where you are in a story',
      'Story endings you have reached',
      'Your answers to quiz questions',
      'Your answers in checklists',
      'Your notes',
      'Preparations for a conversation',
      'Other data',
    ]);
    expect(counts(h)).toMatchObject({ settings: '2 items', bookmarks: 'None', notes: '2 items', other: '1 item', endings: 'None' });
    expect(h.root.querySelector('[data-testid="privacy-nothing"]')).toBeNull();
    for (const button of h.root.querySelectorAll('main button')) expect(button.getAttribute('type')).toBe('button');

    await h.go({ name: 'page', id: 'jongeren-rechten' });
    await h.click('bookmark-toggle');
    await h.go({ name: 'privacy' });
    expect(counts(h).bookmarks).toBe('1 item');
  });

  it('speaks Dutch, with Dutch plurals', async () => {
    const api = onboardedApi('nl');
    api.bookmarks = ['jongeren-rechten', 'inwoners-hulp'];
    const h = await openPrivacy(api);
    expect(h.text('screen-heading')).toBe('Wat deze app bewaart');
    expect(h.text('nav-privacy')).toBe('Jouw gegevens');
    expect(counts(h)).toMatchObject({ bookmarks: '2 items', pages_read: 'Niets' });
    expect(find(h, '[data-kind="bookmarks"] th').textContent).toBe("Bewaarde pagina's");
  });

  it('says so when nothing is stored yet', async () => {
    const api = onboardedApi('en');
    api.storeInventory = async () => KINDS.map((kind): Holding => ({ kind, count: 0, bytes: 0 }));
    const h = await openPrivacy(api);
    expect(h.text('privacy-nothing')).toBe('The app does not store anything about you yet.');
    expect(Object.keys(counts(h))).toHaveLength(9);
  });

  it('shows a loading state, then the table', async () => {
    const api = onboardedApi('en');
    const h = await startApp(api);
    let release: () => void = () => undefined;
    const held = api.storeInventory.bind(api);
    api.storeInventory = () => new Promise((resolve) => (release = () => resolve(held())));
    window.location.hash = '#/privacy';
    await new Promise((r) => setTimeout(r, 0));
    expect(find(h, '[data-testid="privacy-inventory"] [data-testid="loading"]').textContent).toBe('Loading…');
    expect(h.root.querySelector('[data-testid="privacy-table"]')).toBeNull();
    release();
    await h.settle();
    expect(h.root.querySelector('[data-testid="loading"]')).toBeNull();
    expect(counts(h).settings).toBe('2 items');
  });

  it('explains a store that cannot be read, keeps the actions, and retries', async () => {
    const api = onboardedApi('en');
    api.failWith = 'storage';
    const h = await openPrivacy(api);
    const error = find(h, '[data-testid="privacy-inventory"] [data-error-code="storage"]');
    expect(error.textContent).toContain('could not be saved or read');
    expect(h.root.querySelector('[data-testid="privacy-delete"]')).not.toBeNull();
    api.failWith = null;
    find<HTMLButtonElement>(h, '[data-error-code="storage"] button').click();
    await h.settle();
    expect(counts(h).settings).toBe('2 items');
  });
});

describe('export', () => {
  it('saves everything to a file and says where, in a live region', async () => {
    const h = await openPrivacy();
    const status = byTestid(h, 'privacy-export-status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    await h.click('privacy-export');
    expect(h.api.exports).toEqual([h.api.exportPath]);
    expect(status.textContent).toBe(`Saved to ${h.api.exportPath}`);
  });

  it('says why an export failed', async () => {
    const h = await openPrivacy(onboardedApi('nl'));
    h.api.failWith = 'disk_full';
    await h.click('privacy-export');
    expect(find(h, '[data-testid="privacy-export-status"] [data-error-code="disk_full"]').textContent).toContain('de schijf is vol');
    expect(byTestid<HTMLButtonElement>(h, 'privacy-export').disabled).toBe(false);
  });
});

describe('import', () => {
  const good = exportDocument({ locale: 'en', track: 'jongeren' }, ['inwoners-hulp', 'jongeren-rechten'], { notes: [{}] });

  it('has a labelled file input that takes JSON', async () => {
    const h = await openPrivacy();
    const input = byTestid<HTMLInputElement>(h, 'privacy-import-file');
    expect(input.type).toBe('file');
    expect(input.accept).toBe('application/json,.json');
    expect(input.labels?.[0]?.textContent).toBe('Choose a file');
  });

  it('replaces everything after the user confirms', async () => {
    const api = onboardedApi('en');
    api.bookmarks = ['inwoners-hulp'];
    const h = await openPrivacy(api);
    expect(counts(h).bookmarks).toBe('1 item');

    await h.pick('privacy-import-file', json(good, 'backup.json'));
    const dialog = byTestid<HTMLDialogElement>(h, 'privacy-import-dialog');
    expect(modals).toEqual([dialog]);
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('Everything the app stores now will be replaced by the data in backup.json.');
    expect(document.activeElement).toBe(byTestid(h, 'privacy-import-dialog-cancel'));
    expect(api.calls).not.toContain('importData');

    await h.click('privacy-import-dialog-confirm');
    expect(h.root.querySelector('dialog')).toBeNull();
    expect(api.bookmarks).toEqual(['inwoners-hulp', 'jongeren-rechten']);
    expect(counts(h)).toMatchObject({ bookmarks: '2 items', notes: '1 item', settings: '2 items' });
    expect(h.text('privacy-import-status')).toBe('The data from the file is now in the app.');
    expect(h.text('app-notice')).toBe('');
  });

  it('changes nothing when the user cancels, by button or Escape, and gives focus back', async () => {
    const api = onboardedApi('en');
    api.bookmarks = ['inwoners-hulp'];
    const h = await openPrivacy(api);
    const input = byTestid<HTMLInputElement>(h, 'privacy-import-file');

    await h.pick('privacy-import-file', json(good));
    await h.click('privacy-import-dialog-cancel');
    expect(h.root.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(input);

    await h.pick('privacy-import-file', json(good));
    byTestid(h, 'privacy-import-dialog').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await h.settle();
    expect(h.root.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(input);

    expect(api.calls).not.toContain('importData');
    expect(api.bookmarks).toEqual(['inwoners-hulp']);
    expect(counts(h).bookmarks).toBe('1 item');
    expect(h.text('privacy-import-status')).toBe('');
  });

  it('refuses a file that is not an export, says so, and changes nothing', async () => {
    const api = onboardedApi('en');
    api.bookmarks = ['inwoners-hulp'];
    const h = await openPrivacy(api);
    for (const text of ['{"format":"something-else","version":1}', 'not json at all']) {
      await h.pick('privacy-import-file', json(text));
      await h.click('privacy-import-dialog-confirm');
      expect(find(h, '[data-testid="privacy-import-status"] [data-error-code="invalid_export"]').textContent).toContain(
        'This file is not an export of this app, or it is damaged. Nothing has been changed.',
      );
      expect(api.bookmarks).toEqual(['inwoners-hulp']);
      expect(counts(h).bookmarks).toBe('1 item');
    }
    expect(api.calls.filter((c) => c === 'importData')).toHaveLength(2);
  });

  it('does not even read a file far too large to be an export', async () => {
    const h = await openPrivacy();
    const huge = json('{}');
    Object.defineProperty(huge, 'size', { value: 65 * 1024 * 1024 });
    await h.pick('privacy-import-file', huge);
    expect(h.root.querySelector('dialog')).toBeNull();
    expect(find(h, '[data-testid="privacy-import-status"] [data-error-code="invalid_export"]')).not.toBeNull();
    expect(h.api.calls).not.toContain('importData');
  });

  it('draws the app anew when the file brings another language and group', async () => {
    const api = onboardedApi('en');
    const h = await openPrivacy(api);
    await h.pick('privacy-import-file', json(exportDocument({ locale: 'nl', track: 'inwoners' }, ['inwoners-hulp'])));
    await h.click('privacy-import-dialog-confirm');
    expect(document.documentElement.lang).toBe('nl');
    expect(h.text('screen-heading')).toBe('Wat deze app bewaart');
    expect(h.text('app-notice')).toBe('De gegevens uit het bestand staan nu in de app.');
    expect(counts(h).bookmarks).toBe('1 item');
    await h.go({ name: 'home' });
    expect(h.text('screen-heading')).toBe('Voor inwoners');
    expect(h.text('app-notice')).toBe('');
  });
});

describe('delete everything', () => {
  it('asks first, plainly; Cancel deletes nothing and gives focus back', async () => {
    const api = onboardedApi('en');
    api.bookmarks = ['inwoners-hulp'];
    const h = await openPrivacy(api);
    const opener = byTestid(h, 'privacy-delete');
    await h.click('privacy-delete');

    const dialog = byTestid<HTMLDialogElement>(h, 'privacy-delete-dialog');
    expect(modals).toEqual([dialog]);
    expect(document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Delete everything?');
    const text = document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(text).toContain('saved pages');
    expect(text).toContain('You cannot undo this.');
    const cancel = byTestid<HTMLButtonElement>(h, 'privacy-delete-dialog-cancel');
    const confirm = byTestid<HTMLButtonElement>(h, 'privacy-delete-dialog-confirm');
    expect(document.activeElement).toBe(cancel);
    expect(cancel.textContent).toBe('Cancel');
    expect(confirm.textContent).toBe('Delete everything');
    expect(confirm.className).toContain('utrecht-button--primary-action');
    expect(confirm.className).toContain('app-button--danger');
    expect([cancel.type, confirm.type]).toEqual(['button', 'button']);

    await h.click('privacy-delete-dialog-cancel');
    expect(h.root.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(api.calls).not.toContain('deleteEverything');
    expect(api.bookmarks).toEqual(['inwoners-hulp']);
    expect(counts(h).bookmarks).toBe('1 item');
  });

  it('on confirm deletes everything and starts over at first start', async () => {
    const api = onboardedApi('en');
    api.bookmarks = ['inwoners-hulp'];
    api.held = { notes: 3 };
    const h = await openPrivacy(api);
    await h.click('privacy-delete');
    await h.click('privacy-delete-dialog-confirm');

    expect(api.calls).toContain('deleteEverything');
    expect(api.bookmarks).toEqual([]);
    expect(api.settings.locale).toBeNull();
    expect(api.settings.track).toBeNull();
    expect((await api.storeInventory()).every((x) => x.count === 0)).toBe(true);
    // The suggested language is Dutch: first start shows it again.
    expect(h.text('screen-heading')).toBe('Welkom');
    expect(document.activeElement).toBe(byTestid(h, 'screen-heading'));
    expect(window.location.hash).toBe('#/start');
    expect(h.root.querySelector('nav')).toBeNull();
    expect(h.text('app-notice')).toBe('Alles is verwijderd. De app begint opnieuw.');

    await h.click('start-next');
    expect(h.text('screen-heading')).toBe('Wie ben je?');
    expect(h.text('app-notice')).toBe('');
  });

  it('says why deleting failed and stays on the screen', async () => {
    const api = onboardedApi('en');
    const h = await openPrivacy(api);
    api.failWith = 'io';
    await h.click('privacy-delete');
    await h.click('privacy-delete-dialog-confirm');
    expect(find(h, '[data-testid="privacy-delete-status"] [data-error-code="io"]').textContent).toContain('disk');
    expect(h.text('screen-heading')).toBe('What this app stores');
  });

  it('opens with the open attribute where showModal is missing, and closes with Escape', async () => {
    Reflect.deleteProperty(HTMLDialogElement.prototype, 'showModal');
    Reflect.deleteProperty(HTMLDialogElement.prototype, 'close');
    const h = await openPrivacy();
    await h.click('privacy-delete');
    const dialog = byTestid<HTMLDialogElement>(h, 'privacy-delete-dialog');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(byTestid(h, 'privacy-delete-dialog-cancel'));
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await h.settle();
    expect(h.root.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(byTestid(h, 'privacy-delete'));
    expect(h.api.calls).not.toContain('deleteEverything');
  });
});
