/**
 * Search as you type, across every track, grouped by track with the reader's own first and
 * glossary terms last. Arrow keys move between the results; Escape goes back to the box.
 */
import type { Hit, Track } from '../api';
import type { Context } from '../context';
import { h, replace } from '../dom';
import { href } from '../router';
import { failure, heading } from './status';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel live. */
const DEBOUNCE_MS = 150;

/** The last query, so coming back to the screen shows the same results. */
let lastQuery = '';

/** Forgets the last query: after everything is deleted, nothing typed stays behind. */
export function forgetSearch(): void {
  lastQuery = '';
}

export function renderSearch(ctx: Context, main: HTMLElement): void {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const input = h('input', {
    id: 'search-input',
    class: 'utrecht-textbox utrecht-textbox--html-input app-search__input',
    attrs: {
      type: 'search',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': 'search-hint',
      'aria-controls': 'search-results',
      'data-testid': 'search-input',
    },
  });
  input.value = lastQuery;
  const status = h('div', { class: 'app-search__status', attrs: { role: 'status', 'data-testid': 'search-status' } });
  const results = h('div', { id: 'search-results', attrs: { 'data-testid': 'search-results' } });
  const form = h(
    'form',
    { class: 'app-form app-search', attrs: { role: 'search', 'data-testid': 'search-form' } },
    h('label', { class: 'utrecht-form-label', attrs: { for: 'search-input' } }, t('search-label')),
    h('p', { class: 'utrecht-form-field-description', id: 'search-hint' }, t('search-hint')),
    input,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    clearTimeout(timer);
    const query = input.value;
    lastQuery = query;
    const id = ++sequence;
    if (!query.trim()) {
      replace(status);
      replace(results, h('p', { class: 'utrecht-paragraph app-empty', attrs: { 'data-testid': 'search-empty' } }, t('search-start')));
      return;
    }
    let hits: Hit[];
    try {
      hits = await ctx.api.search(query, ctx.i18n.locale);
    } catch (e) {
      if (id === sequence) {
        replace(status);
        replace(results, failure(ctx, e, () => void run()));
      }
      return;
    }
    // A slower answer to an older query must not replace the newer one.
    if (id !== sequence) return;
    const partial = hits.some((x) => x.partial) ? ` ${t('search-partial')}` : '';
    replace(status, h('p', { class: 'utrecht-paragraph' }, t('search-count', { count: hits.length }) + partial));
    replace(results, ...resultsView(ctx, query, hits));
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links(results)[0]?.focus();
    }
  });
  results.addEventListener('keydown', (event) => {
    const all = links(results);
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });

  replace(main, heading(t('search-title')), form, status, results);
  void run();
}

function links(results: HTMLElement): HTMLAnchorElement[] {
  return [...results.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
}

function resultsView(ctx: Context, query: string, hits: Hit[]): HTMLElement[] {
  const t = ctx.i18n.t.bind(ctx.i18n);
  if (hits.length === 0) {
    return [
      h(
        'div',
        { class: 'app-empty', attrs: { 'data-testid': 'search-none' } },
        h('p', { class: 'utrecht-paragraph' }, t('search-none', { query: query.trim() })),
        h('p', { class: 'utrecht-paragraph' }, t('search-none-tip')),
      ),
    ];
  }
  const own = ctx.settings.track;
  const tracks: Track[] = ['jongeren', 'inwoners', 'professionals'];
  const order = own ? [own, ...tracks.filter((tr) => tr !== own)] : tracks;
  const groups: { key: string; title: string; hits: Hit[] }[] = [
    ...order.map((track) => ({ key: track, title: t(`home-title-${track}`), hits: hits.filter((x) => x.track === track) })),
    { key: 'terms', title: t('search-group-terms'), hits: hits.filter((x) => x.track === null) },
  ];
  const out: HTMLElement[] = [];
  if (hits.some((x) => x.partial)) {
    // Said in the status too, so a screen reader hears it with the count.
    out.push(h('p', { class: 'utrecht-paragraph', attrs: { 'data-testid': 'search-partial' } }, t('search-partial')));
  }
  for (const group of groups.filter((g) => g.hits.length > 0)) {
    const headingId = `search-group-${group.key}`;
    out.push(
      h(
        'section',
        { class: 'app-search__group', attrs: { 'aria-labelledby': headingId, 'data-testid': headingId } },
        h(
          'h2',
          { class: 'utrecht-heading-2', id: headingId },
          group.title,
          ' ',
          h('span', { class: 'app-search__count' }, t('search-group-count', { count: group.hits.length })),
        ),
        h('ul', { class: 'app-page-list' }, ...group.hits.map((hit) => hitView(ctx, hit))),
      ),
    );
  }
  return out;
}

function hitView(ctx: Context, hit: Hit): HTMLElement {
  const kind = hit.kind === 'article' ? null : ctx.i18n.t(`search-kind-${hit.kind}`);
  const route = hit.kind === 'term' ? ({ name: 'term', id: hit.id } as const) : ({ name: 'page', id: hit.id } as const);
  return h(
    'li',
    { class: 'app-page-list__item' },
    h(
      'a',
      {
        class: 'utrecht-link utrecht-link--html-a app-page-list__link',
        attrs: { href: href(route), 'data-result': true, 'data-testid': `search-hit-${hit.id}`, 'data-content': true },
      },
      hit.title,
    ),
    kind && ' ',
    kind && h('span', { class: 'app-search__kind' }, `(${kind})`),
    // Snippets are plain text parts from the core; matched words become <mark>, never HTML.
    h(
      'p',
      { class: 'utrecht-paragraph app-page-list__summary', attrs: { 'data-content': true } },
      ...hit.snippet.map((part) => (part.mark ? h('mark', {}, part.text) : part.text)),
    ),
  );
}
