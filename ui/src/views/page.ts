/** One content page, with its bookmark toggle and sources. */
import { ApiError, type PageView } from '../api';
import type { Context } from '../context';
import { contentHtml, h, replace } from '../dom';
import { href } from '../router';
import { checklistPlayer } from './checklist';
import { pageList } from './page-list';
import { quizPlayer } from './quiz';
import { storyPlayer } from './scenario/story';
import { complaintRoute } from './tools/complaint';
import { dilemmaTool } from './tools/dilemma';
import { letterBuilder } from './tools/letter';
import { petCheck } from './tools/pet-check';
import { preparationTool } from './tools/preparation';
import { selfAssessment } from './tools/self-assessment';
import { failure, heading, loading } from './status';

export async function renderPage(ctx: Context, main: HTMLElement, id: string): Promise<void> {
  replace(main, loading(ctx));
  let view: PageView;
  try {
    view = await ctx.api.openPage(id, ctx.i18n.locale);
  } catch (e) {
    replace(main, heading(ctx.i18n.t('page-unavailable')), failure(ctx, e, () => void renderPage(ctx, main, id)));
    return;
  }
  const { page } = view;
  const body = contentHtml('div', page.html, { class: 'app-content', attrs: { 'data-testid': 'page-body' } });
  const term = h('div', { attrs: { 'data-testid': 'term-slot' } });

  // Reaching the end of a text is finishing it; quizzes, checklists and stories count their own.
  const end = h('div', { class: 'app-read-marker', attrs: { 'data-testid': 'read-marker' } });
  if (page.body.type === 'prose') markReadAtEnd(ctx, page.id, end);

  const player = (() => {
    switch (page.body.type) {
      case 'quiz':
        return quizPlayer(ctx, page.id, page.body.quiz);
      case 'checklist':
        return checklistPlayer(ctx, page.id, page.body.checklist);
      case 'scenario':
        return storyPlayer(ctx, page.id, page.body.scenario, view.related);
      case 'prose':
        switch (page.tool) {
          case 'letter':
            // After the letter, the route for when it gets no (good) answer.
            return h('div', {}, letterBuilder(ctx), complaintRoute(ctx));
          case 'pet_check':
            return petCheck(ctx);
          case 'preparation':
            return preparationTool(ctx);
          case 'dilemma':
            return dilemmaTool(ctx, view.related);
          case 'self_assessment':
            return selfAssessment(ctx);
          case null:
            return null;
        }
    }
  })();

  const sources = page.sources.length
    ? h(
        'section',
        { class: 'app-sources', attrs: { 'aria-labelledby': 'sources-heading' } },
        h('h2', { class: 'utrecht-heading-2', id: 'sources-heading' }, ctx.i18n.t('page-sources')),
        h(
          'ul',
          { class: 'utrecht-unordered-list', attrs: { 'data-content': true, 'data-testid': 'sources' } },
          ...page.sources.map((s) =>
            h('li', { class: 'utrecht-unordered-list__item' }, s.title, h('br'), h('span', { class: 'app-url' }, s.url)),
          ),
        ),
      )
    : null;

  const related = view.related.length
    ? h(
        'section',
        { class: 'app-related', attrs: { 'aria-labelledby': 'related-heading' } },
        h('h2', { class: 'utrecht-heading-2', id: 'related-heading' }, ctx.i18n.t('page-related')),
        pageList(view.related, 'related'),
      )
    : null;

  const article = h(
    'article',
    { class: 'app-article', attrs: { lang: page.locale } },
    heading(page.title, true),
    h('p', { class: 'utrecht-paragraph utrecht-paragraph--lead', attrs: { 'data-content': true } }, page.summary),
    pageActions(ctx, page.id, view.bookmarked),
    body,
    end,
    term,
    player,
    related,
    sources,
  );
  // Term links anywhere in the page (body, quiz, checklist) explain the word right under the
  // block that holds it, so the explanation is next to where the reader is.
  article.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest('a');
    const target = link?.getAttribute('href') ?? '';
    if (link && target.startsWith(TERM_ROUTE)) {
      event.preventDefault();
      const block = link.closest('p, li, legend, .app-quiz__context, [data-testid="quiz-feedback"]') ?? body;
      // Never between list items or into a legend: a list item holds it, a fieldset follows.
      if (block.tagName === 'LI') block.append(term);
      else if (block.tagName === 'LEGEND') block.parentElement?.after(term);
      else block.after(term);
      void showTerm(ctx, term, target.slice(TERM_ROUTE.length), link);
    } else if (link && !target.startsWith('#/')) {
      // Nothing leaves the app from inside content until links open in the system browser.
      event.preventDefault();
    }
  });
  replace(main, article);
}

