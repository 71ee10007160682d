import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeApi, withPlayers } from './testing/fake-api';
import { href, type Route } from './router';
import { onboardedApi, startApp } from './testing/harness';

/** Stands in for the web view's IntersectionObserver: tests say when the end is in view. */
class FakeObserver {
  static last: FakeObserver | null = null;
  disconnected = false;
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(): void {}
  disconnect(): void {
    this.disconnected = true;
  }
  show(visible: boolean): void {
    this.callback([{ isIntersecting: visible }]);
  }
}

beforeEach(() => {
  window.location.hash = '';
  Object.assign(globalThis, { IntersectionObserver: FakeObserver });
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'IntersectionObserver');
});

describe('reading progress', () => {
  it('marks a text read only when its end comes into view', async () => {
    const api = onboardedApi('en');
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-rechten' });
    expect([...api.read.keys()]).toEqual([]);
    FakeObserver.last?.show(false);
    await h.settle();
    expect([...api.read.keys()]).toEqual([]);
    FakeObserver.last?.show(true);
    await h.settle();
    expect([...api.read.keys()]).toEqual(['jongeren-rechten']);
    expect(FakeObserver.last?.disconnected).toBe(true);

    await h.go({ name: 'home' });
    expect(h.text('page-status-jongeren-rechten')).toBe('Read');
  });

  it('says what went wrong when the tick cannot be saved, unless a banner already did', async () => {
    const api = onboardedApi('nl');
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-rechten' });
    api.failWith = 'storage';
    FakeObserver.last?.show(true);
    await h.settle();
    expect(h.root.querySelector('[data-testid="read-marker"] [data-error-code="storage"]')).not.toBeNull();

    api.failWith = null;
    api.storeNotice = { recovery: null, readOnly: true };
    const quiet = await startApp(api);
    await quiet.go({ name: 'page', id: 'jongeren-rechten' });
    api.failWith = 'read_only';
    FakeObserver.last?.show(true);
    await quiet.settle();
    expect(quiet.root.querySelector('[data-testid="read-marker"] [data-testid="error"]')).toBeNull();
  });
});

describe('track home', () => {
  it('shows how far the user got with each page and where to continue', async () => {
    const api = withPlayers(onboardedApi('en'));
    await api.answerQuiz('jongeren-quiz', 'leeftijd', [1]);
    await api.answerChecklist('jongeren-lijst', 'doel', 0);
    const h = await startApp(api);
    expect(h.text('page-status-jongeren-quiz')).toBe('In progress: 1 of 2 questions answered');
    expect(h.text('page-status-jongeren-lijst')).toBe('1 of 2 points filled in');
    expect(h.root.querySelector('[data-testid="page-status-jongeren-rechten"]')).toBeNull();
    expect(h.text('continue')).toContain('Continue where you left off');
    // The checklist was touched last, so it is the one offered.
    expect(h.root.querySelector('[data-testid="continue"] a')?.getAttribute('href')).toBe('#/page/jongeren-lijst');
    await api.answerQuiz('jongeren-quiz', 'leeftijd', [1]);
    await h.go({ name: 'bookmarks' });
    await h.go({ name: 'home' });
    expect(h.root.querySelector('[data-testid="continue"] a')?.getAttribute('href')).toBe('#/page/jongeren-quiz');

    await api.answerQuiz('jongeren-quiz', 'rechten', [2]);
    await api.answerChecklist('jongeren-lijst', 'wie', 0);
    await h.go({ name: 'bookmarks' });
    await h.go({ name: 'home' });
    expect(h.text('page-status-jongeren-quiz')).toBe('Done: 1 of 2 right');
    expect(h.root.querySelector('[data-testid="continue"]')).toBeNull();
  });

  it('shows a localised error with a retry when the overview cannot be read', async () => {
    const api = onboardedApi('nl');
    api.failWith = 'storage';
    api.failOnly = ['trackOverview'];
    const h = await startApp(api);
    expect(h.root.querySelector('[data-error-code="storage"]')).not.toBeNull();
    api.failWith = null;
    h.root.querySelector<HTMLButtonElement>('[data-testid="error"] button')?.click();
    await h.settle();
    expect(h.root.querySelector('[data-testid="page-list"]')).not.toBeNull();
  });
});

