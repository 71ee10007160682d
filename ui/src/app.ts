/** The app controller: loads settings and messages, draws the frame, routes between screens. */
import { ApiError, type Api, type Bootstrap, type Locale, type Settings, type StoreNotice, type Track } from './api';
import type { Context } from './context';
import { applyDisplay, type Display } from './display';
import { h, replace } from './dom';
import { I18n, type Transform } from './i18n';
import { href, parse, type Route } from './router';
import { renderAbout } from './views/about';
import { renderBookmarks } from './views/bookmarks';
import { appHeader, type Header } from './views/header';
import { renderHome } from './views/home';
import { renderNotes } from './views/notes';
import { renderOnboarding } from './views/onboarding';
import { renderPage } from './views/page';
import { renderPrivacy } from './views/privacy';
import { renderProgress } from './views/progress';
import { forgetSearch, renderSearch } from './views/search';
import { renderSettings } from './views/settings';
import { failure } from './views/status';
import { renderTerm } from './views/term';

export interface AppOptions {
  /** Applied to every UI string; the pseudo-locale test marks them with it. */
  transform?: Transform;
}

export class App implements Context {
  readonly api: Api;
  private readonly root: HTMLElement;
  private readonly options: AppOptions;
  private state: { boot: Bootstrap; i18n: I18n; settings: Settings } | null = null;
  private main: HTMLElement | null = null;
  private header: Header | null = null;
  /** A polite live region above the screen, for what the app says after redrawing itself. */
  private notice: HTMLElement | null = null;
  /** Guards against a slow screen drawing over the one the user moved on to. */
  private renderId = 0;
  /** Resolves when the current screen has finished drawing (tests wait on it). */
  rendered: Promise<void> = Promise.resolve();

  constructor(root: HTMLElement, api: Api, options: AppOptions = {}) {
    this.root = root;
    this.api = api;
    this.options = options;
  }

  get boot(): Bootstrap {
    return this.ready().boot;
  }

  get i18n(): I18n {
    return this.ready().i18n;
  }

  get settings(): Readonly<Settings> {
    return this.ready().settings;
  }

  private ready() {
    if (!this.state) throw new Error('the app has not started');
    return this.state;
  }

  private get onboarded(): boolean {
    return Boolean(this.state?.settings.locale && this.state.settings.track);
  }

  async start(): Promise<void> {
    try {
      const boot = await this.api.bootstrap();
      const locale = boot.settings.locale ?? boot.suggestedLocale;
      const i18n = await this.loadI18n(locale);
      this.state = { boot, i18n, settings: { ...boot.settings } };
    } catch (e) {
      // Without messages nothing can be said in the user's language; the code still shows.
      replace(this.root, h('p', { attrs: { role: 'alert' } }, ApiError.from(e).code));
      return;
    }
    window.addEventListener('hashchange', this.onHashChange);
    this.drawFrame();
    this.show();
  }

  private readonly onHashChange = () => this.show();

