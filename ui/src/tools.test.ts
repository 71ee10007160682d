import { beforeEach, describe, expect, it } from 'vitest';
import { withPlayers } from './testing/fake-api';
import { onboardedApi, startApp, type Harness } from './testing/harness';

beforeEach(() => {
  window.location.hash = '';
});

async function open(locale: 'nl' | 'en' = 'en') {
  const api = withPlayers(onboardedApi(locale));
  const h = await startApp(api);
  await h.go({ name: 'page', id: 'jongeren-brief' });
  return { api, h };
}

const letter = (h: Harness) => h.text('letter-text');
const advice = (h: Harness) => [...h.root.querySelectorAll('[data-advice]')].map((e) => e.getAttribute('data-advice'));

async function pick(h: Harness, testid: string) {
  await h.click(testid);
}

describe('request letter', () => {
  it('writes an access request under article 15, with placeholders until the user fills them in', async () => {
    const { h } = await open();
    expect(letter(h)).toContain('Subject: request for access (Article 15 GDPR)');
    expect(letter(h)).toContain('To: [name of the organisation]');
    expect([...h.root.querySelectorAll('[data-testid="letter-missing"] li')].map((l) => l.textContent)).toEqual(['Name of the organisation', 'Your name']);
    await h.type('letter-field-organisation', 'Gemeente Voorbeeldstad');
    await h.type('letter-field-name', 'Sam de Vries');
    expect(letter(h)).toContain('To: Gemeente Voorbeeldstad');
    expect(letter(h).trim().endsWith('Yours faithfully,\nSam de Vries')).toBe(true);
    expect(letter(h)).toContain('Under the GDPR you answer within one month.');
    expect(h.root.querySelector('[data-testid="letter-missing"]')).toBeNull();
    expect(advice(h)).toEqual(['term', 'free', 'id_copy', 'keep_copy', 'no_answer']);
    expect(h.text('letter-advice')).toContain('make your citizen service number (BSN) and your photo unreadable');
  });

  it('has a parent write for a child under 16, and says what to correct', async () => {
    const { h } = await open('nl');
    await pick(h, 'letter-request-correction');
    await pick(h, 'letter-age-under_12');
    expect(h.root.querySelector('label[for="letter-field-child"]')?.textContent).toBe('Naam van je kind');
    await h.type('letter-field-child', 'Noa');
    await h.type('letter-field-details', 'Mijn geboortedatum is 21 maart, niet 12 maart.');
    const text = letter(h);
    expect(text).toContain('Onderwerp: verzoek om verbetering van gegevens (artikel 16 AVG)');
    expect(text).toContain('Ik ben de ouder of voogd van Noa. Noa is jonger dan 16.');
    expect(text).toContain('Dit klopt niet, en zo moet het zijn: Mijn geboortedatum is 21 maart, niet 12 maart.');
    expect(advice(h)).toContain('parent_under_16');
  });

  it('lets a young person from 12 ask for their own jeugdhulp dossier under the Jeugdwet', async () => {
    const { h } = await open('nl');
    await pick(h, 'letter-organisation-jeugdhulp');
    await pick(h, 'letter-age-from_12_to_15');
    const text = letter(h);
    expect(text).toContain('Onderwerp: verzoek om mijn dossier in te zien (Jeugdwet)');
    expect(text).toContain('Volgens de Jeugdwet mag ik dat zelf vragen.');
    expect(text).not.toContain('binnen een maand');
    expect(h.root.querySelector('#letter-field-child')).toBeNull();
    expect(advice(h)).toEqual(['parent_under_16', 'jeugdwet_from_12', 'id_copy', 'keep_copy', 'no_answer']);
  });

  it('keeps what was typed when the situation changes, and asks for the deletion reason', async () => {
    const { h } = await open();
    await h.type('letter-field-name', 'Sam');
    await pick(h, 'letter-request-deletion');
    expect((h.root.querySelector('#letter-field-name') as HTMLInputElement).value).toBe('Sam');
    expect(h.text('letter-missing')).toContain('Which data should go, and why?');
    expect(letter(h)).toContain('This is the data I want deleted, and this is why: [say here what it is about]');
    expect(advice(h)).toContain('deletion_limits');
  });

  it('copies the letter and says so; stores nothing', async () => {
    const { api, h } = await open();
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (s: string) => void (copied = s) }, configurable: true });
    await h.type('letter-field-name', 'Sam');
    await h.click('letter-copy');
    expect(copied).toBe(letter(h));
    expect(h.text('letter-status')).toBe('The letter is copied. Paste it into an e-mail or a document.');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => Promise.reject(new Error('no')) }, configurable: true });
    document.execCommand = () => false;
    await h.click('letter-copy');
    expect(h.text('letter-status')).toContain('Copying did not work.');
    expect(api.notes).toEqual([]);
    expect(await api.storeInventory()).toEqual(await withPlayers(onboardedApi('en')).storeInventory());
  });

  it('shows a localised error with a retry when the plan cannot be made', async () => {
    const api = withPlayers(onboardedApi('nl'));
    api.failWith = 'invalid_setting';
    api.failOnly = ['planLetter'];
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-brief' });
    expect(h.root.querySelector('[data-testid="letter"] [data-error-code="invalid_setting"]')).not.toBeNull();
    api.failWith = null;
    (h.root.querySelector('[data-testid="letter"] [data-testid="error"] button') as HTMLButtonElement).click();
    await h.settle();
    expect(letter(h)).toContain('artikel 15 AVG');
  });
});

