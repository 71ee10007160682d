/**
 * The app's header: its name, the navigation and the switch to the other language. On wide
 * screens everything shows; on phones a "Menu" button opens and closes the navigation and the
 * language switch, so the header takes one row and the screen starts right under it.
 */
import type { Locale } from '../api';
import { h } from '../dom';
import type { I18n } from '../i18n';
import { href, type Route } from '../router';

export interface Header {
  element: HTMLElement;
  /** Marks the link for `route` as the current page and closes the phone menu. */
  show(route: Route): void;
}

/** `onboarded`: before first start is done there is nothing to navigate to, so no menu. */
export function appHeader(i18n: I18n, locales: Locale[], onboarded: boolean, switchTo: (l: Locale) => void): Header {
  const title = h('p', { class: 'app-header__title' }, i18n.t('app-title'));
  const other = locales.find((l) => l !== i18n.locale);
  if (!onboarded) {
    const element = h('header', { class: 'app-header' }, h('div', { class: 'app-header__inner' }, title));
    return { element, show: () => undefined };
  }
  const link = (route: Route, key: string) =>
    h(
      'li',
      { class: 'app-nav__item' },
      h('a', { class: 'app-nav__link', attrs: { href: href(route), 'data-testid': `nav-${route.name}` } }, i18n.t(key)),
    );
  const nav = h(
    'nav',
    { class: 'app-nav', attrs: { 'aria-label': i18n.t('nav-label') } },
    h(
      'ul',
      { class: 'app-nav__list' },
      link({ name: 'home' }, 'nav-home'),
      link({ name: 'search' }, 'nav-search'),
      link({ name: 'bookmarks' }, 'nav-bookmarks'),
      link({ name: 'notes' }, 'nav-notes'),
      link({ name: 'settings' }, 'nav-settings'),
      link({ name: 'privacy' }, 'nav-privacy'),
    ),
  );
  // The other language, named in itself: switching keeps the screen open.
  const locale =
    other &&
    h(
      'button',
      {
        class: 'utrecht-button utrecht-button--subtle app-header__locale',
        attrs: { type: 'button', lang: other, 'data-testid': 'switch-locale' },
        on: { click: () => switchTo(other) },
      },
      i18n.t(`locale-name-${other}`),
    );
  const menu = h('div', { id: 'app-menu', class: 'app-header__menu' }, nav, locale);
  const toggle = h(
    'button',
    {
      class: 'utrecht-button utrecht-button--subtle app-header__toggle',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'app-menu', 'data-testid': 'menu-toggle' },
    },
    i18n.t('nav-menu'),
  );
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    menu.toggleAttribute('data-open', open);
  };
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      toggle.focus();
    }
  };
  menu.addEventListener('keydown', closeOnEscape);
  toggle.addEventListener('keydown', closeOnEscape);
  const element = h(
    'header',
    { class: 'app-header' },
    h('div', { class: 'app-header__inner app-header__inner--menu' }, h('div', { class: 'app-header__top' }, title, toggle), menu),
  );
  return {
    element,
    show(route) {
      setOpen(false);
      // A note on a page is still the notes screen.
      const here = href(route.name === 'notes' ? { name: 'notes' } : route);
      for (const a of nav.querySelectorAll('a')) {
        if (a.getAttribute('href') === here) a.setAttribute('aria-current', 'page');
        else a.removeAttribute('aria-current');
      }
    },
  };
}
