/** What every view receives: the api, the current language and settings, and navigation. */
import type { Api, Bootstrap, Locale, Settings, Track } from './api';
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
}
