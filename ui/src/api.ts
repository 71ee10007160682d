/**
 * The one door to the Rust side. Every IPC call goes through these typed wrappers; nothing
 * else in the UI imports `invoke`. Types mirror the serialised Rust models.
 */
import { invoke } from '@tauri-apps/api/core';

export type Locale = 'nl' | 'en';
export type Track = 'jongeren' | 'inwoners' | 'professionals';
export type Kind = 'article' | 'scenario' | 'quiz' | 'checklist' | 'tool';

export interface Settings {
  locale: Locale | null;
  track: Track | null;
  /** The slug of the chosen gemeente, if any. */
  gemeente: string | null;
  text_size: 'normal' | 'large' | 'larger';
  theme: 'light' | 'dark' | 'high_contrast' | 'system';
  /** Overrides the system setting when `on` or `off`. */
  reduced_motion: 'system' | 'on' | 'off';
}

/** What the app needs to decide what to show first. */
export interface Bootstrap {
  settings: Settings;
  /** Negotiated from the system locale; preselected at first start. */
  suggestedLocale: Locale;
  locales: Locale[];
  tracks: Track[];
  /** Set when the store could not be opened; content still works. */
  storeError: { code: string; message: string } | null;
  /** What happened to the saved data at start-up, told to the user once. */
  storeNotice: StoreNotice;
}

export interface StoreNotice {
  /** The database was damaged, set aside (kept at `quarantined`) and replaced. */
  recovery: {
    quarantined: string;
    /** The backup copy put in its place, or null when the store starts empty. */
    restored_from: { snapshot: string; taken_at_millis: number } | null;
  } | null;
  /** Only reading is possible: a read-only or full disk. */
  readOnly: boolean;
}

/** One Fluent file, in lookup order (chosen locale first, then the fallback). */
export interface FtlFile {
  locale: Locale;
  name: string;
  source: string;
}

export interface PageSummary {
  id: string;
  kind: Kind;
  track: Track;
  title: string;
  summary: string;
}

export interface Source {
  title: string;
  url: string;
}

export interface Page extends PageSummary {
  locale: Locale;
  /** Ids of related pages; resolved in `PageView.related`. */
  related: string[];
  tags: string[];
  sources: Source[];
  /** Sanitised by the core; safe to insert. An article's text, or the introduction above a body. */
  html: string;
  body: Body;
  /** A tool page's interactive tool, shown under its text. */
  tool: 'letter' | 'pet_check' | 'preparation' | 'dilemma' | 'self_assessment' | null;
}

/** The structured part of a page. Every string called html, text, label, prompt, feedback,
 * explanation, advice or what is sanitised HTML from the core. */
export type Body =
  | { type: 'prose' }
  | { type: 'scenario'; scenario: Scenario }
  | { type: 'quiz'; quiz: Quiz }
  | { type: 'checklist'; checklist: Checklist };

export interface Scenario {
  start: string;
  cast: CastMember[];
  scenes: Scene[];
}

export interface CastMember {
  id: string;
  name: string;
  role: string;
  look: {
    age: 'child' | 'teen' | 'adult' | 'senior';
    /** 1 (lightest) to 6 (darkest). */
    skin: number;
    hair: 'short' | 'long' | 'curly' | 'bun' | 'braids' | 'headscarf' | 'bald';
    colour: 'blue' | 'green' | 'orange' | 'purple' | 'red' | 'teal' | 'yellow' | 'grey';
  };
}

export interface Scene {
  id: string;
  title: string;
  setting: string | null;
  beats: Beat[];
  exit: Exit;
}

export type Beat = { id: string } & (
  | { type: 'narration'; text: string }
  | { type: 'line'; speaker: string; text: string }
  | { type: 'thought'; who: string; text: string }
  | { type: 'pet'; who: string; pet: 'helper' | 'gemeente'; text: string | null }
  | { type: 'data'; from: string; to: string; mode: 'ask' | 'give'; what: string }
);

export type Exit =
  | { type: 'next'; scene: string }
  | { type: 'choice'; id: string; prompt: string; options: { label: string; target: string; feedback: string }[] }
  | { type: 'ending'; learned: string[]; sources: Source[]; reflect: string[] };

export interface Quiz {
  questions: {
    id: string;
    prompt: string;
    context: string | null;
    /** More than one correct option: the user picks all that apply. */
    multiple: boolean;
    options: { label: string; correct: boolean; explanation: string }[];
  }[];
}

export interface Checklist {
  items: {
    id: string;
    prompt: string;
    context: string | null;
    answers: { label: string; advice: string | null }[];
  }[];
}

