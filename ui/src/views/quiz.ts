/**
 * The quiz player: one question at a time, graded and saved by the core, resumed where the
 * user left off, with a result at the end. Right and wrong are said in words, never by
 * colour alone.
 */
import type { Quiz, QuizAnswer, QuizProgress } from '../api';
import type { Context } from '../context';
import { contentHtml, h, replace } from '../dom';
import { choiceRow } from './choice';
import { actionButton, failure, loading } from './status';

type Question = Quiz['questions'][number];

export function quizPlayer(ctx: Context, quizId: string, quiz: Quiz): HTMLElement {
  const root = h('section', {
    class: 'app-quiz',
    attrs: { 'aria-labelledby': 'quiz-heading', 'data-testid': 'quiz' },
  });
  void new QuizPlayer(ctx, quizId, quiz, root).load();
  return root;
}

class QuizPlayer {
  private answers = new Map<string, QuizAnswer>();
  /** The question shown, or `questions.length` for the result. */
  private index = 0;

  constructor(
    private readonly ctx: Context,
    private readonly quizId: string,
    private readonly quiz: Quiz,
    private readonly root: HTMLElement,
  ) {}

  async load(): Promise<void> {
    replace(this.root, loading(this.ctx));
    let progress: QuizProgress;
    try {
      progress = await this.ctx.api.quizProgress(this.quizId);
    } catch (e) {
      replace(this.root, failure(this.ctx, e, () => void this.load()));
      return;
    }
    this.answers = new Map(progress.answers.map((a) => [a.question_id, a]));
    const open = this.quiz.questions.findIndex((q) => !this.answers.has(q.id));
    this.index = open === -1 ? this.quiz.questions.length : open;
    this.show(false);
  }

  private get total(): number {
    return this.quiz.questions.length;
  }

  /** Draws the current question or the result; `focus` moves focus to its heading. */
  private show(focus: boolean): void {
    const question = this.quiz.questions[this.index];
    const view = question ? this.question(question) : this.result();
    replace(this.root, view);
    if (focus) this.root.querySelector<HTMLElement>('#quiz-heading')?.focus();
  }

  private go(index: number): void {
    this.index = index;
    this.show(true);
  }

