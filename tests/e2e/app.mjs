// The app under test, as each end-to-end file starts it: a fresh data directory, tauri-driver,
// one session on the built binary, and settings put in through the app's own commands; and
// axe-core run inside the app's web view.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { appEnv, Session, startDriver } from './webdriver.mjs';

export const root = resolve(import.meta.dirname, '../..');
export const application = resolve(process.env.PRIVACYAPP_BIN ?? join(root, 'target/debug/privacyapp-sociaal-domein'));

/**
 * Starts the app. `name` names the data directory and the screenshot folder; `settings` are
 * commands and their arguments run before the first screen is used (e.g. `set_locale`).
 * `env`: more environment for the app (e.g. `PRIVACYAPP_EXPORT_DIR`). `restart()` quits the
 * session and starts the app again on the same data; `close()` ends all.
 */
export async function launch(name, settings = [], env = {}) {
  assert.ok(existsSync(application), `build the app first: ${application} is missing`);
  const dataDir = mkdtempSync(join(tmpdir(), `privacyapp-${name}-`));
  const shots = join(root, 'test-output/e2e', name);
  const driver = await startDriver({ env: appEnv(dataDir, env) });
  const app = {
    shots,
    session: await Session.start(driver.base, application, shots),
    async restart() {
      await app.session.quit();
      app.session = await Session.start(driver.base, application, shots);
      await app.session.find('[data-testid="screen-heading"]');
      return app.session;
    },
    async close() {
      await app.session?.quit().catch(() => {});
      await driver.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await app.session.find('[data-testid="screen-heading"]');
  for (const [cmd, args] of settings) {
    const { err } = await app.session.invoke(cmd, args);
    assert.equal(err, undefined, `${cmd}: ${JSON.stringify(err)}`);
  }
  return app;
}

const axeSource = readFileSync(join(root, 'ui/node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the document as it is now; one line per violation and node, prefixed `where`. */
export async function axe(s, where) {
  const injected = await s.execute('return typeof window.axe === "object"');
  if (!injected) await s.execute(`${axeSource}; return true;`);
  // Colours are measured on the settled screen: a text still fading in (the story's entrances)
  // is lighter for a moment than it will be. Endless animations are not waited for.
  await s.cmd('POST', '/execute/async', {
    script: `const done = arguments[arguments.length - 1];
      const ending = document.getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => {}));
      Promise.race([Promise.all(ending), new Promise((r) => setTimeout(r, 5000))]).then(() => done(true));`,
    args: [],
  });
  const violations = await s.cmd('POST', '/execute/async', {
    script: `const done = arguments[arguments.length - 1];
      window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } })
        .then((r) => done(r.violations.map((v) => ({ id: v.id, help: v.help,
          nodes: v.nodes.map((n) => n.target.join(' ') + ' — ' + (n.failureSummary ?? '').split('\\n').join(' ')) }))),
          (e) => done([{ id: 'axe-failed', help: String(e), nodes: [] }]));`,
    args: [],
  });
  return violations.flatMap((v) => (v.nodes.length ? v.nodes : ['']).map((n) => `${where}: ${v.id} (${v.help}) ${n}`));
}