describe('which hat am I wearing', () => {
  const answer = async (h: Harness, task: string, flow: string, signals: string) => {
    for (const id of [`pet-task-${task}`, `pet-flow-${flow}`, `pet-signals-${signals}`]) await h.click(id);
  };
  const follows = (h: Harness) => [...h.root.querySelectorAll('[data-follow]')].map((e) => e.getAttribute('data-follow'));

  it('asks for all three answers, then names the role and what follows', async () => {
    const api = withPlayers(onboardedApi('nl'));
    api.settings = { ...api.settings, track: 'professionals' };
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'professionals-pet' });
    expect(h.text('pet-result')).toBe('Beantwoord de drie vragen. Dan zie je hier welke pet je op hebt.');
    await answer(h, 'both', 'gemeente', 'unsure');
    expect(h.text('pet-role')).toBe('Je hebt in dit gesprek twee petten op.');
    expect(follows(h)).toEqual(['mark_switch', 'two_dossiers', 'secrecy', 'only_necessary', 'meldcode']);
    expect(h.text('pet-follows')).toContain('Ik zet nu even een andere pet op.');
    expect(h.text('pet-follows')).toContain('0800-2000');
    await h.click('pet-task-help');
    await h.click('pet-flow-stays');
    await h.click('pet-signals-no');
    expect(h.text('pet-role')).toBe('Je bent hulpverlener.');
    expect(follows(h)).toEqual(['secrecy', 'own_dossier', 'say_role']);
  });

  it('shows a localised error with a retry', async () => {
    const api = withPlayers(onboardedApi('en'));
    api.failWith = 'invalid_setting';
    api.failOnly = ['checkPet'];
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'professionals-pet' });
    await answer(h, 'decision', 'gemeente', 'no');
    expect(h.root.querySelector('[data-testid="pet-result"] [data-error-code="invalid_setting"]')).not.toBeNull();
    api.failWith = null;
    (h.root.querySelector('[data-testid="pet-result"] [data-testid="error"] button') as HTMLButtonElement).click();
    await h.settle();
    expect(h.text('pet-role')).toBe('You work on behalf of the gemeente (the college).');
  });
});

