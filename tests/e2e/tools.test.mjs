// The tools in the real app. The request letter builder: one letter of each kind (access,
// correction, deletion), a parent writing for a child, the Jeugdwet route for a young person,
// and copy; the route when no answer comes. "Welke pet heb ik op?": answers in, a role and
// what follows out. A preparation saved and reopened; a dilemma weighed; the management
// self-assessment completed, saved and exported as a text file.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch } from './app.mjs';

let app;
let s;
const exportDir = mkdtempSync(join(tmpdir(), 'privacyapp-tools-export-'));

before(async () => {
  app = await launch(
    'tools',
    [
      ['set_locale', { locale: 'nl' }],
      ['set_track', { track: 'inwoners' }],
    ],
    { PRIVACYAPP_EXPORT_DIR: exportDir },
  );
  s = app.session;
  await s.execute('location.hash = "#/home"; location.reload();');
  await s.find('[data-testid="page-list"]');
});

after(async () => {
  await app?.close();
  rmSync(exportDir, { recursive: true, force: true });
});

async function type(testid, text) {
  const id = await s.find(`[data-testid="${testid}"]`);
  await s.cmd('POST', `/element/${id}/clear`, {});
  await s.cmd('POST', `/element/${id}/value`, { text });
}

const letter = () => s.text('[data-testid="letter-text"]');

test('one letter of each kind, in the words the user typed, on the right legal basis', async () => {
  await s.execute('location.hash = "#/page/inwoners-brief-inzage-gemeente";');
  await s.find('[data-testid="letter-text"]');
  await type('letter-field-organisation', 'Gemeente Voorbeeldstad');
  await type('letter-field-name', 'Fatima El Amrani');
  for (const [request, subject, details] of [
    ['inzage', 'artikel 15 AVG', null],
    ['correction', 'artikel 16 AVG', 'Mijn adres is Dorpsstraat 1, niet Dorpsstraat 7.'],
    ['deletion', 'artikel 17 AVG', 'Het verslag van het gesprek in 2023, want de hulp is klaar.'],
  ]) {
    await s.click(`[data-testid="letter-request-${request}"]`);
    if (details) await type('letter-field-details', details);
    await s.waitForText('[data-testid="letter-text"]', subject);
    const text = await letter();
    assert.match(text, /Aan: Gemeente Voorbeeldstad/);
    assert.match(text, /Volgens de AVG antwoordt u binnen een maand\./);
    assert.match(text, /Met vriendelijke groet,\s+Fatima El Amrani/);
    if (details) assert.ok(text.includes(details), `${request}: the details are in the letter`);
    await s.execute(`document.querySelector('[data-testid="letter-text"]').scrollIntoView();`);
    await s.screenshot(`letter-${request}`);
  }
  assert.match(await s.text('[data-testid="letter-advice"]'), /BSN\) en je pasfoto onleesbaar/);
  assert.match(await s.text('[data-testid="letter-advice"]'), /Autoriteit Persoonsgegevens/);
});

test('a parent writes for a child; a young person asks for their own dossier under the Jeugdwet', async () => {
  await s.execute('location.hash = "#/page/jongeren-brief-dossier-inzien";');
  await s.find('[data-testid="letter-text"]');
  await s.click('[data-testid="letter-request-inzage"]');
  await s.click('[data-testid="letter-organisation-jeugdhulp"]');
  await s.click('[data-testid="letter-age-from_12_to_15"]');
  await s.waitForText('[data-testid="letter-text"]', 'Jeugdwet');
  assert.match(await letter(), /Volgens de Jeugdwet mag ik dat zelf vragen\./);
  await s.click('[data-testid="letter-age-under_12"]');
  await s.find('[data-testid="letter-field-child"]');
  await type('letter-field-child', 'Noa');
  await s.waitForText('[data-testid="letter-text"]', 'ouder of voogd van Noa');
  await s.screenshot('letter-parent');
});

test('copy says whether it worked, and the letter leaves nothing in the store', async () => {
  await s.execute('location.hash = "#/page/jongeren-brief-dossier-inzien";');
  await s.find('[data-testid="letter-copy"]');
  await s.click('[data-testid="letter-copy"]');
  const status = await s.text('[data-testid="letter-status"]');
  assert.ok(/gekopieerd|Kopiëren lukte niet/.test(status), `copy reports its result: ${status}`);
  const { ok } = await s.invoke('store_inventory');
  for (const kind of ['notes', 'preparations']) {
    assert.equal(ok.find((x) => x.kind === kind)?.count ?? 0, 0, `${kind} stay empty`);
  }
});

