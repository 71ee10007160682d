// The scenario player in the real app: a story played to an ending by keyboard alone, left in
// the middle and resumed at the same step after the app restarts, no motion with reduced
// motion on, and no accessibility violations on the player and its text version. Screenshots
// of a role switch and of data moving, at desktop and phone size.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axe as axeIn, launch } from './app.mjs';
import { ELEMENT } from './webdriver.mjs';

const STORY = '#/page/jongeren-amira-twee-petten';
const KEY = { enter: '\uE007', right: '\uE014' };

let app;
let s;

before(async () => {
  app = await launch('story', [
    ['set_locale', { locale: 'nl' }],
    ['set_track', { track: 'jongeren' }],
  ]);
  s = app.session;
});

after(() => app?.close());

async function openStory() {
  await s.execute(`location.hash = '#/home'; location.reload();`);
  await s.find('[data-testid="screen-heading"]');
  await s.execute(`location.hash = ${JSON.stringify(STORY)};`);
  await s.find('[data-testid="story-stage"]');
}

const position = () => s.text('[data-testid="story-position"]');
const active = () => s.execute('return document.activeElement?.getAttribute("data-testid") ?? null');

/** Sends keys to whatever has focus, as a keyboard would. */
async function press(key) {
  const focused = await s.cmd('GET', '/element/active');
  const id = focused[ELEMENT];
  await s.cmd('POST', `/element/${id}/value`, { text: key });
}

const axe = (where) => axeIn(s, where);

test('a story played to an ending by keyboard alone', async () => {
  await openStory();
  assert.match(await position(), /^Stap 1 · Bij het wijkteam/);
  // Into the player by keyboard: Tab from the story's heading until Next has focus.
  await s.execute(`document.querySelector('#story-heading').setAttribute('tabindex', '-1');
    document.querySelector('#story-heading').focus();`);
  for (let i = 0; i < 10 && (await active()) !== 'story-forward'; i++) await press('\uE004');
  assert.equal(await active(), 'story-forward', 'Tab reaches Next');
  for (let i = 0; i < 60; i++) {
    if (await s.execute('return document.querySelector("[data-testid=story-ending]") !== null')) break;
    const focused = await active();
    // At a choice focus is on its first option; after choosing it moves to Next.
    assert.ok(['story-forward', 'story-option'].includes(focused), `focus is on ${focused}`);
    await press(focused === 'story-option' ? KEY.enter : KEY.right);
    await s.execute('return new Promise((r) => setTimeout(r, 50))');
  }
  const ending = await s.text('[data-testid="story-ending"]');
  assert.match(ending, /Einde: Alleen wat nodig is/);
  assert.match(await s.text('[data-testid="story-endings"]'), /Je hebt 1 van de 2 eindes gezien/);
  const { ok } = await s.invoke('track_overview', { track: 'jongeren', locale: 'nl' });
  const story = ok.pages.find((p) => p.page.id === 'jongeren-amira-twee-petten');
  assert.equal(story.status.endings_reached, 1, 'the ending is recorded for the track home');
  assert.equal(story.finished, true);
});

/** Opens the story from its beginning, then goes `steps` steps on. */
async function openAt(steps) {
  const { err } = await s.invoke('scenario_restart', { id: 'jongeren-amira-twee-petten' });
  assert.equal(err, undefined);
  await openStory();
  for (let i = 0; i < steps; i++) await s.click('[data-testid="story-forward"]');
}

test('left in the middle, it resumes at the same step after the app restarts', async () => {
  await openAt(12);
  const here = await position();
  assert.match(here, /^Stap 13 · Een andere pet/);
  const beat = await s.text('[data-testid="story-beat"]');
  s = await app.restart();
  await s.execute(`location.hash = ${JSON.stringify(STORY)};`);
  await s.find('[data-testid="story-stage"]');
  assert.equal(await position(), here);
  assert.equal(await s.text('[data-testid="story-beat"]'), beat);
});

/** Computed durations of everything that can move on the stage, at the data beat (step 13). */
const durations = () =>
  s.execute(`return [...document.querySelectorAll('.app-stage *, .app-stage')]
    .flatMap((e) => { const c = getComputedStyle(e); return [c.animationDuration, c.transitionDuration]; })
    .flatMap((d) => d.split(',').map((x) => x.trim()))`);

test('with reduced motion on, nothing on the stage moves; with it off, things do', async () => {
  await s.invoke('set_reduced_motion', { motion: 'off' });
  await openAt(12);
  const moving = await durations();
  assert.ok(moving.some((d) => d !== '0s'), `some animation when motion is fine: ${moving.join(' ')}`);
  await s.invoke('set_reduced_motion', { motion: 'on' });
  await openStory();
  assert.equal(await s.execute('return document.documentElement.dataset.motion'), 'on');
  const still = await durations();
  assert.deepEqual([...new Set(still)], ['0s']);
  await s.invoke('set_reduced_motion', { motion: 'system' });
});

test('the player and its text version have no accessibility violations; screenshots', async () => {
  const problems = [];
  for (const [width, height, size] of [
    [1024, 768, 'desktop'],
    [360, 640, 'phone'],
  ]) {
    await s.cmd('POST', '/window/rect', { width, height });
    await openAt(10);
    assert.match(await s.text('[data-testid="story-beat"]'), /Namens de gemeente/);
    // Once the cap is on: the picture the animation ends in.
    await s.execute('return new Promise((r) => setTimeout(r, 1200))');
    await s.execute(`document.querySelector('[data-testid="story"]').scrollIntoView();`);
    await s.screenshot(`role-switch-${size}`);
    problems.push(...(await axe(`role switch (${size})`)));
    await s.click('[data-testid="story-forward"]');
    await s.click('[data-testid="story-forward"]');
    assert.match(await s.text('[data-testid="story-beat"]'), /Daan vraagt Amira om/);
    await s.execute('return new Promise((r) => setTimeout(r, 1600))');
    await s.execute(`document.querySelector('[data-testid="story"]').scrollIntoView();`);
    await s.screenshot(`data-moving-${size}`);
    problems.push(...(await axe(`data moving (${size})`)));
    const overflow = await s.execute('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
    assert.ok(overflow <= 0, `${size}: scrolls sideways by ${overflow}px`);
    await s.click('[data-testid="story-transcript-toggle"]');
    await s.find('[data-testid="story-transcript"]');
    await s.execute(`document.querySelector('[data-testid="story-transcript"]').scrollIntoView();`);
    problems.push(...(await axe(`text version (${size})`)));
    await s.screenshot(`transcript-${size}`);
  }
  await s.cmd('POST', '/window/rect', { width: 1024, height: 768 });
  assert.deepEqual(problems, []);
});
