/** Language and track, changeable at any time; each change is saved at once. */
import type { Locale, Track } from '../api';
import type { Context } from '../context';
import { h, replace } from '../dom';
import { radioGroup } from './choice';
import { failure, heading } from './status';

export function renderSettings(ctx: Context, main: HTMLElement): void {
  const status = h('div', { attrs: { role: 'status', 'data-testid': 'settings-status' } });
  const saveOnChange = (group: HTMLFieldSetElement, apply: (value: string) => Promise<void>) => {
    group.addEventListener('change', (event) => {
      apply((event.target as HTMLInputElement).value)
        .then(() => replace(status, h('p', { class: 'utrecht-paragraph' }, ctx.i18n.t('settings-saved'))))
        .catch((e: unknown) => replace(status, failure(ctx, e)));
    });
    return group;
  };
  const language = radioGroup(
    'locale',
    ctx.i18n.t('settings-language'),
    ctx.boot.locales.map((l) => ({ value: l, label: ctx.i18n.t(`locale-name-${l}`), lang: l })),
    ctx.i18n.locale,
    'settings-',
  );
  const track = radioGroup(
    'track',
    ctx.i18n.t('settings-track'),
    ctx.boot.tracks.map((t) => ({ value: t, label: ctx.i18n.t(`track-${t}`) })),
    ctx.settings.track,
    'settings-',
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
        saveOnChange(language, (v) => ctx.setLocale(v as Locale)),
        saveOnChange(track, (v) => ctx.setTrack(v as Track)),
      ),
      status,
    ),
  );
}