test('"welke pet heb ik op?" names the role and what follows, from the core', async () => {
  await s.execute('location.hash = "#/page/professionals-welke-pet";');
  await s.find('[data-testid="pet-check"]');
  for (const id of ['pet-task-help', 'pet-flow-gemeente', 'pet-signals-yes']) await s.click(`[data-testid="${id}"]`);
  await s.waitForText('[data-testid="pet-role"]', 'twee petten');
  const follows = await s.execute('return [...document.querySelectorAll("[data-follow]")].map((e) => e.dataset.follow)');
  assert.deepEqual(follows, ['mark_switch', 'two_dossiers', 'secrecy', 'only_necessary', 'meldcode']);
  await s.execute(`document.querySelector('[data-testid="pet-result"]').scrollIntoView();`);
  await s.screenshot('pet-check');
});

test('a preparation: the BSN warning, saved, and reopened after the app restarts', async () => {
  await s.execute('location.hash = "#/page/professionals-gesprek-voorbereiden";');
  await s.find('[data-testid="prep-none"]');
  await type('prep-title', 'Keukentafelgesprek Wmo');
  for (const id of ['prep-role-both', 'prep-task-wmo', 'prep-ground-law', 'prep-signals-no']) await s.click(`[data-testid="${id}"]`);
  await type('prep-switch-moment', 'Als de aanvraag ter sprake komt.');
  await type('prep-purpose', 'Kijken of huishoudelijke hulp nodig is.');
  await type('prep-necessary', 'Wat in huis lukt en wat niet.');
  // A BSN that passes the elfproef, typed by mistake: the core's guard must stop the save.
  await type('prep-tell-resident', 'Ik noem het BSN 111222333 niet.');
  await s.click('[data-testid="prep-save"]');
  await s.waitForText('[data-testid="prep-guard"]', '111222333');
  assert.match(await s.text('[data-testid="prep-guard"]'), /burgerservicenummer/i);
  await s.screenshot('prep-warning');
  let { ok } = await s.invoke('list_preparations');
  assert.deepEqual(ok, [], 'nothing saved before the user decides');
  await s.click('[data-testid="prep-guard-change"]');
  await type('prep-tell-resident', 'Ik leg uit welke pet ik wanneer op heb.');
  await s.click('[data-testid="prep-save"]');
  await s.waitForText('[data-testid="prep-status"]', 'Opgeslagen');
  await s.click('[data-testid="prep-make"]');
  await s.waitForText('[data-testid="prep-page"]', 'twee petten');

  s = await app.restart();
  await s.execute('location.hash = "#/page/professionals-gesprek-voorbereiden";');
  await s.click('[data-testid="prep-open"]');
  await s.waitForText('[data-testid="prep-page"]', 'Kijken of huishoudelijke hulp nodig is.');
  assert.equal(await s.execute('return document.querySelector("#prep-title").value'), 'Keukentafelgesprek Wmo');
  assert.equal(await s.execute('return document.querySelector("[data-testid=prep-role-both]").checked'), true);
  assert.match(await s.text('[data-testid="prep-page"]'), /Ik zet nu even een andere pet op/);
  await s.execute(`document.querySelector('[data-testid="prep-page"]').scrollIntoView();`);
  await s.screenshot('prep-page');
  ({ ok } = await s.invoke('list_preparations'));
  assert.equal(ok.length, 1);
});

/** The data-* values of every element matching `selector`, in order. */
const data = (selector, key) => s.execute(`return [...document.querySelectorAll('${selector}')].map((e) => e.dataset.${key})`);

test('no answer after a month: the term worked out from the typed day, and the route to the AP', async () => {
  await s.execute('location.hash = "#/page/inwoners-brief-inzage-gemeente";');
  await s.find('[data-testid="complaint"]');
  // Forty days ago, in the machine's calendar: past the one-month term whatever today is.
  const sent = new Date(Date.now() - 40 * 86_400_000);
  await type('complaint-day', String(sent.getDate()));
  await type('complaint-month', String(sent.getMonth() + 1));
  await type('complaint-year', String(sent.getFullYear()));
  await s.click('[data-testid="complaint-reply-nothing"]');
  await s.find('[data-testid="complaint-steps"]');
  const daysLeft = Number(await s.execute('return document.querySelector("[data-testid=complaint-deadline]").dataset.daysLeft'));
  assert.ok(daysLeft < 0 && daysLeft >= -13, `the month has passed: ${daysLeft}`);
  assert.deepEqual(await data('[data-step]', 'step'), ['remind', 'own_complaint', 'fg', 'ap', 'keep_records']);
  assert.match(await s.text('[data-testid="complaint-steps"]'), /Autoriteit Persoonsgegevens/);
  await s.execute(`document.querySelector('[data-testid="complaint"]').scrollIntoView();`);
  await s.screenshot('complaint-route');
  // An announced extension: two more months, so the term still runs.
  await s.click('[data-testid="complaint-reply-extension"]');
  await s.waitFor(async () => (await data('[data-step]', 'step'))[0] === 'extension_rules');
  assert.deepEqual(await data('[data-step]', 'step'), ['extension_rules', 'wait', 'keep_records']);
  // A day that does not exist gets the core's own message, in Dutch.
  await type('complaint-day', '31');
  await type('complaint-month', '2');
  await s.find('[data-testid="complaint-result"] [data-error-code="invalid_date"]');
});

