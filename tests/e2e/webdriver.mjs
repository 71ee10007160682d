// A minimal W3C WebDriver client over fetch: enough to drive the app through tauri-driver
// without pulling a test framework's browser downloads into an offline build.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The W3C name of the key that holds an element reference. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverError extends Error {}

/** No single command takes this long; a hung one fails the test instead of stalling the run. */
const COMMAND_TIMEOUT_MS = 120_000;

async function request(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
  }).catch((e) => {
    throw new WebDriverError(`${method} ${path}: ${e.name === 'TimeoutError' ? `no answer in ${COMMAND_TIMEOUT_MS} ms` : e.message}`);
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    const v = json.value ?? {};
    throw new WebDriverError(`${method} ${path}: ${v.error ?? response.status} ${v.message ?? ''}`);
  }
  return json.value;
}

/**
 * The environment the app runs in under test: a Dutch-speaking user (LANGUAGE, which the C
 * library need not support), so choosing English is a real change; a fresh data directory,
 * never the user's own.
 */
export function appEnv(dataDir, extra = {}) {
  return { PRIVACYAPP_DATA_DIR: dataDir, LANGUAGE: 'nl_NL:nl', LANG: 'C.UTF-8', LC_ALL: '', ...extra };
}

/**
 * Starts tauri-driver in a process group of its own and waits until it answers. `stop()`
 * ends the whole group: tauri-driver, WebKitWebDriver and any app they started. An app left
 * running would keep the test runner's output pipe open, and the run would never end.
 */
export async function startDriver({ port = 4444, env = {} } = {}) {
  const child = spawn('tauri-driver', ['--port', String(port)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child.pid);
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new WebDriverError(`tauri-driver exited with ${child.exitCode}`);
    try {
      await fetch(`${base}/status`, { signal: AbortSignal.timeout(2000) });
      return { base, stop };
    } catch {
      await sleep(100);
    }
  }
  await stop();
  throw new WebDriverError('tauri-driver did not start');
}

/** Asks the process group `pid` to end, and makes it end if it has not after two seconds. */
async function stopGroup(pid) {
  const signal = (sig) => {
    try {
      process.kill(-pid, sig);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  if (!signal('SIGTERM')) return;
  for (let i = 0; i < 20; i++) {
    await sleep(100);
    if (!signal(0)) return;
  }
  signal('SIGKILL');
}

export class Session {
  constructor(base, id, shotsDir) {
    this.base = base;
    this.id = id;
    this.shotsDir = shotsDir;
  }

  /** Starts the app binary at `application` (an absolute path) in a new session. */
  static async start(base, application, shotsDir) {
    const value = await request(base, 'POST', '/session', {
      capabilities: { alwaysMatch: { browserName: 'wry', 'tauri:options': { application } } },
    });
    return new Session(base, value.sessionId, shotsDir);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Waits for an element matching `css` to be present and displayed. */
  async find(css, { timeout = 15000 } = {}) {
    const until = Date.now() + timeout;
    let last;
    while (Date.now() < until) {
      try {
        const found = await this.cmd('POST', '/element', { using: 'css selector', value: css });
        const id = found[ELEMENT] ?? Object.values(found)[0];
        if (await this.cmd('GET', `/element/${id}/displayed`)) return id;
      } catch (e) {
        last = e;
      }
      await sleep(100);
    }
    throw new WebDriverError(`no visible element ${css} after ${timeout} ms (${last?.message ?? 'hidden'})`);
  }

  async click(css) {
    const id = await this.find(css);
    await this.cmd('POST', `/element/${id}/click`, {});
  }

  async text(css) {
    const id = await this.find(css);
    return this.cmd('GET', `/element/${id}/text`);
  }

  /** Waits until `css`'s text includes `expected`; returns the text. */
  async waitForText(css, expected, { timeout = 15000 } = {}) {
    const until = Date.now() + timeout;
    let text = '';
    while (Date.now() < until) {
      text = await this.text(css).catch(() => '');
      if (text.includes(expected)) return text;
      await sleep(100);
    }
    throw new WebDriverError(`${css} shows "${text}", expected "${expected}"`);
  }

  /** Waits until `check()` resolves true (a condition on the page that has no single text). */
  async waitFor(check, { timeout = 15000, what = 'the condition' } = {}) {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      if (await check().catch(() => false)) return;
      await sleep(100);
    }
    throw new WebDriverError(`${what} did not hold after ${timeout} ms`);
  }

  /** Calls one of the app's own commands over its IPC, as the UI does: `{ ok }` or `{ err }`. */
  invoke(cmd, args = {}) {
    return this.cmd('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        window.__TAURI_INTERNALS__.invoke(${JSON.stringify(cmd)}, ${JSON.stringify(args)})
          .then((v) => done({ ok: v ?? null }), (e) => done({ err: e }));`,
      args: [],
    });
  }

  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  async screenshot(name) {
    mkdirSync(this.shotsDir, { recursive: true });
    // Two animation frames: what the last command changed has been painted.
    await this.cmd('POST', '/execute/async', {
      script: 'const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));',
      args: [],
    });
    const png = await this.cmd('GET', '/screenshot');
    const path = join(this.shotsDir, `${name}.png`);
    writeFileSync(path, Buffer.from(png, 'base64'));
    return path;
  }

  async quit() {
    await this.cmd('DELETE', '');
  }
}
