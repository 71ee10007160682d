/** Asking the user to confirm something that cannot be taken back, in a modal dialog. */
import { h } from '../dom';

export interface Confirmation {
  /** The dialog's test id; its buttons are `<testid>-confirm` and `<testid>-cancel`. */
  testid: string;
  title: string;
  /** Paragraphs that say plainly what will happen. */
  text: string[];
  confirm: string;
  cancel: string;
  /** The confirm button does something destructive and is drawn in red. */
  danger?: boolean;
}

/**
 * Shows a native modal `<dialog>` in `host` (it keeps focus inside itself), with focus on
 * Cancel. Resolves true on confirm, false on Cancel or Escape; either way the dialog is
 * removed and focus returns to `opener`. Where `showModal` is missing (jsdom), the dialog is
 * opened with the `open` attribute instead.
 */
export function confirmDialog(host: HTMLElement, opener: HTMLElement, c: Confirmation): Promise<boolean> {
  return new Promise((resolve) => {
    let confirmed = false;
    const titleId = `${c.testid}-title`;
    const textId = `${c.testid}-text`;
    const button = (kind: 'confirm' | 'cancel', label: string, className: string) =>
      h(
        'button',
        {
          class: `utrecht-button ${className}`,
          attrs: { type: 'button', 'data-testid': `${c.testid}-${kind}`, autofocus: kind === 'cancel' },
          on: {
            click: () => {
              confirmed = kind === 'confirm';
              shut();
            },
          },
        },
        label,
      );
    const cancel = button('cancel', c.cancel, 'utrecht-button--secondary-action');
    const confirm = button(
      'confirm',
      c.confirm,
      c.danger ? 'utrecht-button--primary-action app-button--danger' : 'utrecht-button--primary-action',
    );
    const dialog = h(
      'dialog',
      {
        class: 'app-dialog',
        attrs: { 'aria-labelledby': titleId, 'aria-describedby': textId, 'data-testid': c.testid },
        on: {
          keydown: (event) => {
            if (event.key !== 'Escape') return;
            // Handled here so the fallback behaves like the native dialog, which would
            // otherwise close itself on Escape too.
            event.preventDefault();
            shut();
          },
        },
      },
      h('h2', { class: 'utrecht-heading-2', id: titleId }, c.title),
      h('div', { id: textId }, ...c.text.map((t) => h('p', { class: 'utrecht-paragraph' }, t))),
      h('div', { class: 'utrecht-button-group' }, cancel, confirm),
    );
    const native = typeof dialog.showModal === 'function';
    const shut = () => {
      if (native && dialog.open) dialog.close();
      else {
        dialog.removeAttribute('open');
        dialog.dispatchEvent(new Event('close'));
      }
    };
    dialog.addEventListener(
      'close',
      () => {
        dialog.remove();
        if (opener.isConnected) opener.focus();
        resolve(confirmed);
      },
      { once: true },
    );
    host.append(dialog);
    if (native) dialog.showModal();
    else dialog.setAttribute('open', '');
    cancel.focus();
  });
}
