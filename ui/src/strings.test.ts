// The check that UI code holds no user-visible text of its own: every screen is drawn with a
// pseudo-locale that marks each Fluent message, and any visible text outside the marks (and
// outside content from the pack) fails.
import { describe, expect, it } from 'vitest';
import type { FakeApi } from './testing/fake-api';
import { type Harness, onboardedApi, startApp } from './testing/harness';
import { exportDocument, FakeApi as Fake, KINDS, withPlayers } from './testing/fake-api';

const OPEN = '⟦';
const CLOSE = '⟧';
const mark = (s: string) => `${OPEN}${s}${CLOSE}`;

const VISIBLE_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];

/** Text that is not inside a pseudo-locale mark, with punctuation and spaces removed. A
 * message may hold another (an answer inside "Your answer: …"): marks are removed from the
 * inside out. */
function unmarked(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
  }
  return rest.replace(/[\s·.,:;!?()\-–—"'…]/g, '');
}

function offenders(root: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[data-content]')) continue;
    const text = node.textContent ?? '';
    if (unmarked(text)) found.push(`text "${text.trim()}" in <${node.parentElement?.tagName.toLowerCase()}>`);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const name of VISIBLE_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value && unmarked(value)) found.push(`${name}="${value}" on <${el.tagName.toLowerCase()}>`);
    }
  }
  if (unmarked(document.title.replace(/^[^·]*·/, ''))) found.push(`document.title "${document.title}"`);
  return found;
}

async function everyScreen(api: FakeApi, visit: (h: Harness, screen: string) => void): Promise<Harness> {
  const h = await startApp(api, { transform: mark });
  visit(h, 'home');
  await h.go({ name: 'page', id: 'jongeren-rechten' });
  visit(h, 'page');
  await h.click('bookmark-toggle');
  visit(h, 'page, bookmarked');
  await h.go({ name: 'bookmarks' });
  visit(h, 'bookmarks');
  await h.go({ name: 'search' });
  visit(h, 'search');
  await h.type('search-input', 'Title');
  visit(h, 'search, results');
  await h.type('search-input', 'zzzz');
  visit(h, 'search, nothing found');
  await h.go({ name: 'term', id: 'avg' });
  visit(h, 'term');
  await h.go({ name: 'about' });
  visit(h, 'about');
  await h.go({ name: 'progress' });
  visit(h, 'progress');
  await h.go({ name: 'notes' });
  visit(h, 'notes, empty');
  await h.type('note-new-text', 'Bel 06-12345678 of mail a@b.nl');
  await h.click('note-new-save');
  visit(h, 'notes, client data warning');
  await h.click('note-new-anyway');
  visit(h, 'notes, one saved');
  await h.click('note-delete');
  visit(h, 'notes, delete dialog');
  await h.click('note-delete-dialog-cancel');
  await h.click('note-edit');
  visit(h, 'notes, editing');
  await h.go({ name: 'notes', page: 'jongeren-rechten' });
  visit(h, 'notes, on a page');
  await h.go({ name: 'page', id: 'jongeren-quiz' });
  visit(h, 'quiz');
  await h.click('quiz-check');
  visit(h, 'quiz, nothing chosen');
  h.root.querySelector<HTMLInputElement>('[data-testid="quiz-option"]')?.click();
  await h.click('quiz-check');
  visit(h, 'quiz, answered');
  await h.click('quiz-next');
  await h.click('quiz-next');
  visit(h, 'quiz, result');
  await h.go({ name: 'page', id: 'jongeren-lijst' });
  h.root.querySelector<HTMLInputElement>('#checklist-doel-1')?.click();
  await h.settle();
  visit(h, 'checklist, with advice');
  await h.go({ name: 'page', id: 'jongeren-brief' });
  visit(h, 'letter');
  await h.click('letter-request-deletion');
  await h.click('letter-age-under_12');
  visit(h, 'letter, a parent deleting');
  for (const [id, v] of [['complaint-day', '1'], ['complaint-month', '9'], ['complaint-year', '2026']] as const) await h.type(id, v);
  await h.click('complaint-reply-nothing');
  visit(h, 'letter, complaint route');
  await h.go({ name: 'page', id: 'professionals-pet' });
  visit(h, 'pet check, unanswered');
  for (const id of ['pet-task-both', 'pet-flow-unknown', 'pet-signals-yes']) await h.click(id);
  visit(h, 'pet check, answered');
  await h.go({ name: 'page', id: 'professionals-prep' });
  visit(h, 'preparation, empty');
  await h.click('prep-make');
  visit(h, 'preparation, nothing filled in');
  for (const id of ['prep-role-both', 'prep-ground-consent', 'prep-signals-yes', 'prep-task-wmo']) await h.click(id);
  await h.type('prep-title', 'Titel');
  await h.type('prep-question', 'Bel 06-12345678');
  await h.click('prep-make');
  visit(h, 'preparation, made');
  await h.click('prep-save');
  visit(h, 'preparation, client data warning');
  await h.click('prep-guard-anyway');
  visit(h, 'preparation, saved');
  await h.go({ name: 'page', id: 'professionals-dilemmas' });
  visit(h, 'dilemmas');
  await h.click('dilemma-income-data-action-everything');
  visit(h, 'dilemmas, weighed');
  await h.go({ name: 'page', id: 'professionals-zelf' });
  visit(h, 'self-assessment, empty');
  await h.click('assess-tasks-no');
  visit(h, 'self-assessment, answered');
  await h.type('assess-title', 'Team');
  await h.click('assess-save');
  await h.click('assess-export');
  visit(h, 'self-assessment, saved and exported');
  await h.go({ name: 'page', id: 'jongeren-verhaal' });
  visit(h, 'story');
  for (let i = 0; i < 5; i++) {
    await h.click('story-forward');
    visit(h, `story, step ${i + 2}`);
  }
  h.root.querySelector<HTMLButtonElement>('[data-testid="story-option"]')?.click();
  await h.settle();
  visit(h, 'story, feedback');
  await h.click('story-transcript-toggle');
  visit(h, 'story, text version');
  await h.click('story-forward');
  visit(h, 'story, second role switch');
  await h.click('story-forward');
  await h.click('story-forward');
  expect(h.root.querySelector('[data-testid="story-ending"]')).not.toBeNull();
  visit(h, 'story, ending');
  await h.go({ name: 'settings' });
  visit(h, 'settings');
  await h.go({ name: 'page', id: 'missing' });
  visit(h, 'error');
  await h.go({ name: 'privacy' });
  visit(h, 'privacy');
  await h.click('privacy-export');
  visit(h, 'privacy, exported');
  await h.pick('privacy-import-file', new File([exportDocument({}, [])], 'export.json'));
  visit(h, 'privacy, import dialog');
  await h.click('privacy-import-dialog-cancel');
  await h.pick('privacy-import-file', new File(['{}'], 'wrong.json'));
  await h.click('privacy-import-dialog-confirm');
  visit(h, 'privacy, import refused');
  await h.click('privacy-delete');
  visit(h, 'privacy, delete dialog');
  api.failWith = 'storage';
  await h.click('privacy-delete-dialog-confirm');
  visit(h, 'privacy, delete failed');
  await h.go({ name: 'home' });
  await h.go({ name: 'privacy' });
  visit(h, 'privacy, error');
  api.failWith = null;
  // Deleting everything loads the suggested language afresh: check this one first.
  expect(h.app.i18n.missing).toEqual(new Set());
  await h.click('privacy-delete');
  await h.click('privacy-delete-dialog-confirm');
  visit(h, 'start, after deleting everything');
  return h;
}

