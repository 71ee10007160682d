/** An in-memory stand-in for the Rust side, for UI tests. Reads the real message files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ApiError,
  type Api,
  type Bootstrap,
  type Checklist,
  type Finding,
  type NoteView,
  type Note,
  type ChecklistAnswer,
  type FtlFile,
  type Hit,
  type Holding,
  type Locale,
  type Page,
  type Quiz,
  type QuizAnswer,
  type QuizProgress,
  type Settings,
  type Term,
  type PageSummary,
  type PrepFields,
  type PrepPoint,
  type PrepText,
  type SavedPrep,
  type SavedResult,
  type AssessFields,
  type Assessment,
  type ComplaintReply,
  type ComplaintRoute,
  type DilemmaAction,
  type DilemmaBalance,
  type DilemmaCircumstances,
  type DilemmaTold,
  type PetFlow,
  type PetFollow,
  type PetOutcome,
  type PetSignals,
  type PetTask,
  type LetterAdvice,
  type LetterAge,
  type LetterOrganisation,
  type LetterPlan,
  type LetterRequest,
  type Play,
  type Scenario,
  type Step,
  type Exit,
  type Status,
  type Tally,
  type Track,
  type TrackOverview,
} from '../api';

const LOCALES_DIR = join(import.meta.dirname, '../../../locales');

export function realMessages(locale: Locale): FtlFile[] {
  return readdirSync(join(LOCALES_DIR, locale))
    .filter((name) => name.endsWith('.ftl'))
    .sort()
    .map((name) => ({ locale, name, source: readFileSync(join(LOCALES_DIR, locale, name), 'utf8') }));
}

export function samplePage(id: string, track: Track, locale: Locale): Page {
  return {
    id,
    kind: 'article',
    track,
    locale,
    related: [],
    title: `Title of ${id} (${locale})`,
    summary: `Summary of ${id}`,
    tags: ['legal'],
    sources: [{ title: 'AVG, artikel 15', url: 'https://eur-lex.europa.eu/' }],
    html: `<p>Body of ${id} with <a href="https://example.org">a link</a>.</p>`,
    body: { type: 'prose' },
    tool: null,
  };
}

export const SAMPLE_QUIZ: Quiz = {
  questions: [
    {
      id: 'leeftijd',
      prompt: 'From what age?',
      context: null,
      multiple: false,
      options: [
        { label: '16', correct: false, explanation: '<p>No, earlier.</p>' },
        { label: '12', correct: true, explanation: '<p>Yes, from 12. See the <a href="#/term/avg">AVG</a>.</p>' },
      ],
    },
    {
      id: 'rechten',
      prompt: 'What may you ask?',
      context: '<p>Think of the GDPR.</p>',
      multiple: true,
      options: [
        { label: 'Access', correct: true, explanation: '<p>Yes.</p>' },
        { label: 'Correction', correct: true, explanation: '<p>Yes.</p>' },
        { label: 'Money', correct: false, explanation: '<p>No.</p>' },
      ],
    },
  ],
};

export const SAMPLE_CHECKLIST: Checklist = {
  items: [
    {
      id: 'doel',
      prompt: 'Do you know what it is for?',
      context: null,
      answers: [
        { label: 'Yes', advice: null },
        { label: 'No', advice: '<p>Find out first.</p>' },
      ],
    },
    { id: 'wie', prompt: 'Who needs it?', context: null, answers: [{ label: 'I know', advice: null }] },
  ],
};

/** Sam asks Noor, the wijkteam worker, who changes pet and asks for a document; then a choice
 * between two endings. */
