// axe-core inside the real app: every screen, in Dutch and English, in each theme, must have
// no WCAG 2.1 A/AA violations. axe is injected through WebDriver and runs in the app's own
// web view, so what is checked is what users get. Screenshots of every screen are saved.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axe as axeIn, launch } from './app.mjs';

/** Every screen, as an address and what to do there before checking it. */
const SCREENS = [
  { name: 'home', hash: '#/home', ready: '[data-testid="page-list"]' },
  { name: 'article', hash: '#/page/jongeren-jouw-rechten', ready: '[data-testid="page-body"]' },
  { name: 'term-open', hash: '#/page/jongeren-jouw-rechten', act: (s) => s.click('[data-testid="page-body"] a[href^="#/term/"]'), ready: '[data-testid="term"]' },
  {
    name: 'term-in-list',
    hash: '#/page/jongeren-jouw-rechten',
    act: (s) => s.click('[data-testid="page-body"] li a[href^="#/term/"]'),
    ready: '[data-testid="term"]',
  },
  { name: 'quiz', hash: '#/page/jongeren-quiz-jouw-rechten', ready: '[data-testid="quiz-position"]' },
  {
    name: 'quiz-answered',
    hash: '#/page/jongeren-quiz-jouw-rechten',
    act: async (s) => {
      await s.click('[data-testid="quiz-option"]');
      await s.click('[data-testid="quiz-check"]');
    },
    ready: '[data-testid="quiz-feedback"] li',
  },
  { name: 'letter', hash: '#/page/jongeren-brief-dossier-inzien', ready: '[data-testid="letter-text"]' },
  {
    name: 'preparation',
    hash: '#/page/professionals-gesprek-voorbereiden',
    act: async (s) => {
      for (const id of ['prep-role-both', 'prep-ground-consent', 'prep-signals-yes']) await s.click(`[data-testid="${id}"]`);
      await s.click('[data-testid="prep-make"]');
    },
    ready: '[data-testid="prep-page"]',
  },
  {
    name: 'pet-check',
    hash: '#/page/professionals-welke-pet',
    act: async (s) => {
      for (const id of ['pet-task-both', 'pet-flow-gemeente', 'pet-signals-unsure']) await s.click(`[data-testid="${id}"]`);
    },
    ready: '[data-testid="pet-role"]',
  },
  {
    name: 'complaint',
    hash: '#/page/inwoners-brief-inzage-gemeente',
    act: async (s) => {
      await s.execute(`for (const [id, v] of [['day', '1'], ['month', '1'], ['year', '2026']]) {
        const i = document.querySelector('[data-testid="complaint-' + id + '"]');
        i.value = v; i.dispatchEvent(new Event('input', { bubbles: true }));
      }`);
      await s.click('[data-testid="complaint-reply-refused"]');
    },
    ready: '[data-testid="complaint-steps"]',
  },
  {
    name: 'dilemma',
    hash: '#/page/professionals-dilemmas-afwegen',
    act: (s) => s.click('[data-testid="dilemma-income-data-action-only_needed"]'),
    ready: '[data-testid="dilemma-income-data-verdict"] [data-verdict]',
  },
  {
    name: 'self-assessment',
    hash: '#/page/professionals-zelfevaluatie-management',
    act: async (s) => {
      for (const id of ['assess-tasks-partly', 'assess-access-unknown']) await s.click(`[data-testid="${id}"]`);
    },
    ready: '[data-testid="assess-advice"] [data-advice="find_out"]',
  },
  { name: 'checklist', hash: '#/page/professionals-checklist-informatie-delen', ready: '[data-testid="checklist-item"]' },
  { name: 'scenario', hash: '#/page/jongeren-amira-twee-petten', ready: '[data-testid="story-stage"]' },
  {
    name: 'search',
    hash: '#/search',
    act: (s) =>
      s.execute(`const i = document.querySelector('[data-testid="search-input"]');
        i.value = 'dossier'; i.dispatchEvent(new Event('input', { bubbles: true }));`),
    ready: '[data-testid="search-results"] a',
  },
  { name: 'glossary-word', hash: '#/term/beroepsgeheim', ready: '[data-testid="term-screen"]' },
  { name: 'bookmarks', hash: '#/bookmarks', ready: '[data-testid="bookmark-list"], [data-testid="bookmarks-empty"]' },
  { name: 'notes', hash: '#/notes', ready: '[data-testid="note-new-text"]' },
  { name: 'note-on-page', hash: '#/notes/jongeren-jouw-rechten', ready: '[data-testid="note-back"]' },
  {
    // The core's PII guard, through the real command: a BSN that passes the elfproef.
    name: 'notes-warning',
    hash: '#/notes',
    act: async (s) => {
      await s.execute(`const t = document.querySelector('[data-testid="note-new-text"]');
        t.value = 'Cliënt met BSN 111222333 belt morgen terug.'; t.dispatchEvent(new Event('input', { bubbles: true }));`);
      await s.click('[data-testid="note-new-save"]');
    },
    ready: '[data-testid="note-new-guard"]',
  },
  { name: 'settings', hash: '#/settings', ready: '[data-testid="settings-theme-dark"]' },
  { name: 'privacy', hash: '#/privacy', ready: '[data-testid="privacy-inventory"]' },
  { name: 'about', hash: '#/about', ready: '[data-testid="about"]' },
  { name: 'progress', hash: '#/progress', ready: '[data-testid="progress-jongeren"]' },
];

