/** A track's home: where to continue, and every page with how far the user got. */
import type { TrackOverview } from '../api';
import type { Context } from '../context';
import { h, replace } from '../dom';
import { href } from '../router';
import { pageList } from './page-list';
import { empty, failure, heading, loading } from './status';

export async function renderHome(ctx: Context, main: HTMLElement): Promise<void> {
  const track = ctx.settings.track;
  if (!track) return;
  const t = ctx.i18n.t.bind(ctx.i18n);
  const intro = [
    heading(t(`home-title-${track}`)),
    h('p', { class: 'utrecht-paragraph utrecht-paragraph--lead' }, t(`track-${track}-description`)),
  ];
  replace(main, ...intro, loading(ctx));
  try {
    const overview = await ctx.api.trackOverview(track, ctx.i18n.locale);
    const progress = new Map(overview.pages.map((p) => [p.page.id, p]));
    const pages = overview.pages.map((p) => p.page);
    const next = overview.continue_with;
    const resume = next
      ? h(
          'section',
          { class: 'app-continue', attrs: { 'aria-labelledby': 'continue-heading', 'data-testid': 'continue' } },
          h('h2', { class: 'utrecht-heading-2', id: 'continue-heading' }, t('home-continue')),
          pageList([next], 'continue-list', (p) => describe(ctx, progress.get(p.id))),
        )
      : null;
    const body = pages.length
      ? pageList(pages, 'page-list', (p) => describe(ctx, progress.get(p.id)))
      : empty(t('home-empty'), 'home-empty');
    replace(
      main,
      ...intro,
      ...(resume ? [resume] : []),
      h('h2', { class: 'utrecht-heading-2' }, t('home-pages')),
      body,
      h(
        'p',
        { class: 'utrecht-paragraph' },
        h(
          'a',
          { class: 'utrecht-link utrecht-link--html-a', attrs: { href: href({ name: 'progress' }), 'data-testid': 'to-progress' } },
          t('home-to-progress'),
        ),
      ),
      h(
        'p',
        { class: 'utrecht-paragraph' },
        h(
          'a',
          { class: 'utrecht-link utrecht-link--html-a', attrs: { href: href({ name: 'settings' }), 'data-testid': 'switch-track' } },
          t('home-switch-track'),
        ),
      ),
    );
  } catch (e) {
    replace(main, ...intro, failure(ctx, e, () => void renderHome(ctx, main)));
  }
}

/** How far the user got, in words; null when they have not started. */
function describe(ctx: Context, progress: TrackOverview['pages'][number] | undefined): string | null {
  const t = ctx.i18n.t.bind(ctx.i18n);
  if (!progress) return null;
  const { status, finished } = progress;
  switch (status.type) {
    case 'reading':
      return finished ? t('home-status-read') : null;
    case 'quiz':
      if (status.answered === 0) return null;
      return finished
        ? t('home-status-quiz-done', { correct: status.correct, questions: status.questions })
        : t('home-status-quiz-busy', { answered: status.answered, questions: status.questions });
    case 'checklist':
      return status.answered === 0 ? null : t('home-status-checklist', { answered: status.answered, items: status.items });
    case 'scenario':
      if (finished) {
        return t('home-status-endings', { reached: status.endings_reached, endings: status.endings });
      }
      return status.started ? t('home-status-story-busy') : null;
  }
}
