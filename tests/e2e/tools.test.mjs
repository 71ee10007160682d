// The tools in the real app. The request letter builder: one letter of each kind (access,
// correction, deletion), a parent writing for a child, the Jeugdwet route for a young person,
// and copy. "Welke pet heb ik op?": answers in, a role and what follows out.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './app.mjs';

let app;
let s;

before(async () => {
  app = await launch('tools', [
    ['set_locale', { locale: 'nl' }],
    ['set_track', { track: 'inwoners' }],
  ]);
  s = app.session;
  await s.execute('location.hash = "#/home"; location.reload();');
  await s.find('[data-testid="page-list"]');
});

after(() => app?.close());

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
