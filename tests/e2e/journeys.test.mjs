// End-to-end journeys a user makes, in the real app: search by keyboard, switching language on
// an open page, and changing the theme and text size (up to 200%) without losing anything.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './app.mjs';

/** WebDriver's codes for special keys. */
const KEY = { down: '\uE015', enter: '\uE007', escape: '\uE00C', space: ' ' };

let app;
let s;

before(async () => {
  app = await launch('journeys');
  s = app.session;
  // First start by keyboard-free clicks: Dutch, young people.
  await s.click('[data-testid="start-next"]');
  await s.click('[data-testid="track-jongeren"]');
  await s.click('[data-testid="start-done"]');
  await s.waitForText('[data-testid="screen-heading"]', 'Voor jongeren');
});

after(() => app?.close());

async function typeInto(css, text) {
  const id = await s.find(css);
  await s.cmd('POST', `/element/${id}/value`, { text });
}

const activeTestid = () => s.execute('return document.activeElement?.getAttribute("data-testid") ?? null');

test('search by keyboard: type a question, arrow to a result, open it with Enter', async () => {
  await s.click('[data-testid="nav-search"]');
  await s.waitForText('[data-testid="screen-heading"]', 'Zoeken');
  await typeInto('[data-testid="search-input"]', 'mag ik mijn dossier zien');
  await s.find('[data-testid="search-results"] a[data-result]');
  await s.screenshot('01-search-results');
  await typeInto('[data-testid="search-input"]', KEY.down);
  const first = await activeTestid();
  assert.match(first ?? '', /^search-hit-/, `focus is on ${first}`);
  await typeInto(`[data-testid="${first}"]`, KEY.down);
  const second = await activeTestid();
  assert.notEqual(second, first, 'the arrow moved on to the next result');
  const title = await s.text(`[data-testid="${second}"]`);
  await typeInto(`[data-testid="${second}"]`, KEY.enter);
  await s.waitForText('[data-testid="screen-heading"]', title.trim());
  await s.screenshot('02-result-opened');
});

test('switching language on an open page keeps that page open', async () => {
  await s.execute('location.hash = "#/page/jongeren-je-dossier";');
  await s.waitForText('[data-testid="screen-heading"]', 'Je dossier');
  await s.click('[data-testid="switch-locale"]');
  await s.waitForText('[data-testid="screen-heading"]', 'Your file');
  assert.equal(await s.execute('return location.hash'), '#/page/jongeren-je-dossier');
  assert.equal(await s.execute('return document.documentElement.lang'), 'en');
  await s.screenshot('03-same-page-in-english');
  await s.click('[data-testid="switch-locale"]');
  await s.waitForText('[data-testid="screen-heading"]', 'Je dossier');
});

test('theme and text size apply at once, and text at 200% loses nothing', async () => {
  await s.click('[data-testid="nav-settings"]');
  await s.click('[data-testid="settings-theme-dark"]');
  await s.click('[data-testid="settings-text_size-larger"]');
  await s.waitForText('[data-testid="settings-status"]', 'Opgeslagen');
  const [theme, size, background] = await s.execute(`return [document.documentElement.dataset.theme,
    getComputedStyle(document.documentElement).fontSize, getComputedStyle(document.body).backgroundColor]`);
  assert.equal(theme, 'dark');
  assert.equal(size, '24px', 'extra large text is 150%');
  assert.notEqual(background, 'rgb(255, 255, 255)');
  await s.screenshot('04-dark-larger');

  // 200%: every screen still fits the window's width, and its heading and controls are there.
  await s.execute('document.documentElement.style.fontSize = "200%";');
  const problems = [];
  for (const hash of ['#/home', '#/page/jongeren-je-dossier', '#/page/jongeren-quiz-jouw-rechten', '#/search', '#/notes', '#/settings', '#/privacy']) {
    await s.execute(`location.hash = ${JSON.stringify(hash)};`);
    await s.find('[data-testid="screen-heading"]');
    // Wait until the screen has drawn what it loads, not just its heading.
    for (let i = 0; i < 50 && (await s.execute('return document.querySelector("main [data-testid=loading]") !== null')); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const overflow = await s.execute('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
    if (overflow > 0) problems.push(`${hash}: scrolls sideways by ${overflow}px at 200% text`);
    const hidden = await s.execute(`return [...document.querySelectorAll('main button, main a, main input, main textarea')]
      .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((e) => e.getAttribute('data-testid') ?? e.textContent.trim().slice(0, 30))`);
    if (hidden.length) problems.push(`${hash}: cut off at 200%: ${hidden.join(', ')}`);
  }
  await s.screenshot('05-text-200-percent');
  await s.execute('document.documentElement.style.fontSize = "";');
  assert.deepEqual(problems, []);
  await s.click('[data-testid="nav-settings"]');
  await s.click('[data-testid="settings-theme-system"]');
  await s.click('[data-testid="settings-text_size-normal"]');
});

test('a quiz by keyboard alone, with the focus visible', async () => {
  await s.execute('location.hash = "#/page/jongeren-quiz-jouw-rechten";');
  await s.find('[data-testid="quiz-position"]');
  const position = await s.text('[data-testid="quiz-position"]');
  await typeInto('[data-testid="quiz-option"]', KEY.space);
  await typeInto('[data-testid="quiz-option"]', KEY.enter);
  await s.find('[data-testid="quiz-feedback"] li');
  assert.equal(await activeTestid(), 'quiz-next', 'focus moves on to the next step');
  const outline = await s.execute('return getComputedStyle(document.activeElement).outlineStyle');
  assert.notEqual(outline, 'none', 'the focused control shows it');
  await s.screenshot('06-quiz-by-keyboard');
  await typeInto('[data-testid="quiz-next"]', KEY.enter);
  await s.find('[data-testid="quiz-position"], [data-testid="quiz-result"]');
  assert.notEqual(await s.text('#quiz-heading'), position);
});

test('a confirmation dialog closes with Escape, changes nothing and gives focus back', async () => {
  await s.click('[data-testid="nav-privacy"]');
  await s.find('[data-testid="privacy-delete"]');
  await typeInto('[data-testid="privacy-delete"]', KEY.enter);
  await s.find('[data-testid="privacy-delete-dialog-cancel"]');
  assert.equal(await activeTestid(), 'privacy-delete-dialog-cancel', 'the safe choice has focus');
  await s.screenshot('07-delete-dialog');
  await typeInto('[data-testid="privacy-delete-dialog-cancel"]', KEY.escape);
  const gone = await s.execute('return document.querySelector("dialog[open]") === null');
  assert.ok(gone, 'the dialog is closed');
  assert.equal(await activeTestid(), 'privacy-delete');
  await s.click('[data-testid="nav-home"]');
  await s.waitForText('[data-testid="screen-heading"]', 'Voor jongeren');
});