/** The user's latest answer to one question, graded by the core. */
export interface QuizAnswer {
  quiz_id: string;
  question_id: string;
  /** Indexes of the chosen options, ascending. */
  chosen: number[];
  correct: boolean;
  answered_at: number;
}

/** Where the user stands in a quiz, counting only answers that fit the quiz as it is now. */
/** One step on the path through a scenario: a beat, a choice or an ending (its scene id). */
export type Step = { id: string; scene: string } & (
  | { kind: 'beat' }
  /** `chosen`: the option taken here on this path, if one was. */
  | { kind: 'choice'; chosen: number | null }
  | { kind: 'ending' }
);

export type LetterRequest = 'inzage' | 'correction' | 'deletion';
export type LetterOrganisation = 'gemeente' | 'wijkteam' | 'jeugdhulp' | 'school' | 'other';
export type LetterAge = 'under_12' | 'from_12_to_15' | 'from_16';
export type LetterField = 'organisation' | 'name' | 'child' | 'details';
export type LetterAdvice = 'term' | 'free' | 'id_copy' | 'parent_under_16' | 'jeugdwet_from_12' | 'deletion_limits' | 'keep_copy' | 'no_answer';

/** Who writes a request letter, on which basis, with which fields and advice: the core decides. */
export interface LetterPlan {
  writer: 'themselves' | 'parent';
  basis: 'avg15' | 'avg16' | 'avg17' | 'jeugdwet';
  fields: { field: LetterField; required: boolean }[];
  advice: LetterAdvice[];
}

export type PetTask = 'help' | 'decision' | 'both';
export type PetFlow = 'stays' | 'gemeente' | 'unknown';
export type PetSignals = 'no' | 'yes' | 'unsure';
export type PetFollow =
  | 'secrecy'
  | 'own_dossier'
  | 'law_is_ground'
  | 'only_necessary'
  | 'gemeente_dossier'
  | 'say_role'
  | 'mark_switch'
  | 'two_dossiers'
  | 'find_out'
  | 'meldcode';

/** Which role ("pet") a wijkteam worker is in, and what follows: the core decides. */
export interface PetOutcome {
  role: 'helper' | 'gemeente' | 'both' | 'unclear';
  follows: PetFollow[];
}

/** What a professional fills in to prepare a conversation; free texts must hold no client data. */
export interface PrepFields {
  role: 'helper' | 'gemeente' | 'both' | null;
  switch_moment: string;
  task: 'jeugdwet' | 'wmo' | 'participatiewet' | 'schuldhulp' | 'other' | null;
  purpose: string;
  necessary: string;
  not_necessary: string;
  ground: 'law' | 'consent' | 'unsure' | null;
  ask_whom: string;
  question: string;
  tell_resident: string;
  signals: PetSignals | null;
}
export type PrepText = 'switch_moment' | 'purpose' | 'necessary' | 'not_necessary' | 'ask_whom' | 'question' | 'tell_resident';

/** A part of the one-page preparation, decided by the core. */
export type PrepPoint =
  | { role: PetOutcome['role'] }
  | 'switch_script'
  | 'ground_law'
  | 'ground_consent'
  | 'ground_unsure'
  | 'one_question'
  | 'meldcode_steps'
  | { missing: 'role' | 'purpose' | 'necessary' | 'ground' };

export type SavedPrep = SavedResult<PrepFields>;

export type ComplaintReply = 'nothing' | 'extension' | 'refused' | 'partial';
export type ComplaintStep =
  | 'wait'
  | 'extension_rules'
  | 'remind'
  | 'ask_reasons'
  | 'name_what_is_missing'
  | 'own_complaint'
  | 'fg'
  | 'ap'
  | 'court'
  | 'keep_records';

/** Where a request stands after it was sent, and what to do: the core decides. */
export interface ComplaintRoute {
  /** The last day of the term, `YYYY-MM-DD`. */
  deadline: string;
  /** Negative once the deadline has passed. */
  days_left: number;
  steps: ComplaintStep[];
}

export type DilemmaVignette = 'income_data' | 'bank_statements' | 'trainer';
export type DilemmaAction = 'everything' | 'only_needed' | 'ask_first' | 'nothing';
export interface DilemmaCircumstances {
  detail: 'narrow' | 'broad';
  motive: 'clear' | 'vague';
  agreement: 'covers' | 'silent';
  informed: 'yes' | 'no';
}
export type DilemmaFactor = keyof DilemmaCircumstances;

/** A vignette as told, and the pages that go deeper. */
export interface DilemmaTold {
  vignette: DilemmaVignette;
  story: DilemmaCircumstances;
  pages: string[];
}