describe('progress overview', () => {
  it('counts what is done in every track, the reader’s own first', async () => {
    const api = withPlayers(onboardedApi('en'));
    await api.markRead('jongeren-rechten');
    await api.answerQuiz('jongeren-quiz', 'leeftijd', [1]);
    await api.answerQuiz('jongeren-quiz', 'rechten', [0, 1]);
    const h = await startApp(api);
    await h.click('to-progress');
    expect(h.text('screen-heading')).toBe('Your progress');
    const sections = [...h.root.querySelectorAll('section.app-progress h2')].map((e) => e.textContent);
    expect(sections).toEqual(['For young people', 'For residents', 'For professionals']);
    const young = h.text('progress-jongeren');
    expect(young).toContain('1 of 2 pages read');
    expect(young).toContain('1 of 1 quizzes finished');
    expect(young).toContain('0 of 1 checklists filled in');
    expect(h.text('progress-inwoners')).toContain('0 of 1 pages read');
    expect(h.text('progress-professionals')).toContain('0 of 4 pages read');
  });

  it('shows a localised error with a retry', async () => {
    const api = onboardedApi('nl');
    const h = await startApp(api);
    api.failWith = 'storage';
    await h.go({ name: 'progress' });
    expect(h.root.querySelector('[data-error-code="storage"]')).not.toBeNull();
    api.failWith = null;
    h.root.querySelector<HTMLButtonElement>('[data-testid="error"] button')?.click();
    await h.settle();
    expect(h.root.querySelector('[data-testid="progress-jongeren"]')).not.toBeNull();
  });
});

describe('loading states', () => {
  it('says it is loading while the core has not answered yet, on home and in a quiz', async () => {
    const api = withPlayers(onboardedApi('en'));
    const h = await startApp(api);
    const waiting: (() => void)[] = [];
    const hold =
      <A extends unknown[], R>(real: (...args: A) => Promise<R>) =>
      (...args: A): Promise<R> =>
        new Promise((resolve) => waiting.push(() => resolve(real(...args))));
    api.trackOverview = hold(api.trackOverview.bind(api));
    api.quizProgress = hold(api.quizProgress.bind(api));
    window.location.hash = '#/progress';
    await new Promise((r) => setTimeout(r, 0));
    expect(h.root.querySelector('main [data-testid="loading"]')?.textContent).toBe('Loading…');
    for (const release of waiting.splice(0)) release();
    await h.settle();
    expect(h.root.querySelector('main [data-testid="loading"]')).toBeNull();

    window.location.hash = '#/page/jongeren-quiz';
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(h.root.querySelector('[data-testid="quiz"] [data-testid="loading"]')).not.toBeNull();
    for (const release of waiting.splice(0)) release();
    await h.settle();
    expect(h.text('quiz-position')).toBe('Question 1 of 2');
  });

  it('every screen that waits for the core says so, then draws what it got', async () => {
    const api = withPlayers(onboardedApi('nl'));
    await api.addBookmark('jongeren-rechten');
    await api.addNote(null, 'A note');
    const h = await startApp(api);
    const waiting: (() => void)[] = [];
    const held = new Set<string>();
    const hold = (name: keyof FakeApi) => {
      if (held.has(name)) return;
      held.add(name);
      const real = (api[name] as (...args: unknown[]) => Promise<unknown>).bind(api);
      Object.assign(api, {
        [name]: (...args: unknown[]) => new Promise((resolve) => waiting.push(() => resolve(real(...args)))),
      });
    };
    const cases: [Route, (keyof FakeApi)[], string][] = [
      [{ name: 'home' }, ['trackOverview'], 'page-list'],
      [{ name: 'page', id: 'jongeren-rechten' }, ['openPage'], 'page-body'],
      [{ name: 'term', id: 'avg' }, ['glossaryTerm'], 'term-screen'],
      [{ name: 'bookmarks' }, ['listBookmarks'], 'bookmark-list'],
      [{ name: 'notes' }, ['listNotes'], 'note-1'],
      [{ name: 'notes', page: 'jongeren-rechten' }, ['openPage', 'listNotes'], 'note-back'],
      [{ name: 'privacy' }, ['storeInventory'], 'privacy-inventory'],
      [{ name: 'page', id: 'jongeren-lijst' }, ['openPage', 'checklistProgress'], 'checklist-item'],
    ];
    for (const [route, calls, ready] of cases) {
      for (const name of calls) hold(name);
      window.location.hash = href(route);
      // Let each held call in turn be asked for, and answer it, while the screen says "loading".
      let answered = 0;
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => setTimeout(r, 0));
        if (waiting.length === 0) continue;
        expect(h.root.querySelector('main [data-testid="loading"]')?.textContent, `${href(route)} loading`).toBe('Bezig met laden…');
        answered += waiting.length;
        for (const release of waiting.splice(0)) release();
      }
      expect(answered, `${href(route)} waited for the core`).toBeGreaterThan(0);
      await h.settle();
      expect(h.root.querySelector('main [data-testid="loading"]'), `${href(route)} done`).toBeNull();
      expect(h.root.querySelector(`main [data-testid="${ready}"]`), `${href(route)} drawn`).not.toBeNull();
      window.location.hash = '#/settings';
      await h.settle();
    }
  });
});
