/** Hash routes: `#/start`, `#/start/track`, `#/home`, `#/page/<id>`, `#/term/<id>`, `#/search`, `#/notes`, `#/notes/<page id>` (a new note on that page), `#/about`, `#/progress`,
 * `#/bookmarks`, `#/settings`, `#/privacy`. */

export type Route =
  | { name: 'start'; step?: 'track' }
  | { name: 'home' }
  | { name: 'page'; id: string }
  | { name: 'term'; id: string }
  | { name: 'search' }
  | { name: 'notes'; page?: string }
  | { name: 'about' }
  | { name: 'progress' }
  | { name: 'bookmarks' }
  | { name: 'settings' }
  | { name: 'privacy' };

export function parse(hash: string): Route | null {
  const path = hash.replace(/^#/, '');
  if (!path.startsWith('/')) return null;
  const [name, ...rest] = path.slice(1).split('/');
  switch (name) {
    case 'start':
      if (rest.length === 0) return { name };
      return rest.length === 1 && rest[0] === 'track' ? { name, step: 'track' } : null;
    case 'notes': {
      if (rest.length === 0) return { name };
      const page = rest.join('/');
      return isId(page) ? { name, page } : null;
    }
    case 'home':
    case 'search':
    case 'about':
    case 'progress':
    case 'bookmarks':
    case 'settings':
    case 'privacy':
      return rest.length === 0 ? { name } : null;
    case 'page':
    case 'term': {
      const id = rest.join('/');
      return isId(id) ? { name, id } : null;
    }
    default:
      return null;
  }
}

function isId(s: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s);
}

export function href(route: Route): string {
  if (route.name === 'page' || route.name === 'term') return `#/${route.name}/${route.id}`;
  if (route.name === 'notes' && route.page) return `#/notes/${route.page}`;
  if (route.name === 'start' && route.step) return `#/start/${route.step}`;
  return `#/${route.name}`;
}
