/** Starts the real App on a FakeApi in jsdom and lets tests walk it like a user. */
import { App, type AppOptions } from '../app';
import type { Route } from '../router';
import { href } from '../router';
import { FakeApi } from './fake-api';

export interface Harness {
  app: App;
  api: FakeApi;
  root: HTMLElement;
  go(route: Route): Promise<void>;
  settle(): Promise<void>;
  click(testid: string): Promise<void>;
  text(testid: string): string;
  /** Picks `file` in the file input `testid`, as the system file chooser would. */
  pick(testid: string, file: File): Promise<void>;
  /** Types `text` into the field `testid` (replacing what is there), then waits for the screen. */
  type(testid: string, text: string): Promise<void>;
}

let current: App | null = null;

export async function startApp(api = new FakeApi(), options: AppOptions = {}): Promise<Harness> {
  current?.stop();
  document.body.replaceChildren();
  window.location.hash = '';
  const root = document.createElement('div');
  document.body.append(root);
  const app = new App(root, api, options);
  current = app;
  await app.start();
  const settle = async () => {
    // Let hashchange events and chained promises run, then wait for the screen to finish.
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 0));
      await app.rendered;
    }
  };
  await settle();
  const el = (testid: string) => {
    const found = root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
    if (!found) throw new Error(`no [data-testid="${testid}"] in ${root.innerHTML.slice(0, 400)}`);
    return found;
  };
  return {
    app,
    api,
    root,
    settle,
    go: async (route) => {
      window.location.hash = href(route);
      await settle();
    },
    click: async (testid) => {
      el(testid).click();
      await settle();
    },
    text: (testid) => el(testid).textContent ?? '',
    type: async (testid, text) => {
      const input = el(testid) as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Past the search box's debounce, then let the results draw.
      await new Promise((r) => setTimeout(r, 200));
      await settle();
    },
    pick: async (testid, file) => {
      const input = el(testid);
      // jsdom lets no script set a file input's files; an own property stands in for them.
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
    },
  };
}

/** A user who has been through first start. */
export function onboardedApi(locale: 'nl' | 'en' = 'en'): FakeApi {
  const api = new FakeApi();
  api.settings = { ...api.settings, locale, track: 'jongeren' };
  return api;
}
