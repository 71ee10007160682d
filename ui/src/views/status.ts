/** The loading, empty and error states every screen shares. */
import { ApiError } from '../api';
import type { Context } from '../context';
import { h } from '../dom';

export function loading(ctx: Context): HTMLElement {
  return h(
    'p',
    { class: 'app-status utrecht-paragraph', attrs: { role: 'status', 'data-testid': 'loading' } },
    ctx.i18n.t('status-loading'),
  );
}

export function empty(text: string, testid: string): HTMLElement {
  return h('p', { class: 'app-empty utrecht-paragraph', attrs: { 'data-testid': testid } }, text);
}

/** A localised error with, when given, a way to try again. */
export function failure(ctx: Context, raw: unknown, retry?: () => void): HTMLElement {
  const error = ApiError.from(raw);
  return h(
    'div',
    {
      class: 'utrecht-alert utrecht-alert--error',
      attrs: { role: 'alert', 'data-testid': 'error', 'data-error-code': error.code },
    },
    h(
      'div',
      { class: 'utrecht-alert__content' },
      h('p', { class: 'utrecht-paragraph' }, h('strong', {}, ctx.i18n.t('status-error-title'))),
      h('p', { class: 'utrecht-paragraph' }, ctx.i18n.error(error.code)),
      retry &&
        h(
          'button',
          {
            class: 'utrecht-button utrecht-button--secondary-action',
            attrs: { type: 'button' },
            on: { click: retry },
          },
          ctx.i18n.t('status-retry'),
        ),
    ),
  );
}

/** The heading a screen starts with; it takes focus after navigation. */
export function heading(text: string, content = false): HTMLHeadingElement {
  return h(
    'h1',
    {
      class: 'utrecht-heading-1',
      attrs: { tabindex: '-1', 'data-testid': 'screen-heading', 'data-content': content },
    },
    text,
  );
}

/**
 * A button that runs one call to the core: disabled while it runs; when it fails, the
 * localised error shows in `problem` and the button can be pressed again.
 */
export function actionButton(
  ctx: Context,
  b: { label: string; testid: string; problem: HTMLElement; run: () => Promise<void> },
): HTMLButtonElement {
  const button = h(
    'button',
    { class: 'utrecht-button utrecht-button--secondary-action', attrs: { type: 'button', 'data-testid': b.testid } },
    b.label,
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    b.run().catch((e: unknown) => {
      button.disabled = false;
      b.problem.replaceChildren(failure(ctx, e));
    });
  });
  return button;
}