  private question(q: Question): HTMLElement {
    const t = this.ctx.i18n.t.bind(this.ctx.i18n);
    const answer = this.answers.get(q.id);
    const type = q.multiple ? 'checkbox' : 'radio';
    const problem = h('div', { attrs: { 'data-testid': 'quiz-problem' } });
    const hint = q.multiple
      ? h('p', { class: 'utrecht-form-field-description', id: `quiz-hint-${q.id}` }, t('quiz-pick-all'))
      : null;
    const options = q.options.map((option, i) =>
      choiceRow({
        id: `quiz-${q.id}-${i}`,
        name: `quiz-${q.id}`,
        value: String(i),
        type,
        checked: answer?.chosen.includes(i) ?? false,
        disabled: answer !== undefined,
        testid: 'quiz-option',
        label: contentHtml('label', option.label),
      }),
    );
    const fieldset = h(
      'fieldset',
      {
        class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset',
        attrs: { 'aria-describedby': hint ? `quiz-hint-${q.id}` : undefined },
      },
      contentHtml('legend', q.prompt, { class: 'utrecht-form-fieldset__legend' }),
      q.context ? contentHtml('div', q.context, { class: 'app-quiz__context' }) : null,
      hint,
      ...options,
    );
    const form = h('form', { class: 'app-form', attrs: { novalidate: true } }, fieldset, problem);
    // Only the verdict is announced: the explanations are there to read, and focus moves on
    // to "next" at the same moment, which is announced too.
    const verdict = h('p', { class: 'utrecht-paragraph app-quiz__said', attrs: { 'aria-live': 'polite', 'data-testid': 'quiz-verdict' } });
    const feedback = h('div', { class: 'app-quiz__feedback', attrs: { 'data-testid': 'quiz-feedback' } }, verdict);
    const judge = (given: QuizAnswer) => {
      replace(verdict, h('strong', {}, this.ctx.i18n.t(given.correct ? 'quiz-right' : 'quiz-wrong')));
      feedback.append(this.feedback(q, given));
    };
    if (answer) {
      judge(answer);
    } else {
      const check = h(
        'button',
        { class: 'utrecht-button utrecht-button--primary-action', attrs: { type: 'submit', 'data-testid': 'quiz-check' } },
        t('quiz-check'),
      );
      form.append(check);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => Number(i.value));
        if (chosen.length === 0) {
          replace(problem, h('p', { class: 'utrecht-form-field-error-message', attrs: { role: 'alert' } }, t('quiz-choose-first')));
          form.querySelector<HTMLInputElement>('input')?.focus();
          return;
        }
        check.disabled = true;
        this.ctx.api
          .answerQuiz(this.quizId, q.id, chosen)
          .then((saved) => {
            this.answers.set(q.id, saved);
            for (const input of form.querySelectorAll('input')) input.disabled = true;
            check.remove();
            replace(problem);
            judge(saved);
            this.root.querySelector<HTMLElement>('[data-testid="quiz-next"]')?.focus();
          })
          .catch((e: unknown) => {
            check.disabled = false;
            replace(problem, failure(this.ctx, e));
          });
      });
    }
    return h(
      'div',
      {},
      h(
        'h2',
        { class: 'utrecht-heading-2', id: 'quiz-heading', attrs: { tabindex: '-1', 'data-testid': 'quiz-position' } },
        t('quiz-position', { n: this.index + 1, total: this.total }),
      ),
      form,
      feedback,
      this.navigation(),
    );
  }

  /** Every option's explanation, marked right or wrong and whether it was chosen. */
  private feedback(q: Question, answer: QuizAnswer): HTMLElement {
    const t = this.ctx.i18n.t.bind(this.ctx.i18n);
    return h(
      'div',
      { class: `app-quiz__verdict app-quiz__verdict--${answer.correct ? 'right' : 'wrong'}` },
      h(
        'ul',
        { class: 'app-quiz__explanations' },
        ...q.options.map((option, i) => {
          const notes = [t(option.correct ? 'quiz-option-right' : 'quiz-option-wrong')];
          if (answer.chosen.includes(i)) notes.push(t('quiz-option-yours'));
          return h(
            'li',
            { class: `app-quiz__explanation${option.correct ? ' app-quiz__explanation--right' : ''}` },
            contentHtml('span', option.label, { class: 'app-quiz__option' }),
            ' ',
            h('span', { class: 'app-quiz__tag' }, `(${notes.join(', ')})`),
            contentHtml('div', option.explanation),
          );
        }),
      ),
    );
  }

  private navigation(): HTMLElement {
    const t = this.ctx.i18n.t.bind(this.ctx.i18n);
    const last = this.index === this.total - 1;
    return h(
      'div',
      { class: 'app-quiz__nav' },
      this.index > 0 &&
        h(
          'button',
          {
            class: 'utrecht-button utrecht-button--secondary-action',
            attrs: { type: 'button', 'data-testid': 'quiz-previous' },
            on: { click: () => this.go(this.index - 1) },
          },
          t('quiz-previous'),
        ),
      h(
        'button',
        {
          class: 'utrecht-button utrecht-button--secondary-action',
          attrs: { type: 'button', 'data-testid': 'quiz-next' },
          on: { click: () => this.go(this.index + 1) },
        },
        t(last ? 'quiz-to-result' : 'quiz-next'),
      ),
    );
  }

  private result(): HTMLElement {
    const t = this.ctx.i18n.t.bind(this.ctx.i18n);
    const correct = [...this.answers.values()].filter((a) => a.correct).length;
    const open = this.total - this.answers.size;
    const problem = h('div');
    const restart = actionButton(this.ctx, {
      label: t('quiz-restart'),
      testid: 'quiz-restart',
      problem,
      run: async () => {
        await this.ctx.api.restartQuiz(this.quizId);
        this.answers.clear();
        this.go(0);
      },
    });
    return h(
      'div',
      { attrs: { 'data-testid': 'quiz-result' } },
      h('h2', { class: 'utrecht-heading-2', id: 'quiz-heading', attrs: { tabindex: '-1' } }, t('quiz-result-title')),
      h('p', { class: 'utrecht-paragraph', attrs: { 'data-testid': 'quiz-score' } }, t('quiz-score', { correct, total: this.total })),
      open > 0 && h('p', { class: 'utrecht-paragraph' }, t('quiz-open', { open })),
      h(
        'ol',
        { class: 'app-quiz__overview' },
        ...this.quiz.questions.map((q, i) => {
          const a = this.answers.get(q.id);
          const status = t(a === undefined ? 'quiz-status-open' : a.correct ? 'quiz-status-right' : 'quiz-status-wrong');
          return h(
            'li',
            {},
            h(
              'button',
              {
                class: 'utrecht-button utrecht-button--subtle app-quiz__goto',
                attrs: { type: 'button' },
                on: { click: () => this.go(i) },
              },
              contentHtml('span', q.prompt),
              h('span', { class: 'app-quiz__tag' }, ` (${status})`),
            ),
          );
        }),
      ),
      h('div', { class: 'app-quiz__nav' }, restart),
      problem,
    );
  }
}
