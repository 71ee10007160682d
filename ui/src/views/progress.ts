/** How far the user got in every track: pages read, quizzes, checklists and stories. */
import type { Track, TrackOverview } from '../api';
import type { Context } from '../context';
import { h, replace } from '../dom';
import { href } from '../router';
import { failure, heading, loading } from './status';

export async function renderProgress(ctx: Context, main: HTMLElement): Promise<void> {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const intro = [heading(t('progress-title')), h('p', { class: 'utrecht-paragraph' }, t('progress-intro'))];
  replace(main, ...intro, loading(ctx));
  const own = ctx.settings.track;
  const tracks = own ? [own, ...ctx.boot.tracks.filter((x) => x !== own)] : ctx.boot.tracks;
  let overviews: [Track, TrackOverview][];
  try {
    overviews = await Promise.all(
      tracks.map(async (track) => [track, await ctx.api.trackOverview(track, ctx.i18n.locale)] as [Track, TrackOverview]),
    );
  } catch (e) {
    replace(main, ...intro, failure(ctx, e, () => void renderProgress(ctx, main)));
    return;
  }
  const rows = (x: TrackOverview['totals']) =>
    (
      [
        ['progress-read', x.read],
        ['progress-quizzes', x.quizzes],
        ['progress-checklists', x.checklists],
        ['progress-stories', x.stories],
      ] as const
    )
      .filter(([, { of }]) => of > 0)
      .map(([id, { done, of }]) => h('li', { class: 'utrecht-unordered-list__item' }, t(id, { done, of })));
  replace(
    main,
    ...intro,
    ...overviews.map(([track, overview]) =>
      h(
        'section',
        { class: 'app-progress', attrs: { 'aria-labelledby': `progress-${track}`, 'data-testid': `progress-${track}` } },
        h('h2', { class: 'utrecht-heading-2', id: `progress-${track}` }, t(`home-title-${track}`)),
        h('ul', { class: 'utrecht-unordered-list' }, ...rows(overview.totals)),
        overview.continue_with &&
          h(
            'p',
            { class: 'utrecht-paragraph' },
            t('progress-continue'),
            ' ',
            h(
              'a',
              { class: 'utrecht-link utrecht-link--html-a', attrs: { href: href({ name: 'page', id: overview.continue_with.id }) } },
              h('span', { attrs: { 'data-content': true } }, overview.continue_with.title),
            ),
          ),
      ),
    ),
  );
}
