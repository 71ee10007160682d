import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withPlayers } from './testing/fake-api';
import { onboardedApi, startApp, type Harness } from './testing/harness';

beforeEach(() => {
  window.location.hash = '';
});

afterEach(() => {
  vi.useRealTimers();
});

const STORY = { name: 'page', id: 'jongeren-verhaal' } as const;

async function open(locale: 'nl' | 'en' = 'en') {
  const api = withPlayers(onboardedApi(locale));
  const h = await startApp(api);
  await h.go(STORY);
  return { api, h };
}

const q = (h: Harness, css: string) => h.root.querySelector<HTMLElement>(css);
const beat = (h: Harness) => q(h, '[data-testid="story-beat"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const live = (h: Harness) => h.text('story-live');
const button = (h: Harness, testid: string) => q(h, `[data-testid="${testid}"]`) as HTMLButtonElement;

describe('story player', () => {
  it('plays a story step by step: people, a role switch, data moving, a choice and an ending', async () => {
    const { api, h } = await open();
    expect(h.text('story-position')).toBe('Step 1 · At the wijkteam');
    expect(beat(h)).toBe('Sam comes in.');
    expect(button(h, 'story-back').disabled).toBe(true);
    expect(live(h), 'opening the page says nothing by itself').toBe('');

    await h.click('story-forward');
    expect(beat(h)).toBe('Sam: Can you help me?');
    expect(q(h, '[data-cast="sam"]')?.classList.contains('app-stage__person--active')).toBe(true);
    expect(live(h)).toBe('Sam: Can you help me?');

    await h.click('story-forward');
    expect(beat(h)).toContain('On behalf of the gemeente');
    expect(beat(h)).toContain("Noor puts on the gemeente's cap. Now I ask for the gemeente.");
    expect(h.text('pet-noor')).toBe('On behalf of the gemeente');
    expect(q(h, '[data-cast="noor"] .app-figure__pet')?.getAttribute('data-pet')).toBe('gemeente');

    await h.click('story-forward');
    expect(beat(h)).toContain('Noor asks Sam for: your bank statements');
    expect(q(h, '.app-stage__lane')?.getAttribute('data-direction')).toBe('left');
    expect(q(h, '.app-stage__doc-label')?.textContent).toBe('your bank statements');
    expect(h.text('pet-noor'), 'the pet stays on').toBe('On behalf of the gemeente');

    await h.click('story-forward');
    expect(beat(h)).toBe('Sam thinks: Why does she need that?');

    await h.click('story-forward');
    expect(h.text('story-choice')).toContain('What does Sam do?');
    expect(button(h, 'story-forward').disabled).toBe(true);
    // Focus moves onto the first option (read out with the choice), so nothing else is said.
    expect(live(h)).toBe('');
    const options = [...h.root.querySelectorAll<HTMLButtonElement>('[data-testid="story-option"]')];
    expect(options.map((o) => o.textContent)).toEqual(['Ask why', 'Hand it all over']);
    expect(document.activeElement).toBe(options[0]);

    options[0]?.click();
    await h.settle();
    expect(h.text('story-feedback')).toContain('Your choice: Ask why');
    expect(h.text('story-feedback')).toContain('Sam may ask what it is for.');
    expect(q(h, '.app-story__option--chosen')?.textContent).toBe('Ask why (chosen)');
    expect(live(h)).toBe('Your choice: Ask why. Good: Sam may ask what it is for.');
    expect(document.activeElement).toBe(button(h, 'story-forward'));

    await h.click('story-forward');
    expect(h.text('story-position')).toBe('Step 7 · Sam asks');
    // A second switch: the old cap comes off, the new one goes on, and both roles are named.
    const caps = [...h.root.querySelectorAll('[data-cast="noor"] .app-figure__pet')];
    expect(caps.map((c) => [c.getAttribute('data-pet'), c.classList.contains('app-figure__pet--off')])).toEqual([
      ['gemeente', true],
      ['helper', false],
    ]);
    expect(h.text('pet-was')).toBe('Before: on behalf of the gemeente');
    expect(h.text('pet-noor')).toBe('Helper');
    await h.click('story-forward');
    expect(beat(h)).toContain('Sam gives Noor: one statement');
    await h.click('story-forward');
    const ending = h.text('story-ending');
    expect(ending).toContain('Ending: Sam asks');
    expect(ending).toContain('You may ask why.');
    expect(ending).toContain('AVG, artikel 5');
    expect(h.text('story-endings')).toBe('You have seen 1 of the 2 endings.');
    expect(q(h, '[data-testid="story-related"] a')?.getAttribute('href')).toBe('#/page/jongeren-quiz');
    const endingHeading = q(h, '[data-testid="story-ending"] h3');
    expect(document.activeElement).toBe(endingHeading);
    expect(button(h, 'story-forward').disabled).toBe(true);
    // Stepping back from the ending by keyboard: the heading goes, focus stays in the player.
    endingHeading?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await h.settle();
    expect(document.activeElement).toBe(button(h, 'story-forward'));
    await h.click('story-forward');
    expect([...(api.endings.get('jongeren-verhaal') ?? [])]).toEqual(['vragen']);

    await h.click('story-restart');
    expect(beat(h)).toBe('Sam comes in.');
    expect(h.text('story-position')).toBe('Step 1 · At the wijkteam');
  });

  it('resumes at the saved step, steps back and replays the scene', async () => {
    const api = withPlayers(onboardedApi('en'));
    api.stories.set('jongeren-verhaal', { choices: [], at: 3 });
    const h = await startApp(api);
    await h.go(STORY);
    expect(beat(h)).toContain('Noor asks Sam for');
    await h.click('story-back');
    expect(beat(h)).toContain("Noor puts on the gemeente's cap.");
    await h.click('story-replay');
    expect(beat(h)).toBe('Sam comes in.');
    expect(api.stories.get('jongeren-verhaal')?.at).toBe(0);
  });

  it('keeps the step and says why when a move cannot be saved', async () => {
    const { api, h } = await open('nl');
    api.failWith = 'disk_full';
    api.failOnly = ['scenarioForward'];
    await h.click('story-forward');
    expect(q(h, '[data-testid="story"] [data-error-code="disk_full"]')).not.toBeNull();
    expect(beat(h)).toBe('Sam comes in.');
    api.failWith = null;
    await h.click('story-forward');
    expect(q(h, '[data-testid="story"] [data-error-code="disk_full"]')).toBeNull();
  });

  it('shows a localised error with a retry when the story cannot be loaded', async () => {
    const api = withPlayers(onboardedApi('nl'));
    api.failWith = 'storage';
    api.failOnly = ['scenarioProgress'];
    const h = await startApp(api);
    await h.go(STORY);
    expect(q(h, '[data-testid="story"] [data-error-code="storage"]')).not.toBeNull();
    api.failWith = null;
    (q(h, '[data-testid="story"] [data-testid="error"] button') as HTMLButtonElement).click();
    await h.settle();
    expect(beat(h)).toBe('Sam comes in.');
  });

  it('has a text version with every step, the choice taken and where the user is', async () => {
    const api = withPlayers(onboardedApi('en'));
    api.stories.set('jongeren-verhaal', { choices: [['c1', 1]], at: 5 });
    const h = await startApp(api);
    await h.go(STORY);
    const toggle = button(h, 'story-transcript-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await h.click('story-transcript-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const text = h.text('story-transcript').replace(/\s+/g, ' ');
    expect(text).toContain('At the wijkteam');
    expect(text).toContain('Sam: Can you help me?');
    expect(text).toContain('Choice: What does Sam do?');
    expect(text).toContain('Your choice: Hand it all over');
    expect(text).toContain('Sam gives everything');
    expect(text).toContain('Noor gets far more than she needs.');
    expect(q(h, '[aria-current="step"]')?.textContent).toContain('You are here now.');
    await h.click('story-transcript-toggle');
    expect(q(h, '#story-transcript')?.hidden).toBe(true);
  });

  it('answers its keyboard shortcuts while focus is in the player, but not in the speed list', async () => {
    const { h } = await open();
    const key = (target: HTMLElement, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key(button(h, 'story-forward'), 'ArrowRight');
    await h.settle();
    expect(beat(h)).toBe('Sam: Can you help me?');
    key(button(h, 'story-forward'), 'ArrowLeft');
    await h.settle();
    expect(beat(h)).toBe('Sam comes in.');
    key(button(h, 'story-forward'), 't');
    expect(q(h, '#story-transcript')?.hidden).toBe(false);
    key(q(h, '[data-testid="story-speed"]') as HTMLElement, 'ArrowRight');
    await h.settle();
    expect(beat(h)).toBe('Sam comes in.');
    expect(h.text('story-shortcuts')).toContain('K is play or pause');
  });

  it('plays by itself when asked and stops at the choice', async () => {
    const { api, h } = await open();
    vi.useFakeTimers();
    // Paused, nothing moves however long it waits.
    button(h, 'story-play').click();
    button(h, 'story-play').click();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.stories.get('jongeren-verhaal')?.at ?? 0).toBe(0);
    button(h, 'story-play').click();
    expect(button(h, 'story-play').textContent).toBe('Pause');
    for (let i = 0; i < 6; i++) await vi.advanceTimersByTimeAsync(10_000);
    expect(h.text('story-choice')).toContain('What does Sam do?');
    expect(button(h, 'story-play').textContent).toBe('Play');
    expect(button(h, 'story-play').disabled).toBe(true);
    expect(api.stories.get('jongeren-verhaal')?.at).toBe(5);
    // Pressing any control pauses.
    vi.useRealTimers();
    await h.click('story-back');
    button(h, 'story-play').click();
    await h.click('story-back');
    expect(button(h, 'story-play').textContent).toBe('Play');
  });
});