let app;
let s;

before(async () => {
  app = await launch('screens');
  s = app.session;
});

after(() => app?.close());

const invoke = (cmd, args) => s.invoke(cmd, args);

const axe = (where) => axeIn(s, where);

async function visit(screen) {
  // Leave the screen first, so returning to the same address draws it anew.
  await s.execute(`location.hash = '#/home';`);
  await s.find('[data-testid="screen-heading"]');
  await s.execute(`location.hash = ${JSON.stringify(screen.hash)};`);
  await s.find('[data-testid="screen-heading"]');
  if (screen.act) await screen.act(s);
  if (screen.ready) await s.find(screen.ready);
}

test('first start has no accessibility violations, and the check itself finds them', async () => {
  await s.find('[data-testid="locale-nl"]');
  // A broken control and unreadable text, put in for a moment: axe must report both.
  await s.execute(`const b = document.createElement('button'); b.id = 'axe-probe';
    b.style.color = '#fefefe'; b.style.background = '#ffffff'; b.append(document.createElement('span'));
    const p = document.createElement('p'); p.id = 'axe-probe-text'; p.textContent = 'hard to read';
    p.style.color = '#eeeeee'; p.style.background = '#ffffff';
    document.querySelector('main').append(b, p);`);
  const probe = (await axe('probe')).join('\n');
  await s.execute(`document.getElementById('axe-probe').remove(); document.getElementById('axe-probe-text').remove();`);
  assert.match(probe, /button-name/);
  assert.match(probe, /color-contrast/);
  const found = await axe('first start (nl, system theme)');
  await s.screenshot('first-start');
  assert.deepEqual(found, []);
});

