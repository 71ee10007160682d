/**
 * "Geen antwoord gekregen?": under the request letter. The user gives the day the organisation
 * got the request (day, month and year in three boxes: every web view can take those, and a
 * screen reader says each) and what came back; the core works out the last day of the term
 * and the steps, from a reminder to the Autoriteit Persoonsgegevens. Nothing is stored.
 */
import type { ComplaintReply, ComplaintRoute } from '../../api';
import type { Context } from '../../context';
import { h, replace } from '../../dom';
import { chosen, radioGroup } from '../choice';
import { failure, loading } from '../status';
import { kebab } from './parts';
import './tools.css';

const REPLIES: ComplaintReply[] = ['nothing', 'extension', 'refused', 'partial'];

/** The user's own calendar day, as the core reads dates. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `YYYY-MM-DD` from what was typed in the three boxes, or null while one is empty. */
export function typedDay(day: string, month: string, year: string): string | null {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d || !m || !y) return null;
  // The core refuses anything that is not a real date, with its own message.
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** A `YYYY-MM-DD` day as the user's language writes it. */
export function longDay(locale: string, day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function complaintRoute(ctx: Context): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const part = (name: 'day' | 'month' | 'year', size: number) => {
    const id = `complaint-${name}`;
    const box = h('input', {
      id,
      class: `utrecht-textbox utrecht-textbox--html-input app-date__${name}`,
      attrs: { type: 'text', inputmode: 'numeric', maxlength: String(size), autocomplete: 'off', 'data-testid': id },
    });
    return { box, field: h('div', { class: 'app-date__part' }, h('label', { class: 'utrecht-form-label', attrs: { for: id } }, t(id)), box) };
  };
  const [day, month, year] = [part('day', 2), part('month', 2), part('year', 4)];
  const date = h(
    'fieldset',
    { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset', attrs: { 'aria-describedby': 'complaint-received-hint' } },
    h('legend', { class: 'utrecht-form-fieldset__legend' }, t('complaint-received')),
    h('p', { class: 'utrecht-form-field-description', id: 'complaint-received-hint' }, t('complaint-received-hint')),
    h('div', { class: 'app-date' }, day.field, month.field, year.field),
  );
  const form = h(
    'form',
    { class: 'app-form', attrs: { novalidate: true }, on: { submit: (e) => e.preventDefault() } },
    date,
    radioGroup(
      'complaint-reply',
      t('complaint-reply-legend'),
      REPLIES.map((v) => ({ value: v, label: t(`complaint-reply-${v}`) })),
      null,
    ),
  );
  const result = h('div', { attrs: { 'data-testid': 'complaint-result' } });

  let asked = 0;
  const route = async () => {
    const received = typedDay(day.box.value, month.box.value, year.box.value);
    const reply = chosen(form, 'complaint-reply') as ComplaintReply | null;
    if (!received || !reply) {
      replace(result, h('p', { class: 'utrecht-paragraph' }, t('complaint-fill-in')));
      return;
    }
    const ask = ++asked;
    replace(result, loading(ctx));
    let r: ComplaintRoute;
    try {
      r = await ctx.api.routeComplaint(received, localDay(), reply);
    } catch (e) {
      if (ask === asked) replace(result, failure(ctx, e));
      return;
    }
    if (ask === asked) replace(result, ...drawRoute(ctx, r));
  };
  form.addEventListener('input', () => void route());
  form.addEventListener('change', () => void route());
  void route();

  return h(
    'section',
    { class: 'app-tool', attrs: { 'aria-labelledby': 'complaint-heading', 'data-testid': 'complaint' } },
    h('h2', { class: 'utrecht-heading-2', id: 'complaint-heading' }, t('complaint-heading')),
    h('p', { class: 'utrecht-paragraph' }, t('complaint-intro')),
    form,
    h(
      'section',
      { class: 'app-tool__result', attrs: { 'aria-labelledby': 'complaint-result-heading' } },
      h('h3', { class: 'utrecht-heading-3', id: 'complaint-result-heading' }, t('complaint-result-heading')),
      // Polite: the route changes as the user types, and is said once it settles.
      h('div', { attrs: { 'aria-live': 'polite' } }, result),
    ),
  );
}

function drawRoute(ctx: Context, r: ComplaintRoute): HTMLElement[] {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const date = longDay(ctx.i18n.locale, r.deadline);
  const term =
    r.days_left > 0
      ? t('complaint-deadline-running', { date, days: r.days_left })
      : r.days_left === 0
        ? t('complaint-deadline-today', { date })
        : t('complaint-deadline-passed', { date, days: -r.days_left });
  return [
    h(
      'p',
      {
        class: 'utrecht-paragraph app-tool__verdict',
        attrs: { 'data-testid': 'complaint-deadline', 'data-deadline': r.deadline, 'data-days-left': String(r.days_left) },
      },
      term,
    ),
    h(
      'ol',
      { class: 'utrecht-ordered-list', attrs: { 'data-testid': 'complaint-steps' } },
      ...r.steps.map((s) => h('li', { class: 'utrecht-ordered-list__item', attrs: { 'data-step': s } }, t(`complaint-step-${kebab(s)}`))),
    ),
  ];
}
