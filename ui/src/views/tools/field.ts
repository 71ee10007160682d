/** A labelled text box for the tools' forms: one line, or a few for longer answers. */
import { h } from '../../dom';

export function textField(id: string, label: string, long = false): { field: HTMLElement; box: HTMLInputElement | HTMLTextAreaElement } {
  const box = long
    ? h('textarea', { id, class: 'utrecht-textarea utrecht-textarea--html-textarea', attrs: { rows: '4', 'data-testid': id } })
    : h('input', { id, class: 'utrecht-textbox utrecht-textbox--html-input', attrs: { type: 'text', 'data-testid': id, autocomplete: 'off' } });
  const field = h('div', { class: 'utrecht-form-field app-tool__field' }, h('label', { class: 'utrecht-form-label', attrs: { for: id } }, label), box);
  return { field, box };
}
