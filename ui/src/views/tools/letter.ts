/**
 * The request letter builder on a tool page: the user says what they want to ask, of whom,
 * and how old the person the data is about is; the core decides who writes, on which legal
 * basis, which fields are needed and what advice applies. The letter is written here from
 * the locale's sentences as the user types, and can be copied or printed. Nothing is stored:
 * what is typed lives in this form only.
 */
import type { LetterAge, LetterField, LetterOrganisation, LetterPlan, LetterRequest } from '../../api';
import type { Context } from '../../context';
import { h, replace } from '../../dom';
import { chosen, radioGroup } from '../choice';
import { kebab } from './parts';
import './tools.css';
import { failure, loading } from '../status';
import { copyText } from './clipboard';
import { textField } from './field';

const REQUESTS: LetterRequest[] = ['inzage', 'correction', 'deletion'];
const ORGANISATIONS: LetterOrganisation[] = ['gemeente', 'wijkteam', 'jeugdhulp', 'school', 'other'];
const AGES: LetterAge[] = ['from_16', 'from_12_to_15', 'under_12'];

export function letterBuilder(ctx: Context): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const values: Record<LetterField, string> = { organisation: '', name: '', child: '', details: '' };
  const fieldsSlot = h('div', { class: 'app-tool__fields' });
  const result = h('div', { class: 'app-letter__result' });
  const form = h(
    'form',
    { class: 'app-form app-letter__form', attrs: { novalidate: true }, on: { submit: (e) => e.preventDefault() } },
    radioGroup('letter-request', t('letter-request-legend'), REQUESTS.map((v) => ({ value: v, label: t(`letter-request-${v}`) })), 'inzage'),
    radioGroup(
      'letter-organisation',
      t('letter-organisation-legend'),
      ORGANISATIONS.map((v) => ({ value: v, label: t(`letter-organisation-${v}`) })),
      'gemeente',
    ),
    radioGroup('letter-age', t('letter-age-legend'), AGES.map((v) => ({ value: v, label: t(`letter-age-${kebab(v)}`) })), 'from_16'),
    fieldsSlot,
  );
  const root = h(
    'section',
    { class: 'app-tool app-letter', attrs: { 'aria-labelledby': 'letter-heading', 'data-testid': 'letter' } },
    h('h2', { class: 'utrecht-heading-2', id: 'letter-heading' }, t('letter-heading')),
    h('p', { class: 'utrecht-paragraph' }, t('letter-intro')),
    form,
    result,
  );

  let plan: LetterPlan | null = null;
  let asked = 0;
  const situation = () => ({
    request: (chosen(form, 'letter-request') ?? 'inzage') as LetterRequest,
    organisation: (chosen(form, 'letter-organisation') ?? 'gemeente') as LetterOrganisation,
    age: (chosen(form, 'letter-age') ?? 'from_16') as LetterAge,
  });
  const replan = async () => {
    const ask = ++asked;
    const { request, organisation, age } = situation();
    replace(result, loading(ctx));
    try {
      const next = await ctx.api.planLetter(request, organisation, age);
      // An answer to an earlier choice that arrives late is not shown.
      if (ask !== asked) return;
      plan = next;
    } catch (e) {
      if (ask === asked) replace(result, failure(ctx, e, () => void replan()));
      return;
    }
    replace(fieldsSlot, ...plan.fields.map(({ field }) => input(field, request)));
    draw();
  };

  const input = (field: LetterField, request: LetterRequest) => {
    const label = field === 'details' ? t(`letter-field-details-${request}`) : t(`letter-field-${field}`);
    const { field: row, box } = textField(`letter-field-${field}`, label, field === 'details');
    box.value = values[field];
    box.addEventListener('input', () => {
      values[field] = box.value;
      draw();
    });
    return row;
  };

  const draw = () => {
    if (!plan) return;
    const { request } = situation();
    const text = letterText(ctx, plan, request, values);
    const missing = plan.fields.filter((f) => f.required && !values[f.field].trim()).map((f) => fieldName(f.field, request));
    const status = h('p', { class: 'utrecht-paragraph', attrs: { role: 'status', 'data-testid': 'letter-status' } });
    const copy = h(
      'button',
      { class: 'utrecht-button utrecht-button--primary-action', attrs: { type: 'button', 'data-testid': 'letter-copy' } },
      t('letter-copy'),
    );
    copy.addEventListener('click', () => void copyText(text).then((ok) => (status.textContent = t(ok ? 'letter-copied' : 'letter-copy-failed'))));
    const print = h(
      'button',
      { class: 'utrecht-button utrecht-button--secondary-action', attrs: { type: 'button', 'data-testid': 'letter-print' } },
      t('letter-print'),
    );
    print.addEventListener('click', () => window.print());
    const todo = missing.length
      ? [
          h(
            'div',
            { class: 'app-letter__missing', attrs: { 'data-testid': 'letter-missing' } },
            h('p', { class: 'utrecht-paragraph' }, t('letter-missing')),
            h('ul', { class: 'utrecht-unordered-list' }, ...missing.map((m) => h('li', { class: 'utrecht-unordered-list__item' }, m))),
          ),
        ]
      : [];
    replace(
      result,
      h('h3', { class: 'utrecht-heading-3' }, t('letter-preview-heading')),
      ...todo,
      h('pre', { class: 'app-tool__page', attrs: { 'data-testid': 'letter-text', 'data-content': true, tabindex: '0' } }, text),
      h('div', { class: 'app-quiz__nav app-letter__actions' }, copy, print),
      status,
      h('h3', { class: 'utrecht-heading-3' }, t('letter-advice-heading')),
      h(
        'ul',
        { class: 'utrecht-unordered-list', attrs: { 'data-testid': 'letter-advice' } },
        ...plan.advice.map((a) => h('li', { class: 'utrecht-unordered-list__item', attrs: { 'data-advice': a } }, t(`letter-advice-${kebab(a)}`))),
      ),
    );
  };

  const fieldName = (field: LetterField, request: LetterRequest) =>
    field === 'details' ? t(`letter-field-details-${request}`) : t(`letter-field-${field}`);

  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement | null)?.type === 'radio') void replan();
  });
  void replan();
  return root;
}

/** The letter as plain text, in the app's language, with placeholders for what is not filled in. */
export function letterText(ctx: Context, plan: LetterPlan, request: LetterRequest, values: Record<LetterField, string>): string {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const or = (field: LetterField) => values[field].trim() || t(`letter-placeholder-${field}`);
  const details = values.details.trim();
  const lines = [
    t('letter-to', { organisation: or('organisation') }),
    '',
    t(`letter-subject-${plan.basis}`),
    '',
    t('letter-opening'),
    '',
    t(`letter-ask-${plan.basis}-${plan.writer}`, { child: or('child') }),
  ];
  if (request === 'inzage') lines.push('', t('letter-inzage-what'));
  // What to see may be left open; what to correct or delete is always asked for.
  if (details || request !== 'inzage') lines.push('', t(`letter-details-${request}`, { details: details || t('letter-placeholder-details') }));
  if (plan.basis !== 'jeugdwet') lines.push('', t('letter-term'));
  lines.push('', t('letter-closing'), or('name'));
  return lines.join('\n');
}
