/** Language and track, changeable at any time. */
import type { Locale, Track } from '../api';
import type { Context } from '../context';
import { h, replace } from '../dom';
import { failure, heading } from './status';

export function renderSettings(ctx: Context, main: HTMLElement): void {
  const status = h('div', { attrs: { role: 'status', 'data-testid': 'settings-status' } });
  const group = <T extends string>(
    name: string,
    legend: string,
    values: readonly T[],
    current: T | null,
    label: (v: T) => string,
    apply: (v: T) => Promise<void>,
  ) =>
    h(
      'fieldset',
      {
        class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset',
        on: {
          change: (event) => {
            const value = (event.target as HTMLInputElement).value as T;
            apply(value)
              .then(() => replace(status, h('p', { class: 'utrecht-paragraph' }, ctx.i18n.t('settings-saved'))))
              .catch((e: unknown) => replace(status, failure(ctx, e)));
          },
        },
      },
      h('legend', { class: 'utrecht-form-fieldset__legend' }, legend),
      ...values.map((v) => {
        const id = `settings-${name}-${v}`;
        return h(
          'div',
          { class: 'app-choice' },
          h(
            'span',
            { class: 'app-choice__input' },
            h('input', {
              id,
              class: 'utrecht-radio-button utrecht-radio-button--html-input',
              attrs: { type: 'radio', name, value: v, checked: v === current, 'data-testid': id },
            }),
          ),
          h('label', { class: 'utrecht-form-label utrecht-form-label--radio', attrs: { for: id } }, label(v)),
        );
      }),
    );

  replace(
    main,
    h(
      'div',
      { class: 'app-narrow' },
      heading(ctx.i18n.t('settings-title')),
      h(
        'form',
        { class: 'app-form', on: { submit: (e) => e.preventDefault() } },
        group<Locale>('locale', ctx.i18n.t('settings-language'), ctx.boot.locales, ctx.i18n.locale, (l) =>
          ctx.i18n.t(`locale-name-${l}`),
        (l) => ctx.setLocale(l)),
        group<Track>('track', ctx.i18n.t('settings-track'), ctx.boot.tracks, ctx.settings.track, (t) =>
          ctx.i18n.t(`track-${t}`),
        (t) => ctx.setTrack(t)),
      ),
      status,
    ),
  );
}