/** What the circumstances point to, each factor's tip, and how the user's choice compares. */
export interface DilemmaBalance {
  points_to: DilemmaAction;
  factors: [DilemmaFactor, 'toward' | 'against'][];
  tell_client_first: boolean;
  verdict: 'matches' | 'too_much' | 'differs';
}

export type AssessTopic = 'tasks' | 'moments' | 'residents' | 'transparency' | 'steering' | 'access' | 'testing';
export type AssessAnswer = 'yes' | 'partly' | 'no' | 'unknown';
export type AssessAdvice = 'start' | 'find_out' | 'improve' | 'keep';
export interface AssessFields {
  answers: Partial<Record<AssessTopic, AssessAnswer>>;
}
/** The advice per answer, most urgent first, and what is still open: the core decides. */
export interface Assessment {
  items: { topic: AssessTopic; answer: AssessAnswer; advice: AssessAdvice }[];
  open: AssessTopic[];
  tally: { yes: number; partly: number; no: number; unknown: number };
}

/** A tool's result saved in the store. */
export interface SavedResult<F> {
  id: number;
  title: string;
  fields: F;
  updated_at: number;
}

/** A scenario as the user has it: the path so far, where they are, the endings they reached. */
export interface Play {
  steps: Step[];
  at: number;
  endings_reached: string[];
  /** How many endings the scenario has. */
  endings: number;
}

export interface QuizProgress {
  answers: QuizAnswer[];
  score: { correct: number; answered: number };
  questions: number;
}

export interface ChecklistAnswer {
  checklist_id: string;
  item_id: string;
  /** Index of the chosen answer. */
  answer: number;
  answered_at: number;
}

/** How far the user got with one page; what counts depends on the kind of page. */
export type Status =
  | { type: 'reading'; read: boolean }
  | { type: 'quiz'; correct: number; answered: number; questions: number }
  | { type: 'checklist'; answered: number; items: number }
  | { type: 'scenario'; started: boolean; endings_reached: number; endings: number };

/** How many pages of one kind a track has, and how many of them are finished. */
export interface Tally {
  done: number;
  of: number;
}

export interface TrackOverview {
  /** `finished`: nothing is left to do on the page (the core decides; the UI only shows it). */
  pages: { page: PageSummary; status: Status; finished: boolean }[];
  /** The unfinished page the user worked on last. */
  continue_with: PageSummary | null;
  totals: { read: Tally; quizzes: Tally; checklists: Tally; stories: Tally };
}

export interface Note {
  id: number;
  /** The page it was written on, or null for a loose note. */
  page_id: string | null;
  text: string;
  created_at: number;
  updated_at: number;
}

export interface NoteView {
  note: Note;
  /** The page, in the reading locale, when it exists. */
  page: PageSummary | null;
}

/** Something in a text that looks like client data; UTF-16 offsets index JavaScript strings. */
export interface Finding {
  kind: 'bsn' | 'iban' | 'phone' | 'email' | 'postcode_house_number' | 'date_of_birth';
  start: number;
  end: number;
  start_utf16: number;
  end_utf16: number;
}

/** A glossary entry, shown when a term link (`#/term/<id>`) is tapped. */
export interface Term {
  id: string;
  locale: Locale;
  term: string;
  /** Sanitised by the core. */
  html: string;
  also: string[];
}

/** One kind of data the store holds, counted from the database itself. */
export interface Holding {
  kind:
    | 'settings'
    | 'bookmarks'
    | 'pages_read'
    | 'scenario_positions'
    | 'endings'
    | 'quiz_answers'
    | 'checklist_answers'
    | 'notes'
    | 'preparations'
    | 'other';
  /** Rows: one per bookmark, note, answer, setting, … */
  count: number;
  /** The size of the values themselves, not the file: a sense of how much. */
  bytes: number;
}

/** One search result. The snippet is plain text parts, never HTML; `mark` parts matched. */
export interface Hit {
  id: string;
  kind: Kind | 'term';
  track: Track | null;
  title: string;
  snippet: { text: string; mark: boolean }[];
  /** Has only some of the words typed: shown when no page has them all. */
  partial: boolean;
}

export interface PageView {
  page: Page;
  bookmarked: boolean;
  /** The related pages that exist in this locale, in the author's order. */
  related: PageSummary[];
}