describe('preparing a conversation', () => {
  async function openPrep() {
    const api = withPlayers(onboardedApi('nl'));
    api.settings = { ...api.settings, track: 'professionals' };
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'professionals-prep' });
    return { api, h };
  }

  it('makes a one-page preparation from the answers, with what follows and what is missing', async () => {
    const { h } = await openPrep();
    expect(h.text('prep-none')).toBe('Je hebt nog geen voorbereidingen opgeslagen.');
    await h.click('prep-make');
    expect(h.text('prep-page')).toContain('Nog niet gekozen: in welke rol je het gesprek voert.');
    await h.click('prep-role-both');
    await h.click('prep-ground-law');
    await h.click('prep-signals-unsure');
    await h.type('prep-purpose', 'Kijken of huishoudelijke hulp nodig is.');
    await h.type('prep-necessary', 'Wat lukt in huis en wat niet.');
    await h.type('prep-question', 'Kan zij zelf boodschappen doen?');
    await h.click('prep-make');
    const page = h.text('prep-page');
    expect(page).toContain('Je hebt in dit gesprek twee petten op.');
    expect(page).toContain('Ik zet nu even een andere pet op.');
    expect(page).toContain('Kijken of huishoudelijke hulp nodig is.');
    expect(page).toContain('Vraag gericht naar wat je nodig hebt.');
    expect(page).toContain('5. Beslis: organiseer hulp, doe een melding bij Veilig Thuis, of allebei.');
    expect(page).not.toContain('Nog niet');
  });

  it('warns about client data before saving, then saves, reopens and changes it', async () => {
    const { api, h } = await openPrep();
    await h.type('prep-title', 'Keukentafelgesprek');
    await h.click('prep-role-helper');
    await h.type('prep-purpose', 'Terugbellen op 06-12345678');
    await h.click('prep-save');
    expect(api.preps).toEqual([]);
    expect(h.text('prep-warning')).toContain('Wat is het doel van het gesprek? — Een telefoonnummer: 06-12345678');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('prep-guard');
    await h.click('prep-guard-change');
    const purpose = h.root.querySelector<HTMLTextAreaElement>('#prep-purpose');
    expect(document.activeElement).toBe(purpose);
    await h.type('prep-purpose', 'Samen kijken wat nodig is');
    await h.click('prep-save');
    expect(api.preps.map((p) => [p.title, p.fields.purpose, p.fields.role])).toEqual([['Keukentafelgesprek', 'Samen kijken wat nodig is', 'helper']]);
    expect(h.text('prep-status')).toBe('Opgeslagen.');
    expect(h.text('prep-1')).toContain('Keukentafelgesprek');

    await h.click('prep-new');
    expect(h.root.querySelector<HTMLInputElement>('#prep-title')?.value).toBe('');
    await h.click('prep-open');
    expect(h.root.querySelector<HTMLInputElement>('#prep-title')?.value).toBe('Keukentafelgesprek');
    expect(h.root.querySelector<HTMLInputElement>('[data-testid="prep-role-helper"]')?.checked).toBe(true);
    expect(h.text('prep-page')).toContain('Je bent hulpverlener.');
    await h.type('prep-title', 'Keukentafelgesprek, deel 2');
    await h.click('prep-save');
    expect(api.preps.map((p) => p.title)).toEqual(['Keukentafelgesprek, deel 2']);

    await h.click('prep-delete');
    await h.click('prep-delete-dialog-confirm');
    expect(api.preps).toEqual([]);
    expect(h.text('prep-none')).toContain('nog geen');
  });

  it('saves once, however often save is pressed while it is saving', async () => {
    const { api, h } = await openPrep();
    await h.type('prep-title', 'Eén keer');
    const save = h.root.querySelector<HTMLButtonElement>('[data-testid="prep-save"]');
    save?.click();
    save?.click();
    await h.settle();
    expect(api.preps.map((p) => p.title)).toEqual(['Eén keer']);
  });

  it('keeps everything typed and says why when saving fails', async () => {
    const { api, h } = await openPrep();
    await h.type('prep-title', 'Gesprek');
    api.failWith = 'disk_full';
    api.failOnly = ['savePreparation'];
    await h.click('prep-save');
    expect(h.root.querySelector('[data-testid="prep"] [data-error-code="disk_full"]')).not.toBeNull();
    expect(h.root.querySelector<HTMLInputElement>('#prep-title')?.value).toBe('Gesprek');
  });
});

