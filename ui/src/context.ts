/** What every view receives: the api, the current language and settings, and navigation. */
import type { Api, Bootstrap, Locale, Settings, Track } from './api';
import type { Display } from './display';
import type { I18n } from './i18n';
import type { Route } from './router';

export interface Context {
  readonly api: Api;
  readonly i18n: I18n;
  readonly boot: Bootstrap;
  readonly settings: Readonly<Settings>;
  navigate(route: Route): void;
  /** Shows the app in `locale` now, without saving the choice (first start previews it). */
  previewLocale(locale: Locale): Promise<void>;
  /** Saves and applies a language. */
  setLocale(locale: Locale): Promise<void>;
  /** Saves and applies a track. */
  setTrack(track: Track): Promise<void>;
  /** Saves one display choice (text size, theme, reduced motion) and applies it at once. */
  setDisplay<K extends keyof Display>(key: K, value: Display[K]): Promise<void>;
  /**
   * Reads the settings from the store again, after something else replaced them (an import,
   * deleting everything). When the language or track changed, or one is no longer chosen, the
   * app is drawn anew as at start-up (first start when needed), `notice` (a message id) is
   * announced, and the promise resolves to true; otherwise nothing is redrawn and it is false.
   */
  reload(notice?: string): Promise<boolean>;
}
