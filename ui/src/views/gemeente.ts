/**
 * Which gemeente's edition the user sees. No gemeente profiles are installed yet (they come
 * with gemeente editions), so "no gemeente" is the one choice, and the chooser says why.
 */
import type { Context } from '../context';
import { h } from '../dom';
import { radioGroup } from './choice';

export function gemeenteChooser(ctx: Context, idPrefix = ''): HTMLFieldSetElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  return radioGroup(
    'gemeente',
    t('gemeente-legend'),
    [
      {
        value: 'none',
        label: h(
          'span',
          {},
          h('span', { class: 'app-choice__title' }, t('gemeente-none')),
          h('span', { class: 'app-choice__description' }, t('gemeente-none-description')),
        ),
      },
    ],
    'none',
    idPrefix,
  );
}