test("a dilemma: the user's choice, what the circumstances point to, and how they tip when changed", async () => {
  await s.execute('location.hash = "#/page/professionals-dilemmas-afwegen";');
  await s.find('[data-testid="dilemma-trainer"]');
  assert.deepEqual(await data('[data-testid^="dilemma-"][aria-labelledby]', 'testid'), ['dilemma-income-data', 'dilemma-bank-statements', 'dilemma-trainer']);
  await s.click('[data-testid="dilemma-trainer-action-everything"]');
  await s.find('[data-testid="dilemma-trainer-verdict"] [data-verdict="too_much"]');
  assert.equal(await s.execute('return document.querySelector("[data-testid=dilemma-trainer-verdict] [data-points-to]").dataset.pointsTo'), 'ask_first');
  await s.find('[data-testid="dilemma-trainer-tell-client"]');
  assert.deepEqual(await data('[data-testid^="dilemma-trainer-tip-"]', 'tip'), ['against', 'against', 'toward', 'against']);
  // A clear purpose the contract covers: only what is needed.
  await s.click('[data-testid="dilemma-trainer-motive-clear"]');
  await s.find('[data-testid="dilemma-trainer-verdict"] [data-points-to="only_needed"]');
  const pages = await s.execute('return [...document.querySelectorAll("[data-testid=dilemma-trainer-pages] a")].map((a) => a.getAttribute("href"))');
  assert.deepEqual(pages, ['#/page/professionals-werk-en-inkomen', '#/page/professionals-bellen-met-de-opleider']);
  await s.execute(`document.querySelector('[data-testid="dilemma-trainer"]').scrollIntoView();`);
  await s.screenshot('dilemma');
});

test('the management self-assessment: completed, saved, reopened after a restart and exported as text', async () => {
  await s.execute('location.hash = "#/page/professionals-zelfevaluatie-management";');
  await s.find('[data-testid="assess-none"]');
  await type('assess-title', 'Wijkteam Noord, november');
  const answers = { tasks: 'yes', moments: 'partly', residents: 'no', transparency: 'unknown', steering: 'partly', access: 'yes', testing: 'no' };
  for (const [topic, answer] of Object.entries(answers)) await s.click(`[data-testid="assess-${topic}-${answer}"]`);
  await s.waitFor(async () => (await data('[data-advice]', 'topic')).length === 7);
  assert.deepEqual(await data('[data-advice]', 'topic'), ['residents', 'testing', 'transparency', 'moments', 'steering', 'tasks', 'access']);
  assert.equal(await s.execute('return document.querySelector("[data-testid=assess-progress]").dataset.open'), '0');
  await s.click('[data-testid="assess-save"]');
  await s.waitForText('[data-testid="assess-status"]', 'Opgeslagen');

  s = await app.restart();
  await s.execute('location.hash = "#/page/professionals-zelfevaluatie-management";');
  await s.click('[data-testid="assess-open"]');
  await s.waitFor(async () => (await data('[data-advice]', 'topic')).length === 7);
  assert.equal(await s.execute('return document.querySelector("#assess-title").value'), 'Wijkteam Noord, november');
  await s.click('[data-testid="assess-export"]');
  await s.waitForText('[data-testid="assess-status"]', exportDir);
  const files = readdirSync(exportDir).filter((f) => f.startsWith('privacyapp-zelfevaluatie-') && f.endsWith('.txt'));
  assert.equal(files.length, 1, `one text file: ${readdirSync(exportDir)}`);
  const text = readFileSync(join(exportDir, files[0]), 'utf8');
  assert.match(text.split('\n')[0], /Wijkteam Noord, november/);
  for (const n of [1, 2, 3, 4, 5, 6, 7]) assert.match(text, new RegExp(`^${n}\\. `, 'm'), `item ${n} in the export`);
  assert.ok(text.indexOf('\n1. ') < text.indexOf('\n7. '));
  await s.execute(`document.querySelector('[data-testid="assess-result"]').scrollIntoView();`);
  await s.screenshot('self-assessment');
});