export const SAMPLE_SCENARIO: Scenario = {
  start: 'begin',
  cast: [
    { id: 'sam', name: 'Sam', role: 'jongere', look: { age: 'teen', skin: 4, hair: 'curly', colour: 'orange' } },
    { id: 'noor', name: 'Noor', role: 'wijkteam', look: { age: 'adult', skin: 2, hair: 'bun', colour: 'teal' } },
  ],
  scenes: [
    {
      id: 'begin',
      title: 'At the wijkteam',
      setting: 'A small room with two chairs.',
      beats: [
        { id: 'b1', type: 'narration', text: 'Sam comes in.' },
        { id: 'b2', type: 'line', speaker: 'sam', text: 'Can you help me?' },
        { id: 'b3', type: 'pet', who: 'noor', pet: 'gemeente', text: 'Now I ask for the gemeente.' },
        { id: 'b4', type: 'data', from: 'noor', to: 'sam', mode: 'ask', what: 'your bank statements' },
        { id: 'b5', type: 'thought', who: 'sam', text: 'Why does she need that?' },
      ],
      exit: {
        type: 'choice',
        id: 'c1',
        prompt: 'What does Sam do?',
        options: [
          { label: 'Ask why', target: 'vragen', feedback: '<p>Good: Sam may ask what it is for.</p>' },
          { label: 'Hand it all over', target: 'geven', feedback: '<p>Sam gives more than needed.</p>' },
        ],
      },
    },
    {
      id: 'vragen',
      title: 'Sam asks',
      setting: null,
      beats: [
        { id: 'v0', type: 'pet', who: 'noor', pet: 'helper', text: null },
        { id: 'v1', type: 'data', from: 'sam', to: 'noor', mode: 'give', what: 'one statement' },
      ],
      exit: { type: 'ending', learned: ['You may ask <strong>why</strong>.'], sources: [{ title: 'AVG, artikel 5', url: 'https://eur-lex.europa.eu/' }], reflect: [] },
    },
    {
      id: 'geven',
      title: 'Sam gives everything',
      setting: null,
      beats: [{ id: 'g1', type: 'narration', text: 'Noor gets far more than she needs.' }],
      exit: { type: 'ending', learned: ['Only what is needed.'], sources: [{ title: 'AVG, artikel 5', url: 'https://eur-lex.europa.eu/' }], reflect: ['What would you ask?'] },
    },
  ],
};

/** Adds a quiz (`jongeren-quiz`), a checklist (`jongeren-lijst`), a story (`jongeren-verhaal`)
 * and a page for each tool (`jongeren-brief`, `professionals-pet`, `-prep`, `-dilemmas`,
 * `-zelf`) in every locale. */
export function withPlayers(api: FakeApi): FakeApi {
  for (const locale of ['nl', 'en'] as const) {
    api.pages.push({ ...samplePage('jongeren-brief', 'jongeren', locale), kind: 'tool', tool: 'letter' });
    api.pages.push({ ...samplePage('professionals-pet', 'professionals', locale), kind: 'tool', tool: 'pet_check' });
    api.pages.push({ ...samplePage('professionals-prep', 'professionals', locale), kind: 'tool', tool: 'preparation' });
    api.pages.push({
      ...samplePage('professionals-dilemmas', 'professionals', locale),
      kind: 'tool',
      tool: 'dilemma',
      related: ['professionals-prep', 'professionals-pet'],
    });
    api.pages.push({ ...samplePage('professionals-zelf', 'professionals', locale), kind: 'tool', tool: 'self_assessment' });
  }
  api.dilemmas = [{ vignette: 'income_data', story: { detail: 'narrow', motive: 'clear', agreement: 'silent', informed: 'no' }, pages: ['professionals-pet'] }];
  api.assessment = {
    items: [{ topic: 'tasks', answer: 'no', advice: 'start' }],
    open: ['moments', 'residents', 'transparency', 'steering', 'access', 'testing'],
    tally: { yes: 0, partly: 0, no: 1, unknown: 0 },
  };
  for (const locale of ['nl', 'en'] as const) {
    api.pages.push({
      ...samplePage('jongeren-verhaal', 'jongeren', locale),
      related: ['jongeren-quiz'],
      kind: 'scenario',
      body: { type: 'scenario', scenario: SAMPLE_SCENARIO },
    });
    api.pages.push({ ...samplePage('jongeren-quiz', 'jongeren', locale), kind: 'quiz', body: { type: 'quiz', quiz: SAMPLE_QUIZ } });
    api.pages.push({
      ...samplePage('jongeren-lijst', 'jongeren', locale),
      kind: 'checklist',
      body: { type: 'checklist', checklist: SAMPLE_CHECKLIST },
    });
  }
  return api;
}

/** The kinds the core lists, in its order; `other` only appears when something is in it. */
export const KINDS = [
  'settings',
  'bookmarks',
  'pages_read',
  'scenario_positions',
  'endings',
  'quiz_answers',
  'checklist_answers',
  'notes',
  'preparations',
] as const satisfies readonly Holding['kind'][];

const DEFAULT_SETTINGS: Settings = {
  locale: null,
  track: null,
  gemeente: null,
  text_size: 'normal',
  theme: 'system',
  reduced_motion: 'system',
};

/** A minimal export document the fake accepts, as the core writes them. */
export function exportDocument(settings: Partial<Settings>, bookmarks: string[], extra: Partial<Record<string, unknown[]>> = {}): string {
  return JSON.stringify({
    format: 'privacyapp-export',
    version: 2,
    exported_at: 0,
    settings: { locale: null, track: null, gemeente: null, text_size: null, theme: null, reduced_motion: null, ...settings },
    bookmarks: bookmarks.map((content_id) => ({ content_id, created_at: 0 })),
    progress: { pages_read: [], scenario_positions: [], endings: [], quiz_answers: [], checklist_answers: [] },
    notes: extra['notes'] ?? [],
    preparations: extra['preparations'] ?? [],
  });
}

