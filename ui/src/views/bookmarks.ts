/** The user's bookmarks. */
import type { Context } from '../context';
import { replace } from '../dom';
import { pageList } from './page-list';
import { empty, failure, heading, loading } from './status';

export async function renderBookmarks(ctx: Context, main: HTMLElement): Promise<void> {
  const title = heading(ctx.i18n.t('bookmarks-title'));
  replace(main, title, loading(ctx));
  try {
    const pages = await ctx.api.listBookmarks(ctx.i18n.locale);
    replace(
      main,
      title,
      pages.length ? pageList(pages, 'bookmark-list') : empty(ctx.i18n.t('bookmarks-empty'), 'bookmarks-empty'),
    );
  } catch (e) {
    replace(main, title, failure(ctx, e, () => void renderBookmarks(ctx, main)));
  }
}
