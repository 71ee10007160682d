/** Language, track and display choices, changeable at any time; each change is saved at once. */
import type { Locale, Settings, Track } from '../api';
import type { Context } from '../context';
import { h, replace } from '../dom';
import { radioGroup } from './choice';
import { gemeenteChooser } from './gemeente';
import { failure, heading } from './status';

export function renderSettings(ctx: Context, main: HTMLElement): void {
  const status = h('div', { attrs: { role: 'status', 'data-testid': 'settings-status' } });
  const saveOnChange = (group: HTMLFieldSetElement, apply: (value: string) => Promise<void>) => {
    // What is saved; a choice that cannot be saved is put back to it, so the screen never
    // shows a choice the app is not using.
    let saved = group.querySelector<HTMLInputElement>('input:checked')?.value ?? null;
    group.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      apply(input.value)
        .then(() => {
          saved = input.value;
          // A new node each time, so the same words are announced again.
          replace(status, h('p', { class: 'utrecht-paragraph' }, ctx.i18n.t('settings-saved')));
        })
        .catch((e: unknown) => {
          input.checked = false;
          const back = [...group.querySelectorAll<HTMLInputElement>('input')].find((i) => i.value === saved);
          if (back) back.checked = true;
          replace(status, failure(ctx, e));
        });
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
  const display = <K extends 'text_size' | 'theme' | 'reduced_motion'>(key: K, values: Settings[K][]) =>
    saveOnChange(
      radioGroup(
        key,
        ctx.i18n.t(`settings-${key.replaceAll('_', '-')}`),
        values.map((v) => ({ value: v, label: ctx.i18n.t(`settings-${key.replaceAll('_', '-')}-${v.replaceAll('_', '-')}`) })),
        ctx.settings[key],
        'settings-',
      ),
      (v) => ctx.setDisplay(key, v as Settings[K]),
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
        gemeenteChooser(ctx, 'settings-'),
        display('text_size', ['normal', 'large', 'larger']),
        display('theme', ['system', 'light', 'dark', 'high_contrast']),
        display('reduced_motion', ['system', 'on', 'off']),
      ),
      status,
    ),
  );
}
