/** Radio-button groups: the one way the app asks the user to pick from a few options. */
import { h } from '../dom';

export interface Choice {
  value: string;
  label: Node | string;
  /** Set when the label is in another language than the app (language names). */
  lang?: string;
}

/**
 * A fieldset of radio buttons named `name`. Each input's id and test id is
 * `${idPrefix}${name}-${value}`, so the same choice can appear on two screens.
 */
export function radioGroup(
  name: string,
  legend: string,
  choices: Choice[],
  current: string | null,
  idPrefix = '',
): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset' },
    h('legend', { class: 'utrecht-form-fieldset__legend' }, legend),
    ...choices.map(({ value, label, lang }) => {
      const id = `${idPrefix}${name}-${value}`;
      return h(
        'div',
        { class: 'app-choice' },
        h(
          'span',
          { class: 'app-choice__input' },
          h('input', {
            id,
            class: 'utrecht-radio-button utrecht-radio-button--html-input',
            attrs: { type: 'radio', name, value, checked: value === current, 'data-testid': id },
          }),
        ),
        h('label', { class: 'utrecht-form-label utrecht-form-label--radio', attrs: { for: id, lang } }, label),
      );
    }),
  );
}

/** The value of the checked radio button named `name`, if any. */
export function chosen(form: HTMLFormElement, name: string): string | null {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? null;
}
