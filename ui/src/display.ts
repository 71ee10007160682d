/**
 * Applies the reader's display choices to the document: text size, theme and reduced motion,
 * as data attributes that display.css styles. A choice to follow the system is resolved here
 * and kept up to date when the system setting changes while the app runs.
 */
import type { Settings } from './api';

export type Display = Pick<Settings, 'text_size' | 'theme' | 'reduced_motion'>;

const DARK = '(prefers-color-scheme: dark)';
const REDUCE = '(prefers-reduced-motion: reduce)';

let current: Display | null = null;
let listening = false;

function system(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

function apply(display: Display): void {
  const root = document.documentElement;
  root.dataset['textSize'] = display.text_size;
  root.dataset['theme'] = display.theme === 'system' ? (system(DARK) ? 'dark' : 'light') : display.theme;
  const reduce = display.reduced_motion === 'system' ? system(REDUCE) : display.reduced_motion === 'on';
  root.dataset['motion'] = reduce ? 'on' : 'off';
}

export function applyDisplay(display: Display): void {
  current = { text_size: display.text_size, theme: display.theme, reduced_motion: display.reduced_motion };
  apply(current);
  if (!listening && typeof window.matchMedia === 'function') {
    listening = true;
    for (const query of [DARK, REDUCE]) {
      window.matchMedia(query).addEventListener('change', () => {
        if (current) apply(current);
      });
    }
  }
}