describe('no answer to a request', () => {
  it('asks for the day and the reply, sends the core the typed day and today, and draws its route', async () => {
    const { api, h } = await open('nl');
    expect(h.text('complaint-result')).not.toBe('');
    expect(h.root.querySelector('[data-step]')).toBeNull();
    await h.type('complaint-day', '1');
    await h.type('complaint-month', '11');
    await h.type('complaint-year', '2026');
    expect(api.toolCalls).toEqual([]);
    api.complaintRoute = { deadline: '2026-12-01', days_left: 8, steps: ['wait', 'keep_records'] };
    await h.click('complaint-reply-nothing');
    const [call] = api.toolCalls;
    expect(call?.slice(0, 2)).toEqual(['routeComplaint', '2026-11-01']);
    expect(call?.[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(call?.[3]).toBe('nothing');
    expect(h.text('complaint-deadline')).toContain('1 december 2026');
    expect(h.text('complaint-deadline')).toContain('8 dagen');
    expect([...h.root.querySelectorAll('[data-step]')].map((e) => e.getAttribute('data-step'))).toEqual(['wait', 'keep_records']);
  });

  it('says when the term has passed, and the whole route to the AP', async () => {
    const { api, h } = await open('en');
    api.complaintRoute = { deadline: '2026-10-01', days_left: -1, steps: ['remind', 'own_complaint', 'fg', 'ap', 'keep_records'] };
    await h.type('complaint-day', '01');
    await h.type('complaint-month', '09');
    await h.type('complaint-year', '2026');
    await h.click('complaint-reply-nothing');
    expect(h.text('complaint-deadline')).toMatch(/October 1, 2026|1 October 2026/);
    expect(h.text('complaint-deadline')).toContain('1 day ago');
    expect(h.text('complaint-steps')).toContain('Autoriteit Persoonsgegevens');
  });

  it('shows the core\'s refusal of an impossible day in the user\'s language', async () => {
    const { api, h } = await open('nl');
    api.failWith = 'invalid_date';
    api.failOnly = ['routeComplaint'];
    await h.type('complaint-day', '31');
    await h.type('complaint-month', '02');
    await h.type('complaint-year', '2026');
    await h.click('complaint-reply-refused');
    expect(h.root.querySelector('[data-testid="complaint-result"] [data-error-code="invalid_date"]')).not.toBeNull();
  });
});

describe('dilemmas', () => {
  async function openDilemmas() {
    const api = withPlayers(onboardedApi('nl'));
    api.settings = { ...api.settings, track: 'professionals' };
    api.dilemmas = [{ vignette: 'trainer', story: { detail: 'broad', motive: 'vague', agreement: 'covers', informed: 'no' }, pages: ['professionals-pet'] }];
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'professionals-dilemmas' });
    return { api, h };
  }

  it('asks what the user would do, then shows the core\'s balance and the factors as told', async () => {
    const { api, h } = await openDilemmas();
    expect(h.root.querySelector('[data-testid="dilemma-trainer-result"]')?.hasAttribute('hidden')).toBe(true);
    expect(h.text('dilemma-trainer-verdict')).not.toBe('');
    expect(h.root.querySelector('[data-verdict]')).toBeNull();
    api.dilemmaBalance = {
      points_to: 'ask_first',
      factors: [
        ['detail', 'against'],
        ['motive', 'against'],
        ['agreement', 'toward'],
        ['informed', 'against'],
      ],
      tell_client_first: true,
      verdict: 'too_much',
    };
    await h.click('dilemma-trainer-action-everything');
    expect(api.toolCalls.at(-1)).toEqual(['weighDilemma', { detail: 'broad', motive: 'vague', agreement: 'covers', informed: 'no' }, 'everything']);
    expect(h.root.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('too_much');
    expect(h.root.querySelector('[data-points-to]')?.getAttribute('data-points-to')).toBe('ask_first');
    expect(h.root.querySelector('[data-testid="dilemma-trainer-tell-client"]')).not.toBeNull();
    expect(h.root.querySelector('[data-testid="dilemma-trainer-tip-agreement"]')?.getAttribute('data-tip')).toBe('toward');
    expect(h.root.querySelector('[data-testid="dilemma-trainer-result"]')?.hasAttribute('hidden')).toBe(false);
    // Only the pages the vignette names, of the page's related ones.
    expect([...h.root.querySelectorAll('[data-testid="dilemma-trainer-pages"] a')].map((a) => a.getAttribute('href'))).toEqual(['#/page/professionals-pet']);
  });

  it('weighs again when a circumstance changes, and goes back to the story on reset', async () => {
    const { api, h } = await openDilemmas();
    await h.click('dilemma-trainer-action-only_needed');
    await h.click('dilemma-trainer-motive-clear');
    expect(api.toolCalls.at(-1)).toEqual(['weighDilemma', { detail: 'broad', motive: 'clear', agreement: 'covers', informed: 'no' }, 'only_needed']);
    await h.click('dilemma-trainer-reset');
    expect(api.toolCalls.at(-1)?.[1]).toEqual({ detail: 'broad', motive: 'vague', agreement: 'covers', informed: 'no' });
    expect((h.root.querySelector('#dilemma-trainer-motive-vague') as HTMLInputElement).checked).toBe(true);
  });

  it('shows a localised error with a retry when the vignettes cannot be loaded', async () => {
    const api = withPlayers(onboardedApi('en'));
    api.failWith = 'storage';
    api.failOnly = ['listDilemmas'];
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'professionals-dilemmas' });
    expect(h.root.querySelector('[data-testid="dilemma"] [data-error-code="storage"]')).not.toBeNull();
    api.failWith = null;
    (h.root.querySelector('[data-testid="dilemma"] [data-testid="error"] button') as HTMLButtonElement).click();
    await h.settle();
    expect(h.root.querySelector('[data-testid="dilemma-income-data"]')).not.toBeNull();
  });

  it('says so when there are no vignettes', async () => {
    const api = withPlayers(onboardedApi('en'));
    api.dilemmas = [];
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'professionals-dilemmas' });
    expect(h.text('dilemma-none')).not.toBe('');
  });
});

