/** First start: choose a language, then a track. */
import type { Locale, Track } from '../api';
import type { Context } from '../context';
import { h, replace } from '../dom';
import { chosen, radioGroup } from './choice';
import { failure, heading } from './status';

/** The language step comes first; the track step is only reachable once a language is saved. */
export function renderOnboarding(ctx: Context, main: HTMLElement, step: 'track' | undefined): void {
  if (step === 'track' && ctx.settings.locale) renderTrack(ctx, main);
  else renderLanguage(ctx, main);
}

function renderLanguage(ctx: Context, main: HTMLElement): void {
  const current = ctx.i18n.locale;
  const problem = h('div', { attrs: { 'aria-live': 'polite' } });
  const form = h(
    'form',
    {
      class: 'app-form',
      attrs: { novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          const locale = (chosen(form, 'locale') ?? current) as Locale;
          ctx
            .setLocale(locale)
            .then(() => ctx.navigate({ name: 'start', step: 'track' }))
            .catch((e: unknown) => replace(problem, failure(ctx, e)));
        },
      },
    },
    radioGroup(
      'locale',
      ctx.i18n.t('start-language-legend'),
      ctx.boot.locales.map((l) => ({ value: l, label: ctx.i18n.t(`locale-name-${l}`), lang: l })),
      current,
    ),
    problem,
    h(
      'button',
      {
        class: 'utrecht-button utrecht-button--primary-action',
        attrs: { type: 'submit', 'data-testid': 'start-next' },
      },
      ctx.i18n.t('start-next'),
    ),
  );
  form.addEventListener('change', () => {
    const locale = chosen(form, 'locale') as Locale | null;
    if (locale && locale !== ctx.i18n.locale) {
      void ctx.previewLocale(locale).catch((e: unknown) => replace(problem, failure(ctx, e)));
    }
  });
  replace(
    main,
    h(
      'div',
      { class: 'app-narrow' },
      heading(ctx.i18n.t('start-title')),
      h('p', { class: 'utrecht-paragraph utrecht-paragraph--lead' }, ctx.i18n.t('start-intro')),
      h('p', { class: 'utrecht-paragraph' }, ctx.i18n.t('start-offline')),
      form,
    ),
  );
}

function renderTrack(ctx: Context, main: HTMLElement): void {
  const current = ctx.settings.track;
  const problem = h('div', { attrs: { 'aria-live': 'polite' } });
  const form = h(
    'form',
    {
      class: 'app-form',
      attrs: { novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          const track = chosen(form, 'track') as Track | null;
          if (!track) {
            replace(
              problem,
              h(
                'p',
                { class: 'utrecht-form-field-error-message', attrs: { 'data-testid': 'track-required' } },
                ctx.i18n.t('start-track-required'),
              ),
            );
            form.querySelector<HTMLInputElement>('input[name="track"]')?.focus();
            return;
          }
          ctx
            .setTrack(track)
            .then(() => ctx.navigate({ name: 'home' }))
            .catch((e: unknown) => replace(problem, failure(ctx, e)));
        },
      },
    },
    radioGroup(
      'track',
      ctx.i18n.t('start-track-legend'),
      ctx.boot.tracks.map((t) => ({
        value: t,
        label: h(
          'span',
          {},
          h('span', { class: 'app-choice__title' }, ctx.i18n.t(`track-${t}`)),
          h('span', { class: 'app-choice__description' }, ctx.i18n.t(`track-${t}-description`)),
        ),
      })),
      current,
    ),
    problem,
    h(
      'div',
      { class: 'utrecht-button-group' },
      h(
        'button',
        {
          class: 'utrecht-button utrecht-button--secondary-action',
          attrs: { type: 'button', 'data-testid': 'start-back' },
          on: { click: () => ctx.navigate({ name: 'start' }) },
        },
        ctx.i18n.t('start-back'),
      ),
      h(
        'button',
        {
          class: 'utrecht-button utrecht-button--primary-action',
          attrs: { type: 'submit', 'data-testid': 'start-done' },
        },
        ctx.i18n.t('start-done'),
      ),
    ),
  );
  replace(main, h('div', { class: 'app-narrow' }, heading(ctx.i18n.t('start-track-title')), form));
}
