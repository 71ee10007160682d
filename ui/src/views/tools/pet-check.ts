/**
 * "Welke pet heb ik op?": three questions about the conversation at hand; the core says which
 * role the worker is in and what follows; this draws the questions and the answer. Nothing
 * is stored.
 */
import type { PetFlow, PetOutcome, PetSignals, PetTask } from '../../api';
import type { Context } from '../../context';
import { h, replace } from '../../dom';
import { chosen, radioGroup } from '../choice';
import { failure, loading } from '../status';
import { kebab } from './parts';
import './tools.css';

const TASKS: PetTask[] = ['help', 'decision', 'both'];
const FLOWS: PetFlow[] = ['stays', 'gemeente', 'unknown'];
const SIGNALS: PetSignals[] = ['no', 'yes', 'unsure'];

export function petCheck(ctx: Context): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const group = (name: string, values: string[]) =>
    radioGroup(`pet-${name}`, t(`pet-check-${name}-legend`), values.map((v) => ({ value: v, label: t(`pet-check-${name}-${v}`) })), null);
  const form = h(
    'form',
    { class: 'app-form', attrs: { novalidate: true }, on: { submit: (e) => e.preventDefault() } },
    group('task', TASKS),
    group('flow', FLOWS),
    group('signals', SIGNALS),
  );
  const result = h('div', { attrs: { 'data-testid': 'pet-result' } });
  const root = h(
    'section',
    { class: 'app-tool', attrs: { 'aria-labelledby': 'pet-check-heading', 'data-testid': 'pet-check' } },
    h('h2', { class: 'utrecht-heading-2', id: 'pet-check-heading' }, t('pet-check-heading')),
    form,
    h(
      'section',
      { class: 'app-tool__result', attrs: { 'aria-labelledby': 'pet-result-heading' } },
      h('h2', { class: 'utrecht-heading-2', id: 'pet-result-heading' }, t('pet-check-result-heading')),
      // Polite: the answer changes as the user answers, and is said once it is there.
      h('div', { attrs: { 'aria-live': 'polite' } }, result),
    ),
  );
  let asked = 0;
  const judge = async () => {
    const task = chosen(form, 'pet-task') as PetTask | null;
    const flow = chosen(form, 'pet-flow') as PetFlow | null;
    const signals = chosen(form, 'pet-signals') as PetSignals | null;
    if (!task || !flow || !signals) {
      replace(result, h('p', { class: 'utrecht-paragraph' }, t('pet-check-answer-all')));
      return;
    }
    const ask = ++asked;
    replace(result, loading(ctx));
    let outcome: PetOutcome;
    try {
      outcome = await ctx.api.checkPet(task, flow, signals);
    } catch (e) {
      if (ask === asked) replace(result, failure(ctx, e, () => void judge()));
      return;
    }
    if (ask !== asked) return;
    replace(
      result,
      h('p', { class: 'utrecht-paragraph app-tool__verdict', attrs: { 'data-testid': 'pet-role', 'data-role': outcome.role } }, t(`pet-check-role-${outcome.role}`)),
      h('h3', { class: 'utrecht-heading-3' }, t('pet-check-follows-heading')),
      h(
        'ul',
        { class: 'utrecht-unordered-list', attrs: { 'data-testid': 'pet-follows' } },
        ...outcome.follows.map((f) => h('li', { class: 'utrecht-unordered-list__item', attrs: { 'data-follow': f } }, t(`pet-check-follow-${kebab(f)}`))),
      ),
    );
  };
  form.addEventListener('change', () => void judge());
  void judge();
  return root;
}
