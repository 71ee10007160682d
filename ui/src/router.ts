/** Hash routes: `#/start`, `#/home`, `#/page/<id>`, `#/bookmarks`, `#/settings`. */

export type Route =
  | { name: 'start' }
  | { name: 'home' }
  | { name: 'page'; id: string }
  | { name: 'bookmarks' }
  | { name: 'settings' };

export function parse(hash: string): Route | null {
  const path = hash.replace(/^#/, '');
  if (!path.startsWith('/')) return null;
  const [name, ...rest] = path.slice(1).split('/');
  switch (name) {
    case 'start':
    case 'home':
    case 'bookmarks':
    case 'settings':
      return rest.length === 0 ? { name } : null;
    case 'page': {
      const id = rest.join('/');
      return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? { name: 'page', id } : null;
    }
    default:
      return null;
  }
}

export function href(route: Route): string {
  return route.name === 'page' ? `#/page/${route.id}` : `#/${route.name}`;
}
