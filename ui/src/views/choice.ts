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
      return choiceRow({ id, name, value, checked: value === current, testid: id, label: h('label', { attrs: { lang } }, label) });
    }),
  );
}

export interface Row {
  id: string;
  name: string;
  value: string;
  type?: 'radio' | 'checkbox';
  checked: boolean;
  disabled?: boolean;
  testid: string;
  /** The label element; its `for` and classes are set here. */
  label: HTMLLabelElement;
}

/** One radio button or checkbox with its label: the row every choice in the app is drawn as. */
export function choiceRow(r: Row): HTMLElement {
  const type = r.type ?? 'radio';
  const kind = type === 'radio' ? 'radio-button' : 'checkbox';
  r.label.htmlFor = r.id;
  r.label.classList.add('utrecht-form-label', `utrecht-form-label--${type}`);
  return h(
    'div',
    { class: 'app-choice' },
    h(
      'span',
      { class: 'app-choice__input' },
      h('input', {
        id: r.id,
        class: `utrecht-${kind} utrecht-${kind}--html-input`,
        attrs: { type, name: r.name, value: r.value, checked: r.checked, disabled: r.disabled ?? false, 'data-testid': r.testid },
      }),
    ),
    r.label,
  );
}

/** The value of the checked radio button named `name`, if any. */
export function chosen(form: HTMLFormElement, name: string): string | null {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? null;
}
