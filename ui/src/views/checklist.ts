/**
 * The checklist player: every item on one screen, each answer saved the moment it is picked,
 * with the author's advice for that answer right under it. No right or wrong: a checklist
 * is for thinking a situation through before acting.
 */
import type { Checklist, ChecklistAnswer } from '../api';
import type { Context } from '../context';
import { contentHtml, h, replace } from '../dom';
import { choiceRow } from './choice';
import { actionButton, failure, loading } from './status';

type Item = Checklist['items'][number];

export function checklistPlayer(ctx: Context, checklistId: string, checklist: Checklist): HTMLElement {
  const root = h('section', {
    class: 'app-checklist',
    attrs: { 'aria-labelledby': 'checklist-heading', 'data-testid': 'checklist' },
  });
  void load(ctx, checklistId, checklist, root);
  return root;
}

async function load(ctx: Context, id: string, checklist: Checklist, root: HTMLElement): Promise<void> {
  replace(root, loading(ctx));
  let saved: ChecklistAnswer[];
  try {
    saved = await ctx.api.checklistProgress(id);
  } catch (e) {
    replace(root, failure(ctx, e, () => void load(ctx, id, checklist, root)));
    return;
  }
  const answers = new Map(saved.map((a) => [a.item_id, a.answer]));
  const t = ctx.i18n.t.bind(ctx.i18n);
  const count = h('p', { class: 'utrecht-paragraph', attrs: { 'data-testid': 'checklist-count' } });
  const updateCount = () => {
    count.textContent = t('checklist-count', { answered: answers.size, total: checklist.items.length });
  };
  updateCount();

  const items = checklist.items.map((item) =>
    itemView(ctx, id, item, answers.get(item.id), (answer) => {
      answers.set(item.id, answer);
      updateCount();
    }),
  );

  const problem = h('div');
  const restart = actionButton(ctx, {
    label: t('checklist-restart'),
    testid: 'checklist-restart',
    problem,
    run: async () => {
      await ctx.api.restartChecklist(id);
      await load(ctx, id, checklist, root);
      root.querySelector<HTMLElement>('#checklist-heading')?.focus();
    },
  });

  replace(
    root,
    h('h2', { class: 'utrecht-heading-2', id: 'checklist-heading', attrs: { tabindex: '-1' } }, t('checklist-title')),
    h('p', { class: 'utrecht-paragraph' }, t('checklist-intro')),
    count,
    ...items,
    h('div', { class: 'app-quiz__nav' }, restart),
    problem,
  );
}

function itemView(
  ctx: Context,
  checklistId: string,
  item: Item,
  current: number | undefined,
  saved: (answer: number) => void,
): HTMLElement {
  const advice = h('div', { class: 'app-checklist__advice', attrs: { 'aria-live': 'polite', 'data-testid': 'checklist-advice' } });
  const problem = h('div');
  const showAdvice = (answer: number) => {
    const text = item.answers[answer]?.advice;
    replace(advice, ...(text ? [contentHtml('div', text, { class: 'utrecht-paragraph' })] : []));
  };
  if (current !== undefined) showAdvice(current);
  const name = `checklist-${item.id}`;
  const fieldset = h(
    'fieldset',
    { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset', attrs: { 'data-testid': 'checklist-item' } },
    contentHtml('legend', item.prompt, { class: 'utrecht-form-fieldset__legend' }),
    item.context ? contentHtml('div', item.context, { class: 'app-quiz__context' }) : null,
    ...item.answers.map((answer, i) =>
      choiceRow({
        id: `${name}-${i}`,
        name,
        value: String(i),
        checked: current === i,
        testid: 'checklist-answer',
        label: contentHtml('label', answer.label),
      }),
    ),
  );
  fieldset.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const answer = Number(input.value);
    ctx.api
      .answerChecklist(checklistId, item.id, answer)
      .then(() => {
        current = answer;
        replace(problem);
        saved(answer);
        showAdvice(answer);
      })
      .catch((e: unknown) => {
        // Nothing was saved: show the answer that is saved (the last one that succeeded).
        input.checked = false;
        if (current !== undefined) {
          const saved = fieldset.querySelector<HTMLInputElement>(`input[value="${current}"]`);
          if (saved) saved.checked = true;
        }
        replace(problem, failure(ctx, e));
      });
  });
  return h('div', { class: 'app-checklist__item' }, fieldset, problem, advice);
}
