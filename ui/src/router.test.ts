import { describe, expect, it } from 'vitest';
import { href, parse, type Route } from './router';

describe('router', () => {
  it('round-trips every route', () => {
    const routes: Route[] = [
      { name: 'start' },
      { name: 'start', step: 'track' },
      { name: 'home' },
      { name: 'page', id: 'jongeren-jouw-rechten' },
      { name: 'term', id: 'avg' },
      { name: 'search' },
      { name: 'notes' },
      { name: 'notes', page: 'jongeren-je-dossier' },
      { name: 'about' },
      { name: 'progress' },
      { name: 'bookmarks' },
      { name: 'settings' },
      { name: 'privacy' },
    ];
    for (const r of routes) expect(parse(href(r))).toEqual(r);
  });

  it('ignores what is not a route', () => {
    for (const hash of ['', '#main', '#/', '#/nope', '#/page/', '#/page/../x', '#/page/A B', '#/term/', '#/search/x', '#/home/extra', '#/privacy/extra', '#/start/other', '#/notes/', '#/notes/A B']) {
      expect(parse(hash)).toBeNull();
    }
  });
});