export class FakeApi implements Api {
  settings: Settings = { ...DEFAULT_SETTINGS };
  bookmarks: string[] = [];
  /** Rows of the kinds the fake does not model otherwise (notes, answers, …, `other`). */
  held: Partial<Record<Holding['kind'], number>> = {};
  /** Where exportData says it wrote; each export is recorded in `exports`. */
  exportPath = '/home/user/Downloads/privacyapp-export-20261120-093000.json';
  exports: string[] = [];
  pages: Page[] = [];
  terms: Term[] = [{ id: 'avg', locale: 'nl', term: 'AVG', html: '<p>De privacywet.</p>', also: ['GDPR'] }];
  suggestedLocale: Locale = 'nl';
  storeError: Bootstrap['storeError'] = null;
  storeNotice: Bootstrap['storeNotice'] = { recovery: null, readOnly: false };
  /** When set, every call but bootstrap and messages rejects with this code … */
  failWith: string | null = null;
  /** … or, when this is set too, only the calls named here. */
  failOnly: string[] | null = null;
  calls: string[] = [];

  constructor() {
    for (const locale of ['nl', 'en'] as const) {
      this.pages.push(samplePage('jongeren-rechten', 'jongeren', locale));
      this.pages.push(samplePage('inwoners-hulp', 'inwoners', locale));
    }
  }

  private check(name: string): void {
    this.calls.push(name);
    if (this.failWith && (this.failOnly === null || this.failOnly.includes(name))) {
      throw new ApiError(this.failWith, `fake failure in ${name}`);
    }
  }

  async bootstrap(): Promise<Bootstrap> {
    return {
      settings: { ...this.settings },
      suggestedLocale: this.suggestedLocale,
      locales: ['nl', 'en'],
      tracks: ['jongeren', 'inwoners', 'professionals'],
      storeError: this.storeError,
      storeNotice: this.storeNotice,
    };
  }

  async messages(locale: Locale): Promise<FtlFile[]> {
    return locale === 'nl' ? realMessages('nl') : [...realMessages(locale), ...realMessages('nl')];
  }

  async setLocale(locale: Locale): Promise<void> {
    this.check('setLocale');
    this.settings.locale = locale;
  }

  async setTrack(track: Track): Promise<void> {
    this.check('setTrack');
    this.settings.track = track;
  }

  async setTextSize(size: Settings['text_size']): Promise<void> {
    this.check('setTextSize');
    this.settings.text_size = size;
  }

  async setTheme(theme: Settings['theme']): Promise<void> {
    this.check('setTheme');
    this.settings.theme = theme;
  }

  async setReducedMotion(motion: Settings['reduced_motion']): Promise<void> {
    this.check('setReducedMotion');
    this.settings.reduced_motion = motion;
  }

  async openPage(id: string, locale: Locale) {
    this.check('openPage');
    const page = this.pages.find((p) => p.id === id && p.locale === locale);
    if (!page) throw new ApiError('unknown_page', `no page ${id}`);
    const related = page.related.flatMap((r) => this.pages.filter((p) => p.id === r && p.locale === locale));
    return { page, bookmarked: this.bookmarks.includes(id), related };
  }

  /** Page ids read, with when (a tick of `clock`). */
  read = new Map<string, number>();
  /** Stands in for the store's timestamps: every write takes the next tick. */
  private clock = 0;

  async markRead(id: string): Promise<void> {
    this.check('markRead');
    this.page(id);
    if (!this.read.has(id)) this.read.set(id, ++this.clock);
  }

  /** Like the core: finished per kind of page, totals per kind, and the unfinished page
   * touched last is offered to continue with. */
  async trackOverview(track: Track, locale: Locale): Promise<TrackOverview> {
    this.check('trackOverview');
    const totals = { read: tally(), quizzes: tally(), checklists: tally(), stories: tally() };
    const kind = { reading: totals.read, quiz: totals.quizzes, checklist: totals.checklists, scenario: totals.stories };
    let latest: [number, PageSummary] | null = null;
    const pages = this.pages
      .filter((p) => p.track === track && p.locale === locale)
      .map((page) => {
        const status = this.status(page);
        const finished = isFinished(status);
        const when = this.lastTouched(page.id);
        if (!finished && when !== null && (latest === null || when > latest[0])) latest = [when, page];
        kind[status.type].of += 1;
        if (finished) kind[status.type].done += 1;
        return { page, status, finished };
      });
    const next: [number, PageSummary] | null = latest;
    return { pages, continue_with: next ? next[1] : null, totals };
  }

