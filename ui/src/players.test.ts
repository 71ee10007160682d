import { beforeEach, describe, expect, it } from 'vitest';
import { withPlayers } from './testing/fake-api';
import { type Harness, onboardedApi, startApp } from './testing/harness';

function options(h: Harness): HTMLInputElement[] {
  return [...h.root.querySelectorAll<HTMLInputElement>('[data-testid="quiz-option"]')];
}

async function choose(h: Harness, ...indexes: number[]): Promise<void> {
  for (const i of indexes) options(h)[i]?.click();
  await h.click('quiz-check');
}

beforeEach(() => {
  window.location.hash = '';
});

describe('quiz player', () => {
  it('grades through the core, explains every option in words, and ends with a score', async () => {
    const api = withPlayers(onboardedApi('en'));
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-quiz' });
    expect(h.text('quiz-position')).toBe('Question 1 of 2');
    expect(options(h).map((o) => o.type)).toEqual(['radio', 'radio']);

    await h.click('quiz-check');
    expect(h.text('quiz-problem')).toContain('Choose an answer first');
    expect(api.quizAnswers).toEqual([]);

    await choose(h, 1);
    expect(h.text('quiz-feedback')).toContain('Correct!');
    expect(h.text('quiz-feedback')).toContain('(right answer, your choice)');
    expect(h.text('quiz-feedback')).toContain('Yes, from 12.');
    expect(options(h).every((o) => o.disabled)).toBe(true);

    await h.click('quiz-next');
    expect(h.text('quiz-position')).toBe('Question 2 of 2');
    expect(options(h).map((o) => o.type)).toEqual(['checkbox', 'checkbox', 'checkbox']);
    expect(h.root.textContent).toContain('Choose all that apply');
    await choose(h, 0);
    expect(h.text('quiz-feedback')).toContain('Not quite');
    expect(h.text('quiz-feedback')).toContain('Correction (right answer)');

    await h.click('quiz-next');
    expect(h.text('quiz-score')).toBe('You got 1 out of 2 questions right.');
    expect(api.quizAnswers.map((a) => [a.question_id, a.correct])).toEqual([
      ['leeftijd', true],
      ['rechten', false],
    ]);
  });

  it('explains a glossary word from an explanation right there, and returns focus to it', async () => {
    const api = withPlayers(onboardedApi('nl'));
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-quiz' });
    await choose(h, 1);
    const word = h.root.querySelector<HTMLAnchorElement>('[data-testid="quiz-feedback"] a[href="#/term/avg"]');
    word?.click();
    await h.settle();
    expect(window.location.hash).toBe('#/page/jongeren-quiz');
    const slot = h.root.querySelector('[data-testid="term-slot"]');
    expect(slot?.previousElementSibling?.contains(word ?? null)).toBe(true);
    expect(h.text('term')).toContain('De privacywet.');
    await h.click('term-close');
    expect(document.activeElement).toBe(word);
  });

  it('resumes at the first open question and starts again on request', async () => {
    const api = withPlayers(onboardedApi('nl'));
    await api.answerQuiz('jongeren-quiz', 'leeftijd', [0]);
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-quiz' });
    expect(h.text('quiz-position')).toBe('Vraag 2 van 2');

    await h.click('quiz-previous');
    expect(h.text('quiz-feedback')).toContain('Niet helemaal');
    expect(options(h)[0]?.checked).toBe(true);

    await h.click('quiz-next');
    await choose(h, 0, 1);
    await h.click('quiz-next');
    expect(h.text('quiz-score')).toBe('Je hebt 1 van de 2 vragen goed.');
    await h.click('quiz-restart');
    expect(api.quizAnswers).toEqual([]);
    expect(h.text('quiz-position')).toBe('Vraag 1 van 2');
    expect(document.activeElement?.id).toBe('quiz-heading');
  });

  it('keeps the choice and says why when the answer cannot be saved', async () => {
    const api = withPlayers(onboardedApi('nl'));
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-quiz' });
    api.failWith = 'read_only';
    await choose(h, 1);
    expect(h.root.querySelector('[data-testid="quiz-problem"] [data-error-code="read_only"]')).not.toBeNull();
    expect(options(h)[1]?.checked).toBe(true);
    expect(options(h)[1]?.disabled).toBe(false);
    api.failWith = null;
    await h.click('quiz-check');
    expect(h.text('quiz-feedback')).toContain('Goed!');
  });

  it('shows a localised error with a retry when progress cannot be read', async () => {
    const api = withPlayers(onboardedApi('en'));
    const h = await startApp(api);
    api.failWith = 'store_unavailable';
    api.failOnly = ['quizProgress'];
    await h.go({ name: 'page', id: 'jongeren-quiz' });
    expect(h.root.querySelector('[data-testid="quiz"] [data-testid="error"]')).not.toBeNull();
    api.failWith = null;
    h.root.querySelector<HTMLButtonElement>('[data-testid="quiz"] [data-testid="error"] button')?.click();
    await h.settle();
    expect(h.text('quiz-position')).toBe('Question 1 of 2');
  });
});

describe('checklist player', () => {
  it('saves each answer as it is picked and shows the advice for it', async () => {
    const api = withPlayers(onboardedApi('en'));
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-lijst' });
    expect(h.text('checklist-count')).toBe('0 of 2 points filled in');
    const answers = () => [...h.root.querySelectorAll<HTMLInputElement>('[data-testid="checklist-answer"]')];
    answers()[1]?.click();
    await h.settle();
    expect(api.checklistAnswers.map(({ answered_at: _, ...a }) => a)).toEqual([{ checklist_id: 'jongeren-lijst', item_id: 'doel', answer: 1 }]);
    expect(h.text('checklist-advice')).toContain('Find out first.');
    expect(h.text('checklist-count')).toBe('1 of 2 points filled in');

    answers()[0]?.click();
    await h.settle();
    expect(h.text('checklist-advice')).toBe('');

    const again = await startApp(api);
    await again.go({ name: 'page', id: 'jongeren-lijst' });
    expect(again.root.querySelector<HTMLInputElement>('#checklist-doel-0')?.checked).toBe(true);
    await again.click('checklist-restart');
    expect(api.checklistAnswers).toEqual([]);
    expect(again.text('checklist-count')).toBe('0 of 2 points filled in');
  });

  it('puts the previous answer back when a new one cannot be saved', async () => {
    const api = withPlayers(onboardedApi('nl'));
    await api.answerChecklist('jongeren-lijst', 'doel', 0);
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-lijst' });
    api.failWith = 'disk_full';
    h.root.querySelector<HTMLInputElement>('#checklist-doel-1')?.click();
    await h.settle();
    expect(h.root.querySelector<HTMLInputElement>('#checklist-doel-0')?.checked).toBe(true);
    expect(h.root.querySelector('[data-error-code="disk_full"]')).not.toBeNull();
    expect(api.checklistAnswers[0]?.answer).toBe(0);
  });
});
