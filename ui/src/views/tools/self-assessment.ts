/**
 * The self-assessment for management: seven questions about how the organisation handles data.
 * The core gives advice per answer, most urgent first, and what is still open; the result can
 * be saved, reopened, copied and exported as a text file. It holds nothing about residents.
 */
import type { AssessAnswer, AssessFields, Assessment, AssessTopic } from '../../api';
import type { Context } from '../../context';
import { h, replace } from '../../dom';
import { chosen, radioGroup } from '../choice';
import { failure, loading } from '../status';
import { copyText } from './clipboard';
import { textField } from './field';
import { savedList } from './saved-list';
import { kebab, toolButton } from './parts';
import './tools.css';

export const TOPICS: AssessTopic[] = ['tasks', 'moments', 'residents', 'transparency', 'steering', 'access', 'testing'];
const ANSWERS: AssessAnswer[] = ['yes', 'partly', 'no', 'unknown'];

export function selfAssessment(ctx: Context): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  let current: number | null = null;
  let assessment: Assessment | null = null;
  const { field: titleField, box: title } = textField('assess-title', t('assess-title'));
  const problem = h('div', { attrs: { 'aria-live': 'polite' } });
  const status = h('p', { class: 'utrecht-paragraph', attrs: { role: 'status', 'data-testid': 'assess-status' } });
  const result = h('div', { attrs: { 'data-testid': 'assess-result' } });
  const form = h(
    'form',
    { class: 'app-form', attrs: { novalidate: true }, on: { submit: (e) => e.preventDefault() } },
    titleField,
    ...TOPICS.map((topic) =>
      radioGroup(
        `assess-${topic}`,
        t(`assess-topic-${topic}`),
        ANSWERS.map((a) => ({ value: a, label: t(`assess-answer-${a}`) })),
        null,
      ),
    ),
  );

  const read = (): AssessFields => {
    const answers: AssessFields['answers'] = {};
    for (const topic of TOPICS) {
      const a = chosen(form, `assess-${topic}`) as AssessAnswer | null;
      if (a) answers[topic] = a;
    }
    return { answers };
  };
  const fill = (id: number | null, name: string, fields: AssessFields) => {
    current = id;
    title.value = name;
    for (const topic of TOPICS) {
      for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="assess-${topic}"]`)) input.checked = input.value === fields.answers[topic];
    }
    replace(problem);
    status.textContent = '';
    void assess();
  };

  let asked = 0;
  const assess = async () => {
    const ask = ++asked;
    replace(result, loading(ctx));
    let a: Assessment;
    try {
      a = await ctx.api.assessOrganisation(read());
    } catch (e) {
      if (ask === asked) replace(result, failure(ctx, e, () => void assess()));
      return;
    }
    if (ask !== asked) return;
    assessment = a;
    replace(result, ...drawAssessment(ctx, a));
  };
  form.addEventListener('change', () => void assess());

  let busy = false;
  const save = async () => {
    if (busy) return;
    busy = true;
    try {
      current = await ctx.api.saveAssessment(current, title.value, read());
      replace(problem);
      status.textContent = t('assess-saved');
      await saved.refresh();
    } catch (e) {
      replace(problem, failure(ctx, e));
    } finally {
      busy = false;
    }
  };
  const text = () => (assessment ? assessText(ctx, title.value, assessment) : '');
  const copy = () => {
    void copyText(text()).then((ok) => (status.textContent = t(ok ? 'assess-copied' : 'letter-copy-failed')));
  };
  const exportFile = async () => {
    try {
      const path = await ctx.api.exportText('self_assessment', text());
      replace(problem);
      status.textContent = t('assess-exported', { path });
    } catch (e) {
      replace(problem, failure(ctx, e));
    }
  };

  const saved = savedList(ctx, {
    prefix: 'assess',
    openLabel: 'assess-open-saved',
    list: () => ctx.api.listAssessments(),
    remove: (id) => ctx.api.deleteAssessment(id),
    open: async (id) => {
      const open = await ctx.api.openAssessment(id);
      fill(open.id, open.title, open.fields);
      title.focus();
    },
    removed: (id) => {
      if (current === id) fill(null, '', { answers: {} });
    },
    problem,
  });

  const root = h(
    'section',
    { class: 'app-tool', attrs: { 'aria-labelledby': 'assess-heading', 'data-testid': 'assess' } },
    h('h2', { class: 'utrecht-heading-2', id: 'assess-heading' }, t('assess-heading')),
    h('p', { class: 'utrecht-paragraph' }, t('assess-intro')),
    form,
    h(
      'section',
      { class: 'app-tool__result', attrs: { 'aria-labelledby': 'assess-result-heading' } },
      h('h2', { class: 'utrecht-heading-2', id: 'assess-result-heading' }, t('assess-result-heading')),
      result,
    ),
    h(
      'div',
      { class: 'app-quiz__nav' },
      toolButton('primary', 'assess-save', t('assess-save'), () => void save()),
      toolButton('secondary', 'assess-copy', t('assess-copy'), copy),
      toolButton('secondary', 'assess-export', t('assess-export'), () => void exportFile()),
      toolButton('secondary', 'assess-new', t('assess-new'), () => fill(null, '', { answers: {} })),
    ),
    problem,
    status,
    h('h2', { class: 'utrecht-heading-2' }, t('assess-saved-heading')),
    saved.element,
  );
  void assess();
  void saved.refresh();
  return root;
}

function drawAssessment(ctx: Context, a: Assessment): HTMLElement[] {
  const t = ctx.i18n.t.bind(ctx.i18n);
  if (!a.items.length) return [h('p', { class: 'utrecht-paragraph', attrs: { 'data-testid': 'assess-none-answered' } }, t('assess-none-answered'))];
  return [
    h('p', { class: 'utrecht-paragraph', attrs: { 'data-testid': 'assess-tally' } }, t('assess-tally', { ...a.tally })),
    h(
      'p',
      { class: 'utrecht-paragraph', attrs: { 'data-testid': 'assess-progress', 'data-open': String(a.open.length) } },
      a.open.length ? t('assess-open', { count: a.open.length }) : t('assess-complete'),
    ),
    h(
      'ol',
      { class: 'utrecht-ordered-list app-assess', attrs: { 'data-testid': 'assess-advice' } },
      ...a.items.map((i) =>
        h(
          'li',
          { class: 'utrecht-ordered-list__item', attrs: { 'data-topic': i.topic, 'data-advice': i.advice } },
          h('p', { class: 'utrecht-paragraph' }, h('strong', {}, t(`assess-kind-${kebab(i.advice)}`)), ' — ', t(`assess-topic-${i.topic}`)),
          h('p', { class: 'utrecht-paragraph app-notes__meta' }, t('assess-your-answer', { answer: t(`assess-answer-${i.answer}`) })),
          h('p', { class: 'utrecht-paragraph' }, t(`assess-advice-${i.topic}-${kebab(i.advice)}`)),
        ),
      ),
    ),
  ];
}

/** The result as plain text, in the app's language: to copy or to save as a file. */
export function assessText(ctx: Context, title: string, a: Assessment): string {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const lines = [title.trim() ? t('assess-text-heading', { title: title.trim() }) : t('assess-text-untitled'), ''];
  if (!a.items.length) lines.push(t('assess-none-answered'));
  else {
    lines.push(t('assess-tally', { ...a.tally }), a.open.length ? t('assess-open', { count: a.open.length }) : t('assess-complete'), '');
    a.items.forEach((i, n) => {
      lines.push(
        `${n + 1}. ${t(`assess-topic-${i.topic}`)}`,
        `   ${t('assess-your-answer', { answer: t(`assess-answer-${i.answer}`) })} — ${t(`assess-kind-${kebab(i.advice)}`)}`,
        `   ${t(`assess-advice-${i.topic}-${kebab(i.advice)}`)}`,
        '',
      );
    });
  }
  return lines.join('\n').trim();
}