describe.each(['nl', 'en'] as const)('every UI string comes from Fluent (%s)', (locale) => {
  it('on every screen', async () => {
    const problems: string[] = [];
    const visit = (h: Harness, screen: string) => {
      for (const o of offenders(h.root)) problems.push(`${screen}: ${o}`);
    };

    const fresh = new Fake();
    fresh.suggestedLocale = locale;
    const start = await startApp(fresh, { transform: mark });
    visit(start, 'start: language');
    await start.click('start-next');
    await start.click('start-done');
    visit(start, 'start: track, nothing chosen');
    expect(start.app.i18n.missing).toEqual(new Set());

    const emptyApi = onboardedApi(locale);
    emptyApi.pages = [];
    emptyApi.storeInventory = async () => KINDS.map((kind) => ({ kind, count: 0, bytes: 0 }));
    const empty = await startApp(emptyApi, { transform: mark });
    visit(empty, 'home, empty');
    await empty.go({ name: 'bookmarks' });
    visit(empty, 'bookmarks, empty');
    await empty.go({ name: 'privacy' });
    visit(empty, 'privacy, nothing stored');
    expect(empty.app.i18n.missing).toEqual(new Set());

    const h = await everyScreen(withPlayers(onboardedApi(locale)), visit);
    expect(problems).toEqual([]);
    expect(h.app.i18n.missing).toEqual(new Set());
  });
});

describe('the check itself', () => {
  it('catches text that did not come through Fluent', async () => {
    const h = await startApp(onboardedApi('en'), { transform: mark });
    expect(offenders(h.root)).toEqual([]);
    h.root.querySelector('main')?.append(Object.assign(document.createElement('button'), { textContent: 'Click me' }));
    const labelled = document.createElement('span');
    labelled.setAttribute('aria-label', 'Close');
    h.root.append(labelled);
    expect(offenders(h.root)).toEqual(['text "Click me" in <button>', 'aria-label="Close" on <span>']);
  });
});