  private lastTouched(id: string): number | null {
    const ticks = [
      this.read.get(id),
      ...this.quizAnswers.filter((a) => a.quiz_id === id).map((a) => a.answered_at),
      ...this.checklistAnswers.filter((a) => a.checklist_id === id).map((a) => a.answered_at),
    ].filter((x): x is number => x !== undefined);
    return ticks.length ? Math.max(...ticks) : null;
  }

  private status(p: Page): Status {
    const { body } = p;
    switch (body.type) {
      case 'prose':
        return { type: 'reading', read: this.read.has(p.id) };
      case 'quiz': {
        const answers = this.quizAnswers.filter((a) => a.quiz_id === p.id);
        const correct = answers.filter((a) => a.correct).length;
        return { type: 'quiz', correct, answered: answers.length, questions: body.quiz.questions.length };
      }
      case 'checklist': {
        const answered = this.checklistAnswers.filter((a) => a.checklist_id === p.id).length;
        return { type: 'checklist', answered, items: body.checklist.items.length };
      }
      case 'scenario': {
        const endings = body.scenario.scenes.filter((s) => s.exit.type === 'ending').length;
        return { type: 'scenario', started: this.stories.has(p.id), endings_reached: this.endings.get(p.id)?.size ?? 0, endings };
      }
    }
  }

  async listBookmarks(locale: Locale) {
    this.check('listBookmarks');
    return this.bookmarks.flatMap((id) => this.pages.filter((p) => p.id === id && p.locale === locale));
  }

  async addBookmark(id: string): Promise<void> {
    this.check('addBookmark');
    if (!this.pages.some((p) => p.id === id)) throw new ApiError('unknown_page', id);
    if (!this.bookmarks.includes(id)) this.bookmarks.unshift(id);
  }

  async removeBookmark(id: string): Promise<void> {
    this.check('removeBookmark');
    this.bookmarks = this.bookmarks.filter((b) => b !== id);
  }

  /** A naive stand-in for the core's index: titles containing the query, case-insensitively. */
  async search(query: string, locale: Locale): Promise<Hit[]> {
    this.check('search');
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return this.pages
      .filter((p) => p.locale === locale && p.title.toLowerCase().includes(q))
      .map((p) => ({ id: p.id, kind: p.kind, track: p.track, title: p.title, snippet: [{ text: p.summary, mark: false }], partial: false }));
  }

  async glossaryTerm(id: string, locale: Locale): Promise<Term> {
    this.check('glossaryTerm');
    const term = this.terms.find((t) => t.id === id && t.locale === locale);
    if (!term) throw new ApiError('unknown_term', `no term ${id}`);
    return term;
  }

  /** Counted from the fake's own state, as the core counts its tables. */
  async storeInventory(): Promise<Holding[]> {
    this.check('storeInventory');
    return this.inventory();
  }

  private inventory(): Holding[] {
    const chosen = (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).filter(
      (k) => this.settings[k] !== null && this.settings[k] !== DEFAULT_SETTINGS[k],
    ).length;
    const count = (kind: Holding['kind']) =>
      kind === 'settings' ? chosen : kind === 'bookmarks' ? this.bookmarks.length : (this.held[kind] ?? 0);
    const holdings: Holding[] = KINDS.map((kind) => ({ kind, count: count(kind), bytes: count(kind) * 10 }));
    const other = this.held.other ?? 0;
    if (other > 0) holdings.push({ kind: 'other', count: other, bytes: other * 10 });
    return holdings;
  }

  async exportData(): Promise<string> {
    this.check('exportData');
    this.exports.push(this.exportPath);
    return this.exportPath;
  }

  /** Replaces everything, like the core, or changes nothing when the file is not an export. */
  async importData(json: string): Promise<Holding[]> {
    this.check('importData');
    let doc: unknown;
    try {
      doc = JSON.parse(json);
    } catch (e) {
      throw new ApiError('invalid_export', `not JSON: ${String(e)}`);
    }
    if (typeof doc !== 'object' || doc === null || !('format' in doc) || doc.format !== 'privacyapp-export') {
      throw new ApiError('invalid_export', 'not a privacyapp export');
    }
    const d = doc as {
      settings?: Partial<Record<keyof Settings, string | null>>;
      bookmarks?: { content_id: string }[];
      notes?: unknown[];
      preparations?: unknown[];
    };
    const settings: Settings = { ...DEFAULT_SETTINGS };
    for (const [key, value] of Object.entries(d.settings ?? {})) {
      if (value !== null && key in settings) Object.assign(settings, { [key]: value });
    }
    this.settings = settings;
    this.bookmarks = (d.bookmarks ?? []).map((b) => b.content_id);
    this.held = { notes: d.notes?.length ?? 0, preparations: d.preparations?.length ?? 0 };
    return this.inventory();
  }

