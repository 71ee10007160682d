/**
 * "Een gesprek voorbereiden": the professional fills in the role, the task, the purpose, the
 * data needed and not needed, the ground, whom to ask (one question), what to tell the
 * resident, and signals of unsafety. The core outlines the one-page preparation and finds
 * client data in any free text; the user is warned before anything is saved. Saved
 * preparations can be reopened, changed and deleted; the page can be copied or printed.
 */
import type { Finding, PrepFields, PrepPoint, PrepText } from '../../api';
import type { Context } from '../../context';
import { h, replace } from '../../dom';
import { chosen, radioGroup } from '../choice';
import { failure, loading } from '../status';
import { copyText } from './clipboard';
import { textField } from './field';
import { savedList } from './saved-list';
import { kebab, toolButton } from './parts';
import './tools.css';

const CHOICES = {
  role: ['helper', 'gemeente', 'both'],
  task: ['jeugdwet', 'wmo', 'participatiewet', 'schuldhulp', 'other'],
  ground: ['law', 'consent', 'unsure'],
  signals: ['no', 'yes', 'unsure'],
} as const;
type Choice = keyof typeof CHOICES;

/** The free texts in the order they are asked; `long` ones get a bigger box. */
const TEXTS: [PrepText, boolean][] = [
  ['switch_moment', false],
  ['purpose', true],
  ['necessary', true],
  ['not_necessary', true],
  ['ask_whom', false],
  ['question', false],
  ['tell_resident', true],
];

function emptyFields(): PrepFields {
  return {
    role: null,
    switch_moment: '',
    task: null,
    purpose: '',
    necessary: '',
    not_necessary: '',
    ground: null,
    ask_whom: '',
    question: '',
    tell_resident: '',
    signals: null,
  };
}