test('every screen, in nl and en, in each theme, has no accessibility violations', async () => {
  const problems = [];
  for (const locale of ['nl', 'en']) {
    for (const theme of ['light', 'dark', 'high_contrast']) {
      for (const [cmd, args] of [
        ['set_locale', { locale }],
        ['set_track', { track: 'jongeren' }],
        ['set_theme', { theme }],
      ]) {
        const { err } = await invoke(cmd, args);
        assert.equal(err, undefined, `${cmd}: ${JSON.stringify(err)}`);
      }
      await s.execute('location.hash = "#/home"; location.reload();');
      await s.find('[data-testid="screen-heading"]');
      assert.equal(await s.execute('return document.documentElement.dataset.theme'), theme);
      for (const screen of SCREENS) {
        await visit(screen);
        problems.push(...(await axe(`${screen.name} (${locale}, ${theme})`)));
        if (locale === 'nl' || theme !== 'light') await s.screenshot(`${screen.name}-${locale}-${theme}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('every screen works at phone size: no sideways scrolling, no violations', async () => {
  await invoke('set_theme', { theme: 'light' });
  await invoke('set_locale', { locale: 'en' });
  await s.execute('location.hash = "#/home"; location.reload();');
  await s.find('[data-testid="screen-heading"]');
  await s.cmd('POST', '/window/rect', { width: 360, height: 640 });
  const problems = [];
  for (const screen of SCREENS) {
    await visit(screen);
    const overflow = await s.execute('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
    if (overflow > 0) problems.push(`${screen.name}: scrolls sideways by ${overflow}px at 360px`);
    problems.push(...(await axe(`${screen.name} (phone)`)));
    // Touch targets: every control (a choice counts with its label) is at least 44 by 44 px.
    const small = await s.execute(`return [...document.querySelectorAll(
        'main button, main select, main textarea, main input:not([type=radio]):not([type=checkbox]), header button, main .app-choice')]
      .filter((e) => e.getClientRects().length > 0)
      .filter((e) => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
      .map((e) => (e.getAttribute('data-testid') ?? e.className) + ' ' + Math.round(e.getBoundingClientRect().width) + 'x' + Math.round(e.getBoundingClientRect().height))`);
    if (small.length) problems.push(`${screen.name}: targets under 44px: ${small.join(', ')}`);
    await s.screenshot(`${screen.name}-phone`);
  }
  assert.deepEqual(problems, []);
});

test('every screen fills a 1920×1080 screen without anything cut off', async () => {
  await s.cmd('POST', '/window/rect', { width: 1920, height: 1080 });
  const problems = [];
  for (const screen of SCREENS) {
    await visit(screen);
    const overflow = await s.execute('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
    if (overflow > 0) problems.push(`${screen.name}: scrolls sideways by ${overflow}px at 1920px`);
    await s.screenshot(`${screen.name}-wide`);
  }
  await s.cmd('POST', '/window/rect', { width: 1024, height: 768 });
  assert.deepEqual(problems, []);
});

test('at phone size the header is one row, and its menu opens, is checked and closes with Escape', async () => {
  await s.cmd('POST', '/window/rect', { width: 360, height: 640 });
  await visit(SCREENS[0]);
  const height = () => s.execute('return document.querySelector("header").getBoundingClientRect().height');
  const closed = await height();
  assert.ok(closed < 70, `the closed header is ${closed}px high`);
  assert.equal(await s.execute('return document.querySelector("[data-testid=nav-search]").getClientRects().length'), 0, 'the links wait in the menu');
  await s.click('[data-testid="menu-toggle"]');
  await s.find('#app-menu[data-open] [data-testid="nav-search"]');
  const small = await s.execute(`return [...document.querySelectorAll('#app-menu a, #app-menu button, [data-testid="menu-toggle"]')]
    .filter((e) => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
    .map((e) => e.getAttribute('data-testid'))`);
  assert.deepEqual(small, [], 'every target in the menu is at least 44 by 44 px');
  const found = await axe('menu open (phone)');
  await s.screenshot('menu-open-phone');
  assert.deepEqual(found, []);
  await s.execute(`document.querySelector('[data-testid="nav-search"]').focus();`);
  const link = await s.find('[data-testid="nav-search"]');
  await s.cmd('POST', `/element/${link}/value`, { text: '\uE00C' });
  assert.equal(await s.execute('return document.activeElement.dataset.testid'), 'menu-toggle');
  assert.equal(await s.execute('return document.querySelector("#app-menu").hasAttribute("data-open")'), false);
  await s.click('[data-testid="menu-toggle"]');
  await s.click('[data-testid="nav-search"]');
  await s.find('[data-testid="search-input"]');
  assert.equal(await s.execute('return document.querySelector("#app-menu").hasAttribute("data-open")'), false, 'moving on closes it');
});
