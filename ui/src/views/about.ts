/** About this app and its privacy statement, in plain words. */
import type { Context } from '../context';
import { h, replace } from '../dom';
import { href } from '../router';
import { heading } from './status';

/** Each section: a heading and its paragraphs, all message ids. */
const SECTIONS: [string, string[]][] = [
  ['about-what-heading', ['about-what-text', 'about-advice']],
  ['about-privacy-heading', ['about-privacy-offline', 'about-privacy-stored', 'about-privacy-device']],
  ['about-control-heading', ['about-control-text']],
  ['about-sources-heading', ['about-sources-text']],
];

export function renderAbout(ctx: Context, main: HTMLElement): void {
  const t = ctx.i18n.t.bind(ctx.i18n);
  replace(
    main,
    h(
      'div',
      { class: 'app-narrow', attrs: { 'data-testid': 'about' } },
      heading(t('about-title')),
      ...SECTIONS.flatMap(([title, paragraphs]) => [
        h('h2', { class: 'utrecht-heading-2' }, t(title)),
        ...paragraphs.map((id) => h('p', { class: 'utrecht-paragraph' }, t(id))),
      ]),
      h(
        'p',
        { class: 'utrecht-paragraph' },
        h(
          'a',
          { class: 'utrecht-link utrecht-link--html-a', attrs: { href: href({ name: 'privacy' }), 'data-testid': 'about-to-privacy' } },
          t('about-to-privacy'),
        ),
      ),
    ),
  );
}