/** A failed call: `code` selects the localised message, `message` is for developers. */
export class ApiError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }

  /** Commands reject with `{ code, message }`; Tauri itself may reject with a plain string. */
  static from(raw: unknown): ApiError {
    if (raw instanceof ApiError) return raw;
    if (typeof raw === 'object' && raw !== null && 'code' in raw && typeof raw.code === 'string') {
      const message = 'message' in raw && typeof raw.message === 'string' ? raw.message : '';
      return new ApiError(raw.code, message);
    }
    return new ApiError('internal', String(raw));
  }
}

export interface Api {
  /** Settings, the suggested locale and what the app offers. Never rejects. */
  bootstrap(): Promise<Bootstrap>;
  /** Fluent files for `locale`, followed by those of the fallback locale. */
  messages(locale: Locale): Promise<FtlFile[]>;
  setLocale(locale: Locale): Promise<void>;
  setTrack(track: Track): Promise<void>;
  setTextSize(size: Settings['text_size']): Promise<void>;
  setTheme(theme: Settings['theme']): Promise<void>;
  setReducedMotion(motion: Settings['reduced_motion']): Promise<void>;
  /** The pages of one track with the user's progress, and the page to continue with. */
  trackOverview(track: Track, locale: Locale): Promise<TrackOverview>;
  /** Records that the user read a page to its end. */
  markRead(id: string): Promise<void>;
  /** A page with the user's state for it (bookmarked or not). */
  openPage(id: string, locale: Locale): Promise<PageView>;
  /** Bookmarked pages that exist in the current content, newest first. */
  listBookmarks(locale: Locale): Promise<PageSummary[]>;
  addBookmark(id: string): Promise<void>;
  removeBookmark(id: string): Promise<void>;
  /** Full-text search in one locale, best first; a blank query gives no hits. */
  search(query: string, locale: Locale): Promise<Hit[]>;
  glossaryTerm(id: string, locale: Locale): Promise<Term>;
  /** What this app stores: every kind of data in the database, and how much. */
  storeInventory(): Promise<Holding[]>;
  /** Writes everything to one JSON file in the user's downloads folder; returns its path. */
  exportData(): Promise<string>;
  /** Replaces everything stored with the contents of an export; returns what is held now. */
  importData(json: string): Promise<Holding[]>;
  /** Removes every file the store wrote and starts again empty. */
  deleteEverything(): Promise<void>;
  /** Loose notes and notes on pages that exist, last changed first. */
  listNotes(locale: Locale): Promise<NoteView[]>;
  /** What in `text` looks like client data; never fails, never stores anything. */
  checkNote(text: string): Promise<Finding[]>;
  addNote(page: string | null, text: string): Promise<number>;
  updateNote(id: number, text: string): Promise<void>;
  deleteNote(id: number): Promise<void>;
  quizProgress(id: string): Promise<QuizProgress>;
  /** The core grades the answer and stores it; an answer that does not fit is refused. */
  answerQuiz(id: string, question: string, chosen: number[]): Promise<QuizAnswer>;
  /** Forgets the answers to one quiz. */
  restartQuiz(id: string): Promise<void>;
  checklistProgress(id: string): Promise<ChecklistAnswer[]>;
  answerChecklist(id: string, item: string, answer: number): Promise<void>;
  restartChecklist(id: string): Promise<void>;
  /** Where the user is in a scenario; nothing is saved. Every move below saves the new place. */
  scenarioProgress(id: string): Promise<Play>;
  /** One step on; refused with `choice_needed` at a choice not made yet. */
  scenarioForward(id: string): Promise<Play>;
  scenarioBack(id: string): Promise<Play>;
  /** Makes or changes the choice at the current step. */
  scenarioChoose(id: string, choice: string, option: number): Promise<Play>;
  /** Back to the first step of the current scene. */
  scenarioReplayScene(id: string): Promise<Play>;
  /** From the beginning with no choices made; endings reached stay. */
  scenarioRestart(id: string): Promise<Play>;
  planLetter(request: LetterRequest, organisation: LetterOrganisation, age: LetterAge): Promise<LetterPlan>;
  checkPet(task: PetTask, flow: PetFlow, signals: PetSignals): Promise<PetOutcome>;
  /** What in the free texts looks like client data, by field; never stores anything. */
  checkPreparation(fields: PrepFields): Promise<{ field: PrepText; finding: Finding }[]>;
  outlinePreparation(fields: PrepFields): Promise<PrepPoint[]>;
  /** Saves a new preparation (`id` null) or replaces one; returns its id. */
  savePreparation(id: number | null, title: string, fields: PrepFields): Promise<number>;
  listPreparations(): Promise<SavedPrep[]>;
  openPreparation(id: number): Promise<SavedPrep>;
  deletePreparation(id: number): Promise<void>;
  /** `received`, `today`: `YYYY-MM-DD`, today in the user's own calendar. */
  routeComplaint(received: string, today: string, reply: ComplaintReply): Promise<ComplaintRoute>;
  listDilemmas(): Promise<DilemmaTold[]>;
  weighDilemma(circumstances: DilemmaCircumstances, chosen: DilemmaAction): Promise<DilemmaBalance>;
  assessOrganisation(fields: AssessFields): Promise<Assessment>;
  saveAssessment(id: number | null, title: string, fields: AssessFields): Promise<number>;
  listAssessments(): Promise<SavedResult<AssessFields>[]>;
  openAssessment(id: number): Promise<SavedResult<AssessFields>>;
  deleteAssessment(id: number): Promise<void>;
  /** Writes a tool's result as a text file in the downloads folder; returns its path. */
  exportText(kind: 'self_assessment', text: string): Promise<string>;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw ApiError.from(raw);
  }
}

