// End to end, against the real app: first start, choose English and a track, open a page,
// bookmark it, quit, start again on the same data directory, and find it all still there.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { appEnv, Session, startDriver } from './webdriver.mjs';

const root = resolve(import.meta.dirname, '../..');
const application = resolve(process.env.PRIVACYAPP_BIN ?? join(root, 'target/debug/privacyapp-sociaal-domein'));
const shots = join(root, 'test-output/e2e');
const dataDir = mkdtempSync(join(tmpdir(), 'privacyapp-e2e-'));
const exportDir = mkdtempSync(join(tmpdir(), 'privacyapp-e2e-export-'));

let driver;

before(async () => {
  assert.ok(existsSync(application), `build the app first: ${application} is missing`);
  assert.ok(process.env.DISPLAY, 'tauri-driver needs a display; run under xvfb-run');
  driver = await startDriver({ env: appEnv(dataDir, { PRIVACYAPP_EXPORT_DIR: exportDir }) });
});

after(async () => {
  await driver?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(exportDir, { recursive: true, force: true });
});

const lang = (s) => s.execute('return document.documentElement.lang');

test('first start, bookmark a page, restart: language, track and bookmark persist', async () => {
  const first = await Session.start(driver.base, application, shots);
  let pageTitle;
  try {
    await first.find('[data-testid="locale-nl"]');
    assert.equal(await lang(first), 'nl', 'a Dutch system starts in Dutch');
    await first.screenshot('01-first-start-dutch');

    await first.click('[data-testid="locale-en"]');
    await first.waitForText('[data-testid="screen-heading"]', 'Welcome');
    assert.equal(await lang(first), 'en');
    await first.screenshot('02-english-chosen');
    await first.click('[data-testid="start-next"]');

    await first.waitForText('[data-testid="screen-heading"]', 'Who are you?');
    await first.click('[data-testid="track-inwoners"]');
    await first.screenshot('03-track-chosen');
    await first.click('[data-testid="start-done"]');

    await first.waitForText('[data-testid="screen-heading"]', 'For residents');
    const link = '[data-testid="page-list"] a';
    pageTitle = await first.text(link);
    assert.ok(pageTitle.length > 0);
    await first.screenshot('04-track-home');
    await first.click(link);

    await first.waitForText('[data-testid="screen-heading"]', pageTitle);
    await first.waitForText('[data-testid="bookmark-toggle"]', 'Save this page');
    await first.screenshot('05-page');
    await first.click('[data-testid="bookmark-toggle"]');
    await first.waitForText('[data-testid="bookmark-toggle"]', 'Remove from saved');
    await first.screenshot('06-page-bookmarked');

    await first.click('[data-testid="nav-bookmarks"]');
    await first.waitForText('[data-testid="bookmark-list"]', pageTitle);
    await first.screenshot('07-bookmarks');
  } finally {
    await first.quit();
  }

  const second = await Session.start(driver.base, application, shots);
  try {
    await second.waitForText('[data-testid="screen-heading"]', 'For residents');
    await second.waitForText('[data-testid="page-list"]', pageTitle);
    assert.equal(await lang(second), 'en', 'the chosen language survives a restart');
    await second.screenshot('08-restart-home');
    await second.click('[data-testid="nav-bookmarks"]');
    await second.waitForText('[data-testid="bookmark-list"]', pageTitle);
    await second.screenshot('09-restart-bookmarks');

    // The same screens at phone size: nothing may need sideways scrolling.
    await second.cmd('POST', '/window/rect', { width: 360, height: 640 });
    await second.click('[data-testid="bookmark-list"] a');
    await second.waitForText('[data-testid="screen-heading"]', pageTitle);
    const overflow = await second.execute(
      'return document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 360px wide`);
    await second.screenshot('10-phone-page');
  } finally {
    await second.quit();
  }
});

test('what the app stores: counted from the database, exported to a file, then deleted for good', async () => {
  const s = await Session.start(driver.base, application, shots);
  try {
    await s.click('[data-testid="nav-privacy"]');
    // The previous test bookmarked one page and chose a language and a track.
    await s.waitForText('[data-testid="privacy-count-bookmarks"]', '1');
    await s.screenshot('11-what-the-app-stores');

    await s.click('[data-testid="privacy-export"]');
    await s.waitForText('[data-testid="privacy-export-status"]', exportDir);
    const files = readdirSync(exportDir).filter((f) => f.endsWith('.json'));
    assert.equal(files.length, 1, files.join(', '));
    const exported = JSON.parse(readFileSync(join(exportDir, files[0]), 'utf8'));
    assert.equal(exported.format, 'privacyapp-export');
    assert.equal(exported.bookmarks.length, 1);
    assert.equal(exported.settings.locale, 'en');

    await s.click('[data-testid="privacy-delete"]');
    await s.find('[data-testid="privacy-delete-dialog"][open]');
    await s.screenshot('12-delete-everything-confirm');
    await s.click('[data-testid="privacy-delete-dialog-confirm"]');
    await s.find('[data-testid="locale-nl"]');
    await s.screenshot('13-after-delete-first-start');
  } finally {
    await s.quit();
  }
  // Nothing of the user's is left in the data directory: no quarantined database, and the
  // fresh store holds no bookmark and no setting (checked by starting again: first start).
  const left = readdirSync(dataDir);
  assert.ok(left.every((f) => !f.includes('quarantined')), left.join(', '));
  const again = await Session.start(driver.base, application, shots);
  try {
    await again.find('[data-testid="locale-nl"]');
    assert.equal(await lang(again), 'nl', 'the chosen language is gone too');
  } finally {
    await again.quit();
  }
});

test('the web view is locked down: frozen prototypes, only our own commands, no connections', async () => {
  const s = await Session.start(driver.base, application, shots);
  const run = (body) =>
    s.cmd('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        (async () => { ${body} })().then(done, (e) => done('threw: ' + e));`,
      args: [],
    });
  try {
    await s.find('[data-testid="screen-heading"]');
    assert.equal(await s.execute('return Object.isFrozen(Object.prototype)'), true, 'freezePrototype');

    const invoke = (cmd) => `
      try { await window.__TAURI_INTERNALS__.invoke(${JSON.stringify(cmd)}); return 'allowed'; }
      catch (e) { return 'refused: ' + (typeof e === 'string' ? e : JSON.stringify(e)); }`;
    assert.equal(await run(invoke('bootstrap')), 'allowed', 'our own command works');
    for (const cmd of ['plugin:app|version', 'plugin:window|close', 'plugin:path|resolve_directory']) {
      assert.match(await run(invoke(cmd)), /^refused: .* not allowed/, `${cmd} must not be callable`);
    }

    // tauri-driver itself listens here and `no-cors` skips the CORS check, so only the CSP
    // can stop this request.
    const connect = await run(`
      try { await fetch('http://127.0.0.1:4444/status', { mode: 'no-cors' }); return 'connected'; }
      catch (e) { return 'blocked'; }`);
    assert.equal(connect, 'blocked', 'connect-src allows only IPC');
  } finally {
    await s.quit();
  }
});

