/** A list of pages as links with their summaries; shared by the track home and bookmarks. */
import type { PageSummary } from '../api';
import { h } from '../dom';
import { href } from '../router';

/** `status`, when given, says in words how far the user got with a page (or null: nothing yet). */
export function pageList(pages: PageSummary[], testid: string, status?: (page: PageSummary) => string | null): HTMLElement {
  return h(
    'ul',
    { class: 'app-page-list', attrs: { 'data-testid': testid } },
    ...pages.map((p) =>
      h(
        'li',
        { class: 'app-page-list__item' },
        h(
          'a',
          {
            class: 'utrecht-link utrecht-link--html-a app-page-list__link',
            attrs: { href: href({ name: 'page', id: p.id }), 'data-testid': `page-link-${p.id}`, 'data-content': true },
          },
          p.title,
        ),
        h('p', { class: 'utrecht-paragraph app-page-list__summary', attrs: { 'data-content': true } }, p.summary),
        ...[status?.(p)].filter((text): text is string => Boolean(text)).map((text) =>
          h('p', { class: 'utrecht-paragraph app-page-list__status', attrs: { 'data-testid': `page-status-${p.id}` } }, text),
        ),
      ),
    ),
  );
}