describe('self-assessment for management', () => {
  async function openAssess(locale: 'nl' | 'en' = 'nl') {
    const api = withPlayers(onboardedApi(locale));
    api.assessment = { items: [], open: ['tasks', 'moments', 'residents', 'transparency', 'steering', 'access', 'testing'], tally: { yes: 0, partly: 0, no: 0, unknown: 0 } };
    api.settings = { ...api.settings, track: 'professionals' };
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'professionals-zelf' });
    return { api, h };
  }

  it('sends every answer to the core and shows its advice, most urgent first', async () => {
    const { api, h } = await openAssess();
    expect(h.root.querySelector('[data-testid="assess-none"]')).not.toBeNull();
    expect(h.root.querySelector('[data-testid="assess-none-answered"]')).not.toBeNull();
    api.assessment = {
      items: [
        { topic: 'access', answer: 'no', advice: 'start' },
        { topic: 'tasks', answer: 'yes', advice: 'keep' },
      ],
      open: ['moments', 'residents', 'transparency', 'steering', 'testing'],
      tally: { yes: 1, partly: 0, no: 1, unknown: 0 },
    };
    await h.click('assess-tasks-yes');
    await h.click('assess-access-no');
    expect(api.toolCalls.at(-1)).toEqual(['assessOrganisation', { answers: { tasks: 'yes', access: 'no' } }]);
    expect([...h.root.querySelectorAll('[data-advice]')].map((e) => [e.getAttribute('data-topic'), e.getAttribute('data-advice')])).toEqual([
      ['access', 'start'],
      ['tasks', 'keep'],
    ]);
    expect(h.root.querySelector('[data-testid="assess-progress"]')?.getAttribute('data-open')).toBe('5');
    expect(h.text('assess-tally')).toContain('1');
  });

  it('saves, reopens, exports as text and deletes', async () => {
    const { api, h } = await openAssess('en');
    api.assessment = { items: [{ topic: 'testing', answer: 'unknown', advice: 'find_out' }], open: [], tally: { yes: 0, partly: 0, no: 0, unknown: 1 } };
    await h.type('assess-title', 'Team North, November');
    await h.click('assess-testing-unknown');
    await h.click('assess-save');
    expect(api.assessments.map((a) => [a.title, a.fields])).toEqual([['Team North, November', { answers: { testing: 'unknown' } }]]);
    expect(h.text('assess-status')).not.toBe('');
    await h.click('assess-export');
    const [exported] = api.exported;
    expect(exported?.kind).toBe('self_assessment');
    expect(exported?.text.split('\n')[0]).toContain('Team North, November');
    expect(exported?.text).toContain('1. ');
    expect(h.text('assess-status')).toContain('/home/user/Downloads/privacyapp-self_assessment.txt');
    await h.click('assess-new');
    expect((h.root.querySelector('#assess-testing-unknown') as HTMLInputElement).checked).toBe(false);
    await h.click('assess-open');
    expect((h.root.querySelector('#assess-testing-unknown') as HTMLInputElement).checked).toBe(true);
    expect((h.root.querySelector('#assess-title') as HTMLInputElement).value).toBe('Team North, November');
    await h.click('assess-delete');
    await h.click('assess-delete-dialog-confirm');
    expect(api.assessments).toEqual([]);
    expect(h.root.querySelector('[data-testid="assess-none"]')).not.toBeNull();
  });

  it('keeps the answers and says why when saving fails', async () => {
    const { api, h } = await openAssess();
    api.failWith = 'disk_full';
    api.failOnly = ['saveAssessment'];
    await h.click('assess-residents-partly');
    await h.click('assess-save');
    expect(h.root.querySelector('[data-testid="assess"] [data-error-code="disk_full"]')).not.toBeNull();
    expect((h.root.querySelector('#assess-residents-partly') as HTMLInputElement).checked).toBe(true);
  });
});