test('the embedded content pack answers search and glossary calls in the real app', async () => {
  const s = await Session.start(driver.base, application, shots);
  const call = (cmd, args) => s.invoke(cmd, args);
  try {
    await s.find('[data-testid="screen-heading"]');
    // A prefix while typing, stemmed and folded in the core, from the index built into the pack.
    const { ok: hits } = await call('search', { query: 'beroepsgeh', locale: 'nl' });
    assert.ok(Array.isArray(hits) && hits.length > 0, JSON.stringify(hits));
    const page = hits.find((h) => h.id === 'professionals-beroepsgeheim-doorbreken');
    assert.ok(page, JSON.stringify(hits));
    assert.equal(page.track, 'professionals');
    assert.ok(page.snippet.some((p) => p.mark && /^beroepsgeheim/i.test(p.text)), JSON.stringify(page));
    const { ok: none } = await call('search', { query: '"(zqxjw* -^:', locale: 'en' });
    assert.deepEqual(none, []);
    const { ok: term } = await call('glossary_term', { id: 'avg', locale: 'en' });
    assert.equal(term?.locale, 'en');
    assert.match(term?.html ?? '', /^<p>/);
    const { err } = await call('glossary_term', { id: 'does-not-exist', locale: 'nl' });
    assert.equal(err?.code, 'unknown_term');
  } finally {
    await s.quit();
  }
});

test('a quiz in the real app: graded by the core, explained, and resumed after a restart', async () => {
  const quiz = '#/page/jongeren-quiz-jouw-rechten';
  const open = async (s) => {
    await s.find('[data-testid="screen-heading"]');
    // Whatever earlier tests left (a fresh start after "delete everything"), read in English
    // as a young person; the choices go through the real commands, then the app reloads.
    await s.cmd('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        const invoke = window.__TAURI_INTERNALS__.invoke;
        invoke('set_locale', { locale: 'en' }).then(() => invoke('set_track', { track: 'jongeren' }))
          .then(() => { location.hash = ${JSON.stringify(quiz)}; location.reload(); done(); }, done);`,
      args: [],
    });
    await s.find('[data-testid="quiz-position"]');
  };
  const first = await Session.start(driver.base, application, shots);
  try {
    await open(first);
    await first.waitForText('[data-testid="quiz-position"]', 'Question 1 of 12');
    await first.click('[data-testid="quiz-check"]');
    await first.waitForText('[data-testid="quiz-problem"]', 'Choose an answer first');
    await first.click('[data-testid="quiz-option"]');
    await first.click('[data-testid="quiz-check"]');
    const verdict = await first.waitForText('[data-testid="quiz-feedback"]', 'your choice');
    assert.match(verdict, /Correct!|Not quite/);
    await first.screenshot('14-quiz-answered');
    await first.cmd('POST', '/window/rect', { width: 360, height: 640 });
    const overflow = await first.execute(
      'return document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    assert.ok(overflow <= 0, `the quiz scrolls sideways by ${overflow}px at 360px wide`);
    await first.screenshot('15-phone-quiz-answered');
    await first.click('[data-testid="quiz-next"]');
    await first.waitForText('[data-testid="quiz-position"]', 'Question 2 of 12');
  } finally {
    await first.quit();
  }
  const second = await Session.start(driver.base, application, shots);
  try {
    await open(second);
    await second.waitForText('[data-testid="quiz-position"]', 'Question 2 of 12');
  } finally {
    await second.quit();
  }
});