/** The real implementation, over Tauri IPC. */
export const tauriApi: Api = {
  bootstrap: () => call('bootstrap'),
  messages: (locale) => call('messages', { locale }),
  setLocale: (locale) => call('set_locale', { locale }),
  setTrack: (track) => call('set_track', { track }),
  setTextSize: (size) => call('set_text_size', { size }),
  setTheme: (theme) => call('set_theme', { theme }),
  setReducedMotion: (motion) => call('set_reduced_motion', { motion }),
  openPage: (id, locale) => call('open_page', { id, locale }),
  trackOverview: (track, locale) => call('track_overview', { track, locale }),
  markRead: (id) => call('mark_read', { id }),
  listBookmarks: (locale) => call('list_bookmarks', { locale }),
  addBookmark: (id) => call('add_bookmark', { id }),
  removeBookmark: (id) => call('remove_bookmark', { id }),
  search: (query, locale) => call('search', { query, locale }),
  glossaryTerm: (id, locale) => call('glossary_term', { id, locale }),
  storeInventory: () => call('store_inventory'),
  exportData: () => call('export_data'),
  importData: (json) => call('import_data', { json }),
  deleteEverything: () => call('delete_everything'),
  listNotes: (locale) => call('list_notes', { locale }),
  checkNote: (text) => call('check_note', { text }),
  addNote: (page, text) => call('add_note', { page, text }),
  updateNote: (id, text) => call('update_note', { id, text }),
  deleteNote: (id) => call('delete_note', { id }),
  quizProgress: (id) => call('quiz_progress', { id }),
  answerQuiz: (id, question, chosen) => call('answer_quiz', { id, question, chosen }),
  restartQuiz: (id) => call('restart_quiz', { id }),
  checklistProgress: (id) => call('checklist_progress', { id }),
  answerChecklist: (id, item, answer) => call('answer_checklist', { id, item, answer }),
  restartChecklist: (id) => call('restart_checklist', { id }),
  scenarioProgress: (id) => call('scenario_progress', { id }),
  scenarioForward: (id) => call('scenario_forward', { id }),
  scenarioBack: (id) => call('scenario_back', { id }),
  scenarioChoose: (id, choice, option) => call('scenario_choose', { id, choice, option }),
  scenarioReplayScene: (id) => call('scenario_replay_scene', { id }),
  scenarioRestart: (id) => call('scenario_restart', { id }),
  planLetter: (request, organisation, age) => call('plan_letter', { request, organisation, age }),
  checkPet: (task, flow, signals) => call('check_pet', { task, flow, signals }),
  checkPreparation: (fields) => call('check_preparation', { fields }),
  outlinePreparation: (fields) => call('outline_preparation', { fields }),
  savePreparation: (id, title, fields) => call('save_preparation', { id, title, fields }),
  listPreparations: () => call('list_preparations'),
  openPreparation: (id) => call('open_preparation', { id }),
  deletePreparation: (id) => call('delete_preparation', { id }),
  routeComplaint: (received, today, reply) => call('route_complaint', { received, today, reply }),
  listDilemmas: () => call('list_dilemmas'),
  weighDilemma: (c, chosen) => call('weigh_dilemma', { ...c, chosen }),
  assessOrganisation: (fields) => call('assess_organisation', { fields }),
  saveAssessment: (id, title, fields) => call('save_assessment', { id, title, fields }),
  listAssessments: () => call('list_assessments'),
  openAssessment: (id) => call('open_assessment', { id }),
  deleteAssessment: (id) => call('delete_assessment', { id }),
  exportText: (kind, text) => call('export_text', { kind, text }),
};
