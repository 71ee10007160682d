/** Small pieces every tool uses: its buttons, and the message key part of a core value. */
import { h } from '../../dom';

/** A tool's button: primary for the one main action, secondary for the rest. */
export function toolButton(kind: 'primary' | 'secondary', testid: string, label: string, run: () => void): HTMLButtonElement {
  return h(
    'button',
    { class: `utrecht-button utrecht-button--${kind}-action`, attrs: { type: 'button', 'data-testid': testid }, on: { click: run } },
    label,
  );
}

/** The core names values in snake_case; message ids use hyphens (`only_needed` → `only-needed`). */
export const kebab = (s: string): string => s.replaceAll('_', '-');
