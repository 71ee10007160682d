/** A track's home: the list of its pages. */
import type { Context } from '../context';
import { h, replace } from '../dom';
import { pageList } from './page-list';
import { empty, failure, heading, loading } from './status';

export async function renderHome(ctx: Context, main: HTMLElement): Promise<void> {
  const track = ctx.settings.track;
  if (!track) return;
  const intro = [
    heading(ctx.i18n.t(`home-title-${track}`)),
    h('p', { class: 'utrecht-paragraph utrecht-paragraph--lead' }, ctx.i18n.t(`track-${track}-description`)),
  ];
  replace(main, ...intro, loading(ctx));
  try {
    const pages = await ctx.api.listPages(track, ctx.i18n.locale);
    const body = pages.length
      ? pageList(pages, 'page-list')
      : empty(ctx.i18n.t('home-empty'), 'home-empty');
    replace(
      main,
      ...intro,
      h('h2', { class: 'utrecht-heading-2' }, ctx.i18n.t('home-pages')),
      body,
      h(
        'p',
        { class: 'utrecht-paragraph' },
        h(
          'a',
          { class: 'utrecht-link utrecht-link--html-a', attrs: { href: '#/settings', 'data-testid': 'switch-track' } },
          ctx.i18n.t('home-switch-track'),
        ),
      ),
    );
  } catch (e) {
    replace(main, ...intro, failure(ctx, e, () => void renderHome(ctx, main)));
  }
}
