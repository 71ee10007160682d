import { beforeEach, describe, expect, it } from 'vitest';
import type { Hit } from './api';
import { samplePage } from './testing/fake-api';
import { onboardedApi, startApp } from './testing/harness';

beforeEach(() => {
  window.location.hash = '';
});

function hit(id: string, track: Hit['track'], partial = false): Hit {
  return {
    id,
    kind: track ? 'article' : 'term',
    track,
    title: `Title of ${id}`,
    snippet: [
      { text: 'about ', mark: false },
      { text: 'files', mark: true },
    ],
    partial,
  };
}

describe('search screen', () => {
  it('starts with a hint, then groups results by track with the reader’s own first', async () => {
    const api = onboardedApi('en');
    api.settings.track = 'inwoners';
    api.search = async () => [hit('jongeren-a', 'jongeren'), hit('avg', null), hit('inwoners-b', 'inwoners')];
    const h = await startApp(api);
    await h.go({ name: 'search' });
    expect(h.text('screen-heading')).toBe('Search');
    expect(h.text('search-empty')).toContain('Type something');

    await h.type('search-input', 'files');
    expect(h.text('search-status')).toBe('3 results');
    const headings = [...h.root.querySelectorAll('#search-results h2')].map((e) => e.textContent);
    expect(headings).toEqual(['For residents (1)', 'For young people (1)', 'Words explained (1)']);
    const first = h.root.querySelector('[data-testid="search-hit-inwoners-b"]');
    expect(first?.getAttribute('href')).toBe('#/page/inwoners-b');
    expect(h.root.querySelector('[data-testid="search-hit-avg"]')?.getAttribute('href')).toBe('#/term/avg');
    expect(h.root.querySelector('#search-results mark')?.textContent).toBe('files');
    expect(h.root.querySelector('[data-testid="search-partial"]')).toBeNull();
  });

  it('moves through the results with the arrow keys and back to the box with Escape', async () => {
    const api = onboardedApi('en');
    api.search = async () => [hit('jongeren-a', 'jongeren'), hit('jongeren-b', 'jongeren')];
    const h = await startApp(api);
    await h.go({ name: 'search' });
    await h.type('search-input', 'a');
    const input = h.root.querySelector<HTMLInputElement>('[data-testid="search-input"]');
    const key = (target: Element | null | undefined, k: string) =>
      target?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key(input, 'ArrowDown');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('search-hit-jongeren-a');
    key(document.activeElement, 'ArrowDown');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('search-hit-jongeren-b');
    key(document.activeElement, 'ArrowDown');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('search-hit-jongeren-b');
    key(document.activeElement, 'Escape');
    expect(document.activeElement).toBe(input);
  });

  it('says when nothing matched, and when only some words did', async () => {
    const api = onboardedApi('nl');
    const h = await startApp(api);
    await h.go({ name: 'search' });
    await h.type('search-input', 'zebra');
    expect(h.text('search-none')).toContain('Niets gevonden voor "zebra"');
    api.search = async () => [hit('jongeren-a', 'jongeren', true)];
    await h.type('search-input', 'dossier zebra');
    expect(h.text('search-partial')).toContain('Geen pagina heeft al je woorden');
  });

  it('shows only the answer to the latest query when an older one answers late', async () => {
    const api = onboardedApi('en');
    let release: (() => void) | undefined;
    api.search = (query) =>
      query === 'slow'
        ? new Promise((resolve) => {
            release = () => resolve([hit('jongeren-slow', 'jongeren')]);
          })
        : Promise.resolve([hit('jongeren-fast', 'jongeren')]);
    const h = await startApp(api);
    await h.go({ name: 'search' });
    await h.type('search-input', 'slow');
    await h.type('search-input', 'fast');
    release?.();
    await h.settle();
    expect(h.root.querySelector('[data-testid="search-hit-jongeren-fast"]')).not.toBeNull();
    expect(h.root.querySelector('[data-testid="search-hit-jongeren-slow"]')).toBeNull();
  });

  it('shows a localised error with a retry, and keeps the query when coming back', async () => {
    const api = onboardedApi('en');
    api.pages.push(samplePage('jongeren-dossier', 'jongeren', 'en'));
    const h = await startApp(api);
    await h.go({ name: 'search' });
    api.failWith = 'internal';
    await h.type('search-input', 'dossier');
    expect(h.root.querySelector('#search-results [data-testid="error"]')).not.toBeNull();
    api.failWith = null;
    h.root.querySelector<HTMLButtonElement>('#search-results [data-testid="error"] button')?.click();
    await h.settle();
    expect(h.root.querySelector('[data-testid="search-hit-jongeren-dossier"]')).not.toBeNull();

    await h.go({ name: 'home' });
    await h.go({ name: 'search' });
    expect(h.root.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.value).toBe('dossier');
    expect(h.root.querySelector('[data-testid="search-hit-jongeren-dossier"]')).not.toBeNull();
  });
});

describe('term screen', () => {
  it('explains a glossary word, or says it is not there', async () => {
    const h = await startApp(onboardedApi('nl'));
    await h.go({ name: 'term', id: 'avg' });
    expect(h.text('screen-heading')).toBe('AVG');
    expect(h.text('term-screen')).toContain('De privacywet.');
    expect(h.text('term-screen')).toContain('Ook wel: GDPR');
    await h.go({ name: 'term', id: 'onbekend' });
    expect(h.text('screen-heading')).toBe('Begrip niet gevonden');
    expect(h.root.querySelector('[data-error-code="unknown_term"]')).not.toBeNull();
  });
});
