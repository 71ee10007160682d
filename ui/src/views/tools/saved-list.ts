/**
 * The list of a tool's saved results (preparations, self-assessments): title, when it was
 * changed, open and delete (after a confirmation). Texts and test ids share the tool's
 * prefix: `<prefix>-none`, `<prefix>-delete`, `<prefix>-delete-title`, … .
 */
import type { SavedResult } from '../../api';
import type { Context } from '../../context';
import { h, replace } from '../../dom';
import { confirmDialog } from '../dialog';
import { empty, failure, loading } from '../status';
import { toolButton } from './parts';

export interface SavedListOptions<F> {
  prefix: 'prep' | 'assess';
  /** The key of the open button's label. */
  openLabel: string;
  list: () => Promise<SavedResult<F>[]>;
  remove: (id: number) => Promise<void>;
  /** Opens one; a failure shows in `problem`. */
  open: (id: number) => Promise<void>;
  /** After one was deleted (the tool may have had it open). */
  removed: (id: number) => void;
  problem: HTMLElement;
}

export function savedList<F>(ctx: Context, o: SavedListOptions<F>): { element: HTMLElement; refresh: () => Promise<void> } {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const element = h('div', { attrs: { 'data-testid': `${o.prefix}-list` } });
  const refresh = async (): Promise<void> => {
    replace(element, loading(ctx));
    let saved: SavedResult<F>[];
    try {
      saved = await o.list();
    } catch (e) {
      replace(element, failure(ctx, e, () => void refresh()));
      return;
    }
    if (!saved.length) {
      replace(element, empty(t(`${o.prefix}-none`), `${o.prefix}-none`));
      return;
    }
    const date = new Intl.DateTimeFormat(ctx.i18n.locale, { dateStyle: 'medium', timeStyle: 'short' });
    replace(element, h('ul', { class: 'app-notes' }, ...saved.map((s) => item(s, date))));
  };
  const item = (s: SavedResult<F>, date: Intl.DateTimeFormat) => {
    const remove = toolButton('secondary', `${o.prefix}-delete`, t(`${o.prefix}-delete`), () => {
      void confirmDialog(element, remove, {
        testid: `${o.prefix}-delete-dialog`,
        title: t(`${o.prefix}-delete-title`),
        text: [t(`${o.prefix}-delete-text`)],
        confirm: t(`${o.prefix}-delete`),
        cancel: t(`${o.prefix}-cancel`),
        danger: true,
      }).then(async (yes) => {
        if (!yes) return;
        try {
          await o.remove(s.id);
          o.removed(s.id);
          await refresh();
        } catch (e) {
          replace(o.problem, failure(ctx, e));
        }
      });
    });
    return h(
      'li',
      { class: 'app-notes__item', attrs: { 'data-testid': `${o.prefix}-${s.id}` } },
      h('p', { class: 'utrecht-paragraph' }, h('strong', { attrs: { 'data-content': true } }, s.title)),
      h('p', { class: 'utrecht-paragraph app-notes__meta' }, t(`${o.prefix}-changed`, { date: date.format(s.updated_at) })),
      h(
        'div',
        { class: 'app-quiz__nav' },
        toolButton('secondary', `${o.prefix}-open`, t(o.openLabel), () => {
          o.open(s.id).catch((e: unknown) => replace(o.problem, failure(ctx, e)));
        }),
        remove,
      ),
    );
  };
  return { element, refresh };
}