/** Bookmark the page, or write a note on it. */
function pageActions(ctx: Context, id: string, bookmarked: boolean): HTMLElement {
  const problem = h('div', { attrs: { 'aria-live': 'polite' } });
  const note = h(
    'a',
    {
      class: 'utrecht-link utrecht-link--html-a app-page-actions__link',
      attrs: { href: href({ name: 'notes', page: id }), 'data-testid': 'note-on-page' },
    },
    ctx.i18n.t('page-note'),
  );
  return h(
    'div',
    { class: 'app-page-actions' },
    h('div', { class: 'app-page-actions__row' }, bookmarkToggle(ctx, id, bookmarked, problem), note),
    problem,
  );
}

/** The toggle; what goes wrong is shown in `problem`. */
function bookmarkToggle(ctx: Context, id: string, initial: boolean, problem: HTMLElement): HTMLElement {
  let bookmarked = initial;
  const label = () => ctx.i18n.t(bookmarked ? 'page-bookmark-remove' : 'page-bookmark-add');
  const button = h(
    'button',
    {
      class: 'utrecht-button utrecht-button--secondary-action',
      attrs: { type: 'button', 'aria-pressed': String(bookmarked), 'data-testid': 'bookmark-toggle' },
    },
    label(),
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    const action = bookmarked ? ctx.api.removeBookmark(id) : ctx.api.addBookmark(id);
    action
      .then(() => {
        bookmarked = !bookmarked;
        button.textContent = label();
        button.setAttribute('aria-pressed', String(bookmarked));
        replace(problem);
      })
      .catch((e: unknown) => replace(problem, failure(ctx, e)))
      .finally(() => {
        button.disabled = false;
      });
  });
  return button;
}

/** Records the page as read once its end has been on screen. */
function markReadAtEnd(ctx: Context, id: string, marker: HTMLElement): void {
  const record = () =>
    ctx.api.markRead(id).catch((e: unknown) => {
      // Nothing is lost but the tick on the home screen; a store that cannot be written has
      // its own banner already.
      const announced = ctx.boot.storeError !== null || ctx.boot.storeNotice.readOnly;
      if (!announced && ApiError.from(e).code !== 'read_only') replace(marker, failure(ctx, e));
    });
  if (typeof IntersectionObserver !== 'function') {
    void record();
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      void record();
    }
  });
  observer.observe(marker);
}

/** Term links in content (`[AVG](term:avg)`) point here; the core only lets valid ids through. */
const TERM_ROUTE = '#/term/';

/** Explains a glossary term under the text, and returns focus to the word when closed. */
async function showTerm(ctx: Context, slot: HTMLElement, id: string, from: HTMLElement): Promise<void> {
  replace(slot, loading(ctx));
  let explanation: HTMLElement;
  try {
    const term = await ctx.api.glossaryTerm(id, ctx.i18n.locale);
    const text = contentHtml('div', term.html);
    explanation = h(
      'aside',
      { class: 'app-term', attrs: { 'aria-labelledby': 'term-heading', tabindex: '-1', 'data-testid': 'term' } },
      h('h2', { class: 'utrecht-heading-3', id: 'term-heading', attrs: { 'data-content': true } }, term.term),
      text,
    );
  } catch (e) {
    explanation = h('aside', { class: 'app-term', attrs: { tabindex: '-1', 'data-testid': 'term' } }, failure(ctx, e));
  }
  const close = h(
    'button',
    { class: 'utrecht-button utrecht-button--subtle', attrs: { type: 'button', 'data-testid': 'term-close' } },
    ctx.i18n.t('term-close'),
  );
  close.addEventListener('click', () => {
    replace(slot);
    from.focus();
  });
  explanation.append(close);
  replace(slot, explanation);
  explanation.focus();
}
