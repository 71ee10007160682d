/** A glossary term on its own screen: where a search result for a term leads. */
import type { Context } from '../context';
import { contentHtml, h, replace } from '../dom';
import { href } from '../router';
import { failure, heading, loading } from './status';

export async function renderTerm(ctx: Context, main: HTMLElement, id: string): Promise<void> {
  replace(main, loading(ctx));
  const back = h(
    'p',
    { class: 'utrecht-paragraph' },
    h(
      'a',
      { class: 'utrecht-link utrecht-link--html-a', attrs: { href: href({ name: 'search' }), 'data-testid': 'term-back' } },
      ctx.i18n.t('term-back-to-search'),
    ),
  );
  try {
    const term = await ctx.api.glossaryTerm(id, ctx.i18n.locale);
    replace(
      main,
      h(
        'article',
        { class: 'app-article', attrs: { lang: term.locale, 'data-testid': 'term-screen' } },
        heading(term.term, true),
        contentHtml('div', term.html, { class: 'app-content' }),
        term.also.length > 0 &&
          h(
            'p',
            { class: 'utrecht-paragraph' },
            ctx.i18n.t('term-also'),
            ' ',
            h('span', { attrs: { 'data-content': true } }, term.also.join(', ')),
          ),
        back,
      ),
    );
  } catch (e) {
    replace(main, heading(ctx.i18n.t('term-unavailable')), failure(ctx, e, () => void renderTerm(ctx, main, id)), back);
  }
}