  async deleteEverything(): Promise<void> {
    this.check('deleteEverything');
    this.settings = { ...DEFAULT_SETTINGS };
    this.bookmarks = [];
    this.held = {};
    this.quizAnswers = [];
    this.checklistAnswers = [];
    this.notes = [];
  }

  notes: Note[] = [];
  private nextNote = 1;

  async listNotes(locale: Locale): Promise<NoteView[]> {
    this.check('listNotes');
    return [...this.notes]
      .sort((a, b) => b.updated_at - a.updated_at || b.id - a.id)
      .map((note) => ({ note, page: this.pages.find((p) => p.id === note.page_id && p.locale === locale) ?? null }));
  }

  /** A stand-in for the core's guard: phone numbers like 06-12345678 and e-mail addresses. */
  async checkNote(text: string): Promise<Finding[]> {
    const found: Finding[] = [];
    for (const [kind, re] of [
      ['phone', /06-?\d{8}/g],
      ['email', /\S+@\S+\.\w+/g],
    ] as const) {
      for (const m of text.matchAll(re)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        found.push({ kind, start, end, start_utf16: start, end_utf16: end });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  async addNote(page: string | null, text: string): Promise<number> {
    this.check('addNote');
    if (!text.trim()) throw new ApiError('text_empty', 'empty');
    if (page !== null) this.page(page);
    const id = this.nextNote++;
    this.notes.push({ id, page_id: page, text, created_at: id, updated_at: id });
    return id;
  }

  async updateNote(id: number, text: string): Promise<void> {
    this.check('updateNote');
    if (!text.trim()) throw new ApiError('text_empty', 'empty');
    const note = this.notes.find((n) => n.id === id);
    if (!note) throw new ApiError('unknown_note', String(id));
    note.text = text;
    note.updated_at = this.nextNote++;
  }

  async deleteNote(id: number): Promise<void> {
    this.check('deleteNote');
    this.notes = this.notes.filter((n) => n.id !== id);
  }

  quizAnswers: QuizAnswer[] = [];
  checklistAnswers: ChecklistAnswer[] = [];

  private page(id: string): Page {
    const page = this.pages.find((p) => p.id === id);
    if (!page) throw new ApiError('unknown_page', id);
    return page;
  }

  private quiz(id: string): Quiz {
    const { body } = this.page(id);
    if (body.type !== 'quiz') throw new ApiError('invalid_answer', `${id} is not a quiz`);
    return body.quiz;
  }

  private checklist(id: string): Checklist {
    const { body } = this.page(id);
    if (body.type !== 'checklist') throw new ApiError('invalid_answer', `${id} is not a checklist`);
    return body.checklist;
  }

  async quizProgress(id: string): Promise<QuizProgress> {
    this.check('quizProgress');
    const quiz = this.quiz(id);
    const answers = this.quizAnswers.filter((a) => a.quiz_id === id);
    const correct = answers.filter((a) => a.correct).length;
    return { answers, score: { correct, answered: answers.length }, questions: quiz.questions.length };
  }

  /** Grades like the core: the chosen set must equal the set of correct options. */
  async answerQuiz(id: string, question: string, chosen: number[]): Promise<QuizAnswer> {
    this.check('answerQuiz');
    const q = this.quiz(id).questions.find((x) => x.id === question);
    const set = [...new Set(chosen)].sort((a, b) => a - b);
    if (!q || set.length === 0 || set.some((i) => i >= q.options.length) || (!q.multiple && set.length > 1)) {
      throw new ApiError('invalid_answer', 'does not fit');
    }
    const correct = q.options.every((o, i) => o.correct === set.includes(i));
    const answer: QuizAnswer = { quiz_id: id, question_id: question, chosen: set, correct, answered_at: ++this.clock };
    this.quizAnswers = [...this.quizAnswers.filter((a) => !(a.quiz_id === id && a.question_id === question)), answer];
    return answer;
  }

  async restartQuiz(id: string): Promise<void> {
    this.check('restartQuiz');
    this.quiz(id);
    this.quizAnswers = this.quizAnswers.filter((a) => a.quiz_id !== id);
  }

  async checklistProgress(id: string): Promise<ChecklistAnswer[]> {
    this.check('checklistProgress');
    this.checklist(id);
    return this.checklistAnswers.filter((a) => a.checklist_id === id);
  }

  async answerChecklist(id: string, item: string, answer: number): Promise<void> {
    this.check('answerChecklist');
    const it = this.checklist(id).items.find((x) => x.id === item);
    if (!it || answer >= it.answers.length) throw new ApiError('invalid_answer', 'does not fit');
    const row: ChecklistAnswer = { checklist_id: id, item_id: item, answer, answered_at: ++this.clock };
    this.checklistAnswers = [...this.checklistAnswers.filter((a) => !(a.checklist_id === id && a.item_id === item)), row];
  }

  async restartChecklist(id: string): Promise<void> {
    this.check('restartChecklist');
    this.checklist(id);
    this.checklistAnswers = this.checklistAnswers.filter((a) => a.checklist_id !== id);
  }
  preps: SavedPrep[] = [];

  /** The fake's guard on preparations: the same stand-in as for notes, per field. */
  async checkPreparation(fields: PrepFields): Promise<{ field: PrepText; finding: Finding }[]> {
    this.check('checkPreparation');
    const texts: PrepText[] = ['switch_moment', 'purpose', 'necessary', 'not_necessary', 'ask_whom', 'question', 'tell_resident'];
    const found: { field: PrepText; finding: Finding }[] = [];
    for (const field of texts) for (const finding of await this.checkNote(fields[field])) found.push({ field, finding });
    return found;
  }

  /** The core's outline in short (its rules are tested there). */
  async outlinePreparation(f: PrepFields): Promise<PrepPoint[]> {
    this.check('outlinePreparation');
    const points: PrepPoint[] = [f.role ? { role: f.role } : { missing: 'role' }];
    if (f.role === 'both') points.push('switch_script');
    if (!f.purpose.trim()) points.push({ missing: 'purpose' });
    if (!f.necessary.trim()) points.push({ missing: 'necessary' });
    points.push(f.ground ? (`ground_${f.ground}` as const) : { missing: 'ground' });
    if (f.ask_whom.trim() || f.question.trim()) points.push('one_question');
    if (f.signals === 'yes' || f.signals === 'unsure') points.push('meldcode_steps');
    return points;
  }

  async savePreparation(id: number | null, title: string, fields: PrepFields): Promise<number> {
    this.check('savePreparation');
    return this.saveResult(this.preps, id, title, fields);
  }

  async listPreparations(): Promise<SavedPrep[]> {
    this.check('listPreparations');
    return this.listResults(this.preps);
  }

  async openPreparation(id: number): Promise<SavedPrep> {
    this.check('openPreparation');
    return this.openResult(this.preps, id);
  }

  async deletePreparation(id: number): Promise<void> {
    this.check('deletePreparation');
    this.openResult(this.preps, id);
    this.preps = this.preps.filter((p) => p.id !== id);
  }

  assessments: SavedResult<AssessFields>[] = [];

  async saveAssessment(id: number | null, title: string, fields: AssessFields): Promise<number> {
    this.check('saveAssessment');
    return this.saveResult(this.assessments, id, title, fields);
  }

  async listAssessments(): Promise<SavedResult<AssessFields>[]> {
    this.check('listAssessments');
    return this.listResults(this.assessments);
  }

  async openAssessment(id: number): Promise<SavedResult<AssessFields>> {
    this.check('openAssessment');
    return this.openResult(this.assessments, id);
  }

  async deleteAssessment(id: number): Promise<void> {
    this.check('deleteAssessment');
    this.openResult(this.assessments, id);
    this.assessments = this.assessments.filter((p) => p.id !== id);
  }

  /** Ids are shared by all tools, as in the store's one table. */
  private nextResult = 1;

  private saveResult<F>(list: SavedResult<F>[], id: number | null, title: string, fields: F): number {
    if (!title.trim()) throw new ApiError('text_empty', 'empty');
    const at = ++this.clock;
    if (id === null) {
      const saved = { id: this.nextResult++, title, fields: structuredClone(fields), updated_at: at };
      list.push(saved);
      return saved.id;
    }
    const saved = list.find((p) => p.id === id);
    if (!saved) throw new ApiError('unknown_preparation', 'gone');
    Object.assign(saved, { title, fields: structuredClone(fields), updated_at: at });
    return id;
  }

  private listResults<F>(list: SavedResult<F>[]): SavedResult<F>[] {
    return [...list].sort((a, b) => b.updated_at - a.updated_at).map((x) => structuredClone(x));
  }

  private openResult<F>(list: SavedResult<F>[], id: number): SavedResult<F> {
    const saved = list.find((p) => p.id === id);
    if (!saved) throw new ApiError('unknown_preparation', 'gone');
    return structuredClone(saved);
  }

  /** The tools' verdicts, as a test scripts them: the rules live in the core and are tested
   * there, so the fake does not repeat them. `calls` records what the UI asked. */
  complaintRoute: ComplaintRoute = { deadline: '2026-12-01', days_left: 8, steps: ['wait', 'keep_records'] };
  dilemmas: DilemmaTold[] = [];
  dilemmaBalance: DilemmaBalance = {
    points_to: 'only_needed',
    factors: [
      ['detail', 'toward'],
      ['motive', 'toward'],
      ['agreement', 'toward'],
      ['informed', 'toward'],
    ],
    tell_client_first: false,
    verdict: 'matches',
  };
  assessment: Assessment = { items: [], open: [], tally: { yes: 0, partly: 0, no: 0, unknown: 0 } };
  exported: { kind: string; text: string }[] = [];
  toolCalls: [string, ...unknown[]][] = [];

  async routeComplaint(received: string, today: string, reply: ComplaintReply): Promise<ComplaintRoute> {
    this.check('routeComplaint');
    this.toolCalls.push(['routeComplaint', received, today, reply]);
    return structuredClone(this.complaintRoute);
  }

  async listDilemmas(): Promise<DilemmaTold[]> {
    this.check('listDilemmas');
    return structuredClone(this.dilemmas);
  }

  async weighDilemma(circumstances: DilemmaCircumstances, chosen: DilemmaAction): Promise<DilemmaBalance> {
    this.check('weighDilemma');
    this.toolCalls.push(['weighDilemma', structuredClone(circumstances), chosen]);
    return structuredClone(this.dilemmaBalance);
  }

  async assessOrganisation(fields: AssessFields): Promise<Assessment> {
    this.check('assessOrganisation');
    this.toolCalls.push(['assessOrganisation', structuredClone(fields)]);
    return structuredClone(this.assessment);
  }

  async exportText(kind: 'self_assessment', text: string): Promise<string> {
    this.check('exportText');
    this.exported.push({ kind, text });
    return `/home/user/Downloads/privacyapp-${kind}.txt`;
  }

  /** A stand-in for the core's pet check: the role table only (the rules are tested there). */
  async checkPet(task: PetTask, flow: PetFlow, signals: PetSignals): Promise<PetOutcome> {
    this.check('checkPet');
    const role: PetOutcome['role'] =
      task === 'decision' ? 'gemeente' : flow === 'unknown' ? 'unclear' : task === 'help' && flow === 'stays' ? 'helper' : 'both';
    const follows: PetFollow[] = {
      helper: ['secrecy', 'own_dossier', 'say_role'] as PetFollow[],
      gemeente: ['law_is_ground', 'only_necessary', 'gemeente_dossier', 'say_role'] as PetFollow[],
      both: ['mark_switch', 'two_dossiers', 'secrecy', 'only_necessary'] as PetFollow[],
      unclear: ['find_out', 'secrecy'] as PetFollow[],
    }[role];
    if (signals !== 'no') follows.push('meldcode');
    return { role, follows };
  }

  /** A stand-in for the core's letter plan, with its rules in short (they are tested there). */
  async planLetter(request: LetterRequest, organisation: LetterOrganisation, age: LetterAge): Promise<LetterPlan> {
    this.check('planLetter');
    const jeugdwet = request === 'inzage' && organisation === 'jeugdhulp' && age === 'from_12_to_15';
    const writer = age === 'from_16' || jeugdwet ? 'themselves' : 'parent';
    const basis = jeugdwet ? 'jeugdwet' : ({ inzage: 'avg15', correction: 'avg16', deletion: 'avg17' } as const)[request];
    const fields: LetterPlan['fields'] = [
      { field: 'organisation', required: true },
      { field: 'name', required: true },
      ...(writer === 'parent' ? [{ field: 'child' as const, required: true }] : []),
      { field: 'details', required: request !== 'inzage' },
    ];
    const advice: LetterAdvice[] = jeugdwet ? [] : ['term', 'free'];
    if (request === 'deletion') advice.push('deletion_limits');
    if (age !== 'from_16') advice.push('parent_under_16');
    if (age !== 'under_12' && (organisation === 'jeugdhulp' || organisation === 'wijkteam')) advice.push('jeugdwet_from_12');
    advice.push('id_copy', 'keep_copy', 'no_answer');
    return { writer, basis, fields, advice };
  }

  /** Where each story stands: the choices taken and the step index, like the core's place. */
  stories = new Map<string, { choices: [string, number][]; at: number }>();
  endings = new Map<string, Set<string>>();

  private scenario(id: string): Scenario {
    const page = this.page(id);
    if (page.body.type !== 'scenario') throw new ApiError('invalid_move', 'not a story');
    return page.body.scenario;
  }

  /** The core's walk, for the fake's stories (which have no loops). */
  private walk(s: Scenario, choices: [string, number][]): Step[] {
    const steps: Step[] = [];
    let scene = s.scenes.find((x) => x.id === s.start);
    let made = 0;
    while (scene) {
      for (const b of scene.beats) steps.push({ id: b.id, scene: scene.id, kind: 'beat' });
      const exit: Exit = scene.exit;
      if (exit.type === 'ending') {
        steps.push({ id: scene.id, scene: scene.id, kind: 'ending' });
        break;
      }
      if (exit.type === 'next') {
        scene = s.scenes.find((x) => x.id === exit.scene);
        continue;
      }
      const taken = choices[made];
      const option = taken && taken[0] === exit.id ? exit.options[taken[1]] : undefined;
      steps.push({ id: exit.id, scene: scene.id, kind: 'choice', chosen: option && taken ? taken[1] : null });
      if (!option) break;
      made += 1;
      scene = s.scenes.find((x) => x.id === option.target);
    }
    return steps;
  }

  private play(id: string): Play {
    const story = this.stories.get(id) ?? { choices: [], at: 0 };
    const scenario = this.scenario(id);
    return {
      steps: this.walk(scenario, story.choices),
      at: story.at,
      endings_reached: [...(this.endings.get(id) ?? [])].sort(),
      endings: scenario.scenes.filter((x) => x.exit.type === 'ending').length,
    };
  }

  private move(id: string, to: (play: Play, choices: [string, number][]) => { at: number; choices?: [string, number][] }): Play {
    const before = this.play(id);
    const story = this.stories.get(id) ?? { choices: [], at: 0 };
    const next = to(before, story.choices);
    this.stories.set(id, { choices: next.choices ?? story.choices, at: next.at });
    const play = this.play(id);
    const step = play.steps[play.at];
    if (step?.kind === 'ending') this.endings.set(id, new Set([...(this.endings.get(id) ?? []), step.id]));
    return this.play(id);
  }

  async scenarioProgress(id: string): Promise<Play> {
    this.check('scenarioProgress');
    return this.play(id);
  }

  async scenarioForward(id: string): Promise<Play> {
    this.check('scenarioForward');
    return this.move(id, (p) => {
      const step = p.steps[p.at];
      if (step?.kind === 'choice' && step.chosen === null) throw new ApiError('choice_needed', 'choose first');
      if (p.at + 1 >= p.steps.length) throw new ApiError('invalid_move', 'the end');
      return { at: p.at + 1 };
    });
  }

  async scenarioBack(id: string): Promise<Play> {
    this.check('scenarioBack');
    return this.move(id, (p) => {
      if (p.at === 0) throw new ApiError('invalid_move', 'the start');
      return { at: p.at - 1 };
    });
  }

  async scenarioChoose(id: string, choice: string, option: number): Promise<Play> {
    this.check('scenarioChoose');
    return this.move(id, (p, choices) => {
      const step = p.steps[p.at];
      const scene = this.scenario(id).scenes.find((x) => x.id === step?.scene);
      if (step?.id !== choice || scene?.exit.type !== 'choice' || option >= scene.exit.options.length) {
        throw new ApiError('invalid_move', 'not here');
      }
      if (step.kind === 'choice' && step.chosen === option) return { at: p.at };
      const before = p.steps.slice(0, p.at).filter((x) => x.kind === 'choice').length;
      return { at: p.at, choices: [...choices.slice(0, before), [choice, option]] };
    });
  }

  async scenarioReplayScene(id: string): Promise<Play> {
    this.check('scenarioReplayScene');
    // Like the core: back to the start of this visit of the scene (a choice ends a visit).
    return this.move(id, (p) => {
      let at = p.at;
      while (at > 0 && p.steps[at - 1]?.scene === p.steps[p.at]?.scene && p.steps[at - 1]?.kind !== 'choice') at -= 1;
      return { at };
    });
  }

  async scenarioRestart(id: string): Promise<Play> {
    this.check('scenarioRestart');
    return this.move(id, () => ({ at: 0, choices: [] }));
  }

}

function tally(): Tally {
  return { done: 0, of: 0 };
}

function isFinished(s: Status): boolean {
  switch (s.type) {
    case 'reading':
      return s.read;
    case 'quiz':
      return s.answered >= s.questions;
    case 'checklist':
      return s.answered >= s.items;
    case 'scenario':
      return s.endings_reached > 0;
  }
}