  /** Stops listening to the address; the page can then be torn down. */
  stop(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  navigate(route: Route): void {
    const target = href(route);
    if (window.location.hash === target) this.show();
    else window.location.hash = target;
  }

  async previewLocale(locale: Locale): Promise<void> {
    const state = this.ready();
    state.i18n = await this.loadI18n(locale);
    this.drawFrame();
    this.show();
  }

  async setLocale(locale: Locale): Promise<void> {
    await this.api.setLocale(locale);
    const state = this.ready();
    state.settings.locale = locale;
    if (locale !== state.i18n.locale) await this.previewLocale(locale);
  }

  async setTrack(track: Track): Promise<void> {
    await this.api.setTrack(track);
    this.ready().settings.track = track;
    this.drawFrame();
    this.show();
  }

  async setDisplay<K extends keyof Display>(key: K, value: Display[K]): Promise<void> {
    const save: { [P in keyof Display]: (v: Display[P]) => Promise<void> } = {
      text_size: (v) => this.api.setTextSize(v),
      theme: (v) => this.api.setTheme(v),
      reduced_motion: (v) => this.api.setReducedMotion(v),
    };
    await save[key](value);
    const display: Display = this.ready().settings;
    display[key] = value;
    applyDisplay(display);
  }

  async reload(notice?: string): Promise<boolean> {
    forgetSearch();
    const state = this.ready();
    const boot = await this.api.bootstrap();
    const { locale, track } = boot.settings;
    if (locale && track && locale === state.settings.locale && track === state.settings.track) {
      this.state = { ...state, boot, settings: { ...boot.settings } };
      return false;
    }
    const shown = locale ?? boot.suggestedLocale;
    const i18n = shown === state.i18n.locale ? state.i18n : await this.loadI18n(shown);
    this.state = { boot, i18n, settings: { ...boot.settings } };
    // First start has its own address; replacing it does not fire hashchange, so nothing
    // draws over this screen (or clears the notice) a moment later.
    if (!this.onboarded) window.history.replaceState(null, '', href({ name: 'start' }));
    this.drawFrame();
    this.show();
    await this.rendered;
    if (notice && this.notice) {
      // Filled after the region is in the page, so screen readers announce it.
      replace(this.notice, h('p', { class: 'utrecht-paragraph' }, i18n.t(notice)));
    }
    return true;
  }

  private async loadI18n(locale: Locale): Promise<I18n> {
    return new I18n(locale, await this.api.messages(locale), this.options.transform);
  }

  /** The parts around every screen: skip link, header with navigation, main landmark. */
  private drawFrame(): void {
    const { i18n, boot, settings } = this.ready();
    document.documentElement.lang = i18n.locale;
    applyDisplay(settings);
    const main = h('main', { id: 'main', class: 'app-main', attrs: { tabindex: '-1' } });
    const skip = h(
      'a',
      {
        class: 'app-skip-link',
        attrs: { href: '#main' },
        on: {
          click: (event) => {
            event.preventDefault();
            main.focus();
          },
        },
      },
      i18n.t('nav-skip'),
    );
    const header = appHeader(i18n, boot.locales, this.onboarded, (other) => {
      this.setLocale(other).catch((e: unknown) => {
        if (this.notice) replace(this.notice, failure(this, e));
      });
    });
    this.header = header;
    const storeProblem = boot.storeError
      ? h('div', { class: 'app-banner' }, failure(this, new ApiError(boot.storeError.code, boot.storeError.message)))
      : null;
    const parts: Node[] = [skip, header.element];
    if (storeProblem) parts.push(storeProblem);
    parts.push(...storeNotices(this.i18n, boot.storeNotice));
    const notice = h('div', { class: 'app-banner app-notice', attrs: { 'aria-live': 'polite', 'data-testid': 'app-notice' } });
    const footer = h(
      'footer',
      { class: 'app-footer' },
      h(
        'p',
        { class: 'utrecht-paragraph' },
        h(
          'a',
          { class: 'utrecht-link utrecht-link--html-a', attrs: { href: href({ name: 'about' }), 'data-testid': 'footer-about' } },
          i18n.t('footer-about'),
        ),
      ),
    );
    parts.push(notice, main, footer);
    replace(this.root, ...parts);
    this.main = main;
    this.notice = notice;
  }

  /** Draws the screen for the current address; first start always comes first. */
  private show(): void {
    const main = this.main;
    if (!main) return;
    let route = parse(window.location.hash);
    // Before first start is done, only it and "about this app" (the footer's link) are open.
    if (!this.onboarded) route = route?.name === 'start' || route?.name === 'about' ? route : { name: 'start' };
    else if (!route || route.name === 'start') route = { name: 'home' };
    const id = ++this.renderId;
    if (this.notice) replace(this.notice);
    this.header?.show(route);
    // Each screen draws into its own element. When the user moves on before a slow screen has
    // finished, that element is already out of the page, so its late drawing shows nowhere.
    const screen = h('div', { class: 'app-screen' });
    replace(main, screen);
    this.rendered = this.draw(route, screen).then(() => {
      if (id !== this.renderId) return;
      document.title = this.titleFor(screen);
      screen.querySelector<HTMLElement>('h1')?.focus();
    });
  }

  private draw(route: Route, main: HTMLElement): Promise<void> {
    switch (route.name) {
      case 'start':
        renderOnboarding(this, main, route.step);
        return Promise.resolve();
      case 'home':
        return renderHome(this, main);
      case 'page':
        return renderPage(this, main, route.id);
      case 'term':
        return renderTerm(this, main, route.id);
      case 'search':
        renderSearch(this, main);
        return Promise.resolve();
      case 'notes':
        return renderNotes(this, main, route.page ?? null);
      case 'about':
        renderAbout(this, main);
        return Promise.resolve();
      case 'progress':
        return renderProgress(this, main);
      case 'bookmarks':
        return renderBookmarks(this, main);
      case 'settings':
        renderSettings(this, main);
        return Promise.resolve();
      case 'privacy':
        return renderPrivacy(this, main);
    }
  }

  private titleFor(main: HTMLElement): string {
    const appTitle = this.i18n.t('app-title');
    const screen = main.querySelector('h1')?.textContent?.trim();
    return screen ? `${screen} · ${appTitle}` : appTitle;
  }
}

/** Plain words about what happened to the user's saved data at start-up. */
function storeNotices(i18n: I18n, notice: StoreNotice): HTMLElement[] {
  const banner = (text: string, testid: string) =>
    h('div', { class: 'app-banner', attrs: { role: 'status', 'data-testid': testid } }, h('p', { class: 'utrecht-paragraph' }, text));
  const out: HTMLElement[] = [];
  const { recovery } = notice;
  if (recovery) {
    const file = recovery.quarantined;
    const copy = recovery.restored_from;
    out.push(
      copy
        ? banner(
            i18n.t('store-recovered-from-copy', {
              date: new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'long', timeStyle: 'short' }).format(copy.taken_at_millis),
              file,
            }),
            'store-recovered',
          )
        : banner(i18n.t('store-recovered-empty', { file }), 'store-recovered'),
    );
  }
  if (notice.readOnly) out.push(banner(i18n.t('store-read-only'), 'store-read-only'));
  return out;
}
