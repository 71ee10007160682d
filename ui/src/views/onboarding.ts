/** First start: choose a language, then a track and a gemeente. */
import type { Locale, Track } from '../api';
import type { Context } from '../context';
import { h, replace } from '../dom';
import { chosen, radioGroup } from './choice';
import { gemeenteChooser } from './gemeente';
import { failure, heading } from './status';

/** The language step comes first; the track step is only reachable once a language is saved. */
export function renderOnboarding(ctx: Context, main: HTMLElement, step: 'track' | undefined): void {
  if (step === 'track' && ctx.settings.locale) renderTrack(ctx, main);
  else renderLanguage(ctx, main);
}

/** What a step's submit handler may do: show a problem in place, and read the form. */
interface Step {
  form: HTMLFormElement;
  showProblem(node: Node): void;
}

/**
 * A step's form: `fields`, a place for problems, then `buttons`. On submit `save` runs; a
 * failure it returns is shown, localised, in place, and the user's choice stays as it was.
 */
function stepForm(
  ctx: Context,
  fields: Node,
  buttons: Node,
  save: (step: Step) => Promise<void> | undefined,
): Step {
  const problem = h('div', { attrs: { 'aria-live': 'polite' } });
  const form = h('form', { class: 'app-form', attrs: { novalidate: true } }, fields, problem, buttons);
  const step: Step = { form, showProblem: (node) => replace(problem, node) };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save(step)?.catch((e: unknown) => step.showProblem(failure(ctx, e)));
  });
  return step;
}

function button(kind: 'primary' | 'secondary', testid: string, text: string, onClick?: () => void) {
  return h(
    'button',
    {
      class: `utrecht-button utrecht-button--${kind}-action`,
      attrs: { type: onClick ? 'button' : 'submit', 'data-testid': testid },
      on: onClick ? { click: onClick } : {},
    },
    text,
  );
}

function renderLanguage(ctx: Context, main: HTMLElement): void {
  const current = ctx.i18n.locale;
  const { form, showProblem } = stepForm(
    ctx,
    radioGroup(
      'locale',
      ctx.i18n.t('start-language-legend'),
      ctx.boot.locales.map((l) => ({ value: l, label: ctx.i18n.t(`locale-name-${l}`), lang: l })),
      current,
    ),
    button('primary', 'start-next', ctx.i18n.t('start-next')),
    ({ form }) => {
      const locale = (chosen(form, 'locale') ?? current) as Locale;
      return ctx.setLocale(locale).then(() => ctx.navigate({ name: 'start', step: 'track' }));
    },
  );
  // Choosing a language shows the app in it at once, before anything is saved.
  form.addEventListener('change', () => {
    const locale = chosen(form, 'locale') as Locale | null;
    if (locale && locale !== ctx.i18n.locale) {
      ctx.previewLocale(locale).catch((e: unknown) => showProblem(failure(ctx, e)));
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
  const { form } = stepForm(
    ctx,
    h(
      'div',
      {},
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
        ctx.settings.track,
      ),
      gemeenteChooser(ctx),
    ),
    h(
      'div',
      { class: 'utrecht-button-group' },
      button('secondary', 'start-back', ctx.i18n.t('start-back'), () => ctx.navigate({ name: 'start' })),
      button('primary', 'start-done', ctx.i18n.t('start-done')),
    ),
    ({ form, showProblem }) => {
      const track = chosen(form, 'track') as Track | null;
      if (!track) {
        showProblem(
          h(
            'p',
            { class: 'utrecht-form-field-error-message', attrs: { 'data-testid': 'track-required' } },
            ctx.i18n.t('start-track-required'),
          ),
        );
        form.querySelector<HTMLInputElement>('input[name="track"]')?.focus();
        return undefined;
      }
      return ctx.setTrack(track).then(() => ctx.navigate({ name: 'home' }));
    },
  );
  replace(main, h('div', { class: 'app-narrow' }, heading(ctx.i18n.t('start-track-title')), form));
}