export function preparationTool(ctx: Context): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  let current: number | null = null;
  const { field: titleField, box: title } = textField('prep-title', t('prep-title'));
  const boxes = new Map<PrepText, HTMLInputElement | HTMLTextAreaElement>();
  const text = (field: PrepText) => {
    const id = `prep-${kebab(field)}`;
    const made = textField(id, t(id), TEXTS.find(([f]) => f === field)?.[1] ?? false);
    boxes.set(field, made.box);
    return made.field;
  };
  const choice = (name: Choice) => {
    const labels = name === 'signals' ? 'pet-check-signals' : `prep-${name}`;
    return radioGroup(
      `prep-${name}`,
      t(`prep-${name}-legend`),
      CHOICES[name].map((v) => ({ value: v, label: t(`${labels}-${v}`) })),
      null,
    );
  };
  const warning = h('div', { attrs: { 'data-testid': 'prep-warning' } });
  const problem = h('div', { attrs: { 'aria-live': 'polite' } });
  const status = h('p', { class: 'utrecht-paragraph', attrs: { role: 'status', 'data-testid': 'prep-status' } });
  const result = h('div', { attrs: { 'data-testid': 'prep-result' } });

  const form = h(
    'form',
    { class: 'app-form', attrs: { novalidate: true }, on: { submit: (e) => e.preventDefault() } },
    titleField,
    choice('role'),
    text('switch_moment'),
    choice('task'),
    text('purpose'),
    text('necessary'),
    text('not_necessary'),
    choice('ground'),
    text('ask_whom'),
    text('question'),
    text('tell_resident'),
    choice('signals'),
    warning,
    h(
      'div',
      { class: 'app-quiz__nav' },
      toolButton('secondary', 'prep-make', t('prep-make'), () => void make()),
      toolButton('primary', 'prep-save', t('prep-save'), () => void save()),
      toolButton('secondary', 'prep-new', t('prep-new'), () => fill(null, '', emptyFields())),
    ),
    problem,
    status,
  );

  const read = (): PrepFields => {
    const fields = emptyFields();
    for (const [field] of TEXTS) fields[field] = boxes.get(field)?.value ?? '';
    fields.role = chosen(form, 'prep-role') as PrepFields['role'];
    fields.task = chosen(form, 'prep-task') as PrepFields['task'];
    fields.ground = chosen(form, 'prep-ground') as PrepFields['ground'];
    fields.signals = chosen(form, 'prep-signals') as PrepFields['signals'];
    return fields;
  };
  const fill = (id: number | null, name: string, fields: PrepFields) => {
    current = id;
    title.value = name;
    for (const [field] of TEXTS) {
      const box = boxes.get(field);
      if (box) box.value = fields[field];
    }
    for (const name of Object.keys(CHOICES) as Choice[]) {
      for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="prep-${name}"]`)) input.checked = input.value === fields[name];
    }
    replace(warning);
    replace(problem);
    status.textContent = '';
    replace(result);
  };

  const make = async () => {
    const fields = read();
    replace(result, loading(ctx));
    try {
      const points = await ctx.api.outlinePreparation(fields);
      drawResult(fields, points);
    } catch (e) {
      replace(result, failure(ctx, e, () => void make()));
    }
  };

  const drawResult = (fields: PrepFields, points: PrepPoint[]) => {
    const page = prepText(ctx, title.value, fields, points);
    const copied = h('p', { class: 'utrecht-paragraph', attrs: { role: 'status', 'data-testid': 'prep-copied' } });
    replace(
      result,
      h('h3', { class: 'utrecht-heading-3' }, t('prep-result-heading')),
      h('pre', { class: 'app-tool__page', attrs: { 'data-testid': 'prep-page', 'data-content': true, tabindex: '0' } }, page),
      h(
        'div',
        { class: 'app-quiz__nav' },
        toolButton('secondary', 'prep-copy', t('prep-copy'), () => {
          void copyText(page).then((ok) => (copied.textContent = t(ok ? 'letter-copied' : 'letter-copy-failed')));
        }),
        toolButton('secondary', 'prep-print', t('prep-print'), () => window.print()),
      ),
      copied,
    );
  };

  let busy = false;
  const store = async (fields: PrepFields) => {
    busy = true;
    try {
      current = await ctx.api.savePreparation(current, title.value, fields);
      replace(warning);
      replace(problem);
      status.textContent = t('prep-saved');
      await refresh();
    } catch (e) {
      replace(problem, failure(ctx, e));
    } finally {
      busy = false;
    }
  };
  // One save at a time: from "save" until it is stored or refused, nothing can save again.
  const save = async () => {
    if (busy) return;
    busy = true;
    const fields = read();
    let found: { field: PrepText; finding: Finding }[];
    try {
      found = await ctx.api.checkPreparation(fields);
    } catch (e) {
      busy = false;
      replace(problem, failure(ctx, e));
      return;
    }
    if (found.length === 0) return store(fields);
    busy = false;
    replace(warning, guard(ctx, found, fields, boxes, () => void (busy ? undefined : store(fields))));
    warning.querySelector<HTMLElement>('[data-testid="prep-guard"]')?.focus();
    return undefined;
  };

  const saved = savedList(ctx, {
    prefix: 'prep',
    openLabel: 'prep-open',
    list: () => ctx.api.listPreparations(),
    remove: (id) => ctx.api.deletePreparation(id),
    open: async (id) => {
      const open = await ctx.api.openPreparation(id);
      fill(open.id, open.title, open.fields);
      await make();
      title.focus();
    },
    removed: (id) => {
      if (current === id) fill(null, '', emptyFields());
    },
    problem,
  });
  const refresh = saved.refresh;

  const root = h(
    'section',
    { class: 'app-tool', attrs: { 'aria-labelledby': 'prep-heading', 'data-testid': 'prep' } },
    h('h2', { class: 'utrecht-heading-2', id: 'prep-heading' }, t('prep-heading')),
    form,
    result,
    h('h2', { class: 'utrecht-heading-2' }, t('prep-saved-heading')),
    saved.element,
  );
  void refresh();
  return root;
}

/** The warning before saving what looks like client data: where, what, and the two ways on. */
function guard(
  ctx: Context,
  found: { field: PrepText; finding: Finding }[],
  fields: PrepFields,
  boxes: Map<PrepText, HTMLInputElement | HTMLTextAreaElement>,
  saveAnyway: () => void,
): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const first = found[0];
  return h(
    'div',
    {
      class: 'utrecht-alert utrecht-alert--warning app-notes__warning',
      attrs: { role: 'group', tabindex: '-1', 'aria-labelledby': 'prep-guard-title', 'data-testid': 'prep-guard' },
    },
    h(
      'div',
      { class: 'utrecht-alert__content' },
      h('p', { class: 'utrecht-paragraph', id: 'prep-guard-title' }, h('strong', {}, t('prep-guard-title'))),
      h('p', { class: 'utrecht-paragraph' }, t('prep-guard-text')),
      h(
        'ul',
        { class: 'utrecht-unordered-list' },
        ...found.map(({ field, finding }) =>
          h(
            'li',
            { class: 'utrecht-unordered-list__item' },
            t(`prep-${kebab(field)}`),
            ' — ',
            t(`notes-guard-kind-${kebab(finding.kind)}`),
            ': ',
            h('mark', { attrs: { 'data-content': true } }, fields[field].slice(finding.start_utf16, finding.end_utf16)),
          ),
        ),
      ),
      h(
        'div',
        { class: 'app-quiz__nav' },
        h(
          'button',
          {
            class: 'utrecht-button utrecht-button--primary-action',
            attrs: { type: 'button', 'data-testid': 'prep-guard-change' },
            on: {
              click: () => {
                const box = first ? boxes.get(first.field) : undefined;
                box?.focus();
                if (box && first) box.setSelectionRange(first.finding.start_utf16, first.finding.end_utf16);
              },
            },
          },
          t('prep-guard-change'),
        ),
        h(
          'button',
          { class: 'utrecht-button utrecht-button--secondary-action', attrs: { type: 'button', 'data-testid': 'prep-guard-anyway' }, on: { click: saveAnyway } },
          t('prep-guard-anyway'),
        ),
      ),
    ),
  );
}

/** The one-page preparation as plain text: the user's words under their questions, and what
 * the core says follows, in the app's language. */
export function prepText(ctx: Context, title: string, f: PrepFields, points: PrepPoint[]): string {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const lines: string[] = [];
  const section = (heading: string, ...body: string[]) => {
    const said = body.filter((b) => b.trim());
    if (said.length) lines.push(heading, ...said.map((b) => `  ${b}`), '');
  };
  if (title.trim()) lines.push(title.trim(), '');
  section(
    t('letter-missing'),
    ...points.flatMap((p) => (typeof p === 'object' && 'missing' in p ? [t(`prep-missing-${p.missing}`)] : [])),
  );
  const role = points.find((p): p is { role: 'helper' | 'gemeente' | 'both' | 'unclear' } => typeof p === 'object' && 'role' in p);
  section(
    t('prep-role-legend'),
    role ? t(`pet-check-role-${role.role}`) : '',
    points.includes('switch_script') ? t('pet-check-follow-mark-switch') : '',
    f.switch_moment,
  );
  section(t('prep-task-legend'), f.task ? t(`prep-task-${f.task}`) : '');
  section(t('prep-purpose'), f.purpose);
  section(t('prep-necessary'), f.necessary);
  section(t('prep-not-necessary'), f.not_necessary);
  const ground = points.find((p) => p === 'ground_law' || p === 'ground_consent' || p === 'ground_unsure');
  section(
    t('prep-ground-legend'),
    f.ground ? t(`prep-ground-${f.ground}`) : '',
    ground === 'ground_law' ? t('pet-check-follow-law-is-ground') : '',
    ground === 'ground_consent' ? t('prep-point-ground-consent') : '',
    ground === 'ground_unsure' ? t('pet-check-follow-find-out') : '',
  );
  section(t('prep-ask-whom'), f.ask_whom, f.question, points.includes('one_question') ? t('prep-point-one-question') : '');
  section(t('prep-tell-resident'), f.tell_resident);
  if (points.includes('meldcode_steps')) {
    section(t('prep-point-meldcode'), ...[1, 2, 3, 4, 5].map((n) => `${n}. ${t(`prep-meldcode-${n}`)}`));
  }
  return lines.join('\n').trim();
}
