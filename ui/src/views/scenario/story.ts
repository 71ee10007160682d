/**
 * The scenario player: the story on a stage, step by step, with choices, feedback and endings.
 * The core keeps the path and the place on it (every move is saved, so the story resumes where
 * it was left); this module draws it, runs the controls and the keyboard shortcuts, and
 * auto-advances only when asked, stopping at every choice (WCAG 2.2.2). Each new step is said
 * once, whole, in a polite live region.
 */
import type { PageSummary, Play, Scenario } from '../../api';
import type { Context } from '../../context';
import { contentHtml, h, replace } from '../../dom';
import { href } from '../../router';
import { failure, loading } from '../status';
import { Lookup } from './lookup';
import { stage } from './stage';
import { transcript } from './transcript';
import { beatWords } from './words';
import './story.css';

const SPEEDS = { slow: 1.5, normal: 1, fast: 0.6 } as const;
type Speed = keyof typeof SPEEDS;

/** `related`: the pages that explain what the story is about; its endings point to them. */
export function storyPlayer(ctx: Context, id: string, scenario: Scenario, related: PageSummary[]): HTMLElement {
  const root = h('section', { class: 'app-story', attrs: { 'aria-labelledby': 'story-heading', 'data-testid': 'story' } });
  void new StoryPlayer(ctx, id, new Lookup(scenario), related, root).load();
  return root;
}

/** What gets focus after a move: the control used stays focused unless it can no longer be used. */
type Focus = 'forward' | 'back' | 'keep';

class StoryPlayer {
  private play: Play | null = null;
  private drawnScene: string | null = null;
  private playing = false;
  /** Counts starts and stops of playing, so a late step of an earlier run is ignored. */
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private speed: Speed = 'normal';
  private busy = false;
  private readonly t: Context['i18n']['t'];
  private readonly heading: HTMLHeadingElement;
  private readonly position = h('p', { class: 'app-story__position', attrs: { 'data-testid': 'story-position' } });
  private readonly stageSlot = h('div', { class: 'app-story__stage' });
  private readonly panel = h('div', { class: 'app-story__panel' });
  // What it says is the step as drawn (localised words and content), hence `data-content`.
  private readonly live = h('div', {
    class: 'app-visually-hidden',
    attrs: { 'aria-live': 'polite', 'data-testid': 'story-live', 'data-content': true },
  });
  private readonly problem = h('div', { attrs: { 'aria-live': 'polite' } });
  private readonly transcriptSlot = h('div', { id: 'story-transcript', attrs: { hidden: true } });
  private readonly buttons: Record<'back' | 'play' | 'forward' | 'replay' | 'transcript', HTMLButtonElement>;

  constructor(
    private readonly ctx: Context,
    private readonly id: string,
    private readonly lookup: Lookup,
    private readonly related: PageSummary[],
    private readonly root: HTMLElement,
  ) {
    this.t = ctx.i18n.t.bind(ctx.i18n);
    this.heading = h('h2', { class: 'utrecht-heading-2', id: 'story-heading' }, this.t('story-heading'));
    const button = (name: string, label: string, run: () => void) =>
      h(
        'button',
        {
          class: 'utrecht-button utrecht-button--secondary-action app-story__control',
          attrs: { type: 'button', 'data-testid': `story-${name}` },
          on: { click: run },
        },
        label,
      );
    this.buttons = {
      back: button('back', this.t('story-back'), () => this.step('back')),
      play: button('play', this.t('story-play'), () => this.togglePlaying()),
      forward: button('forward', this.t('story-forward'), () => this.step('forward')),
      replay: button('replay', this.t('story-replay-scene'), () => this.step('replay')),
      transcript: button('transcript-toggle', this.t('story-transcript-show'), () => this.toggleTranscript()),
    };
    this.buttons.transcript.setAttribute('aria-expanded', 'false');
    this.buttons.transcript.setAttribute('aria-controls', 'story-transcript');
    this.root.addEventListener('keydown', (event) => this.shortcut(event));
  }

  async load(): Promise<void> {
    replace(this.root, this.heading, loading(this.ctx));
    try {
      this.play = await this.ctx.api.scenarioProgress(this.id);
    } catch (e) {
      replace(this.root, this.heading, failure(this.ctx, e, () => void this.load()));
      return;
    }
    replace(
      this.root,
      this.heading,
      this.position,
      this.stageSlot,
      this.panel,
      this.live,
      this.controls(),
      this.problem,
      h('p', { class: 'app-story__shortcuts', attrs: { 'data-testid': 'story-shortcuts' } }, this.t('story-shortcuts')),
      this.transcriptSlot,
    );
    this.draw(false, 'keep');
  }

  private controls(): HTMLElement {
    const speed = h(
      'select',
      { id: 'story-speed', class: 'utrecht-select utrecht-select--html-select app-story__speed', attrs: { 'data-testid': 'story-speed' } },
      ...(Object.keys(SPEEDS) as Speed[]).map((s) =>
        h('option', { attrs: { value: s, selected: s === this.speed } }, this.t(`story-speed-${s}`)),
      ),
    );
    speed.addEventListener('change', () => {
      this.speed = speed.value in SPEEDS ? (speed.value as Speed) : 'normal';
      this.root.style.setProperty('--story-pace', String(SPEEDS[this.speed]));
    });
    return h(
      'div',
      { class: 'app-story__controls', attrs: { role: 'group', 'aria-label': this.t('story-controls') } },
      this.buttons.back,
      this.buttons.play,
      this.buttons.forward,
      this.buttons.replay,
      h(
        'span',
        { class: 'app-story__speed-field' },
        h('label', { class: 'utrecht-form-label', attrs: { for: 'story-speed' } }, this.t('story-speed')),
        speed,
      ),
      this.buttons.transcript,
    );
  }

  /** Draws the current step; `announce` says it in the live region. */
  private draw(announce: boolean, focus: Focus): void {
    const play = this.play;
    const step = play?.steps[play.at];
    if (!play || !step) return;
    const scene = this.lookup.scene(step.scene);
    this.position.replaceChildren(this.t('story-position', { step: play.at + 1 }), ' · ', h('span', { attrs: { 'data-content': true } }, scene?.title ?? ''));
    replace(this.stageSlot, stage(this.ctx, this.lookup, play, this.drawnScene));
    this.drawnScene = step.scene;

    const choice = this.lookup.choice(step);
    const ending = this.lookup.ending(step);
    if (choice && step.kind === 'choice') replace(this.panel, this.choicePanel(choice, step.chosen));
    else if (ending) replace(this.panel, this.endingPanel(ending, scene?.title ?? ''));
    else replace(this.panel);

    const waiting = step.kind === 'choice' && step.chosen === null;
    this.buttons.back.disabled = play.at === 0;
    this.buttons.forward.disabled = waiting || step.kind === 'ending';
    this.buttons.play.disabled = this.buttons.forward.disabled;
    if (this.buttons.play.disabled) this.setPlaying(false);
    if (!this.transcriptSlot.hidden) replace(this.transcriptSlot, transcript(this.ctx, this.lookup, play));

    // Focus that was on something now gone or disabled goes to the next useful control; at a
    // choice or an ending it goes into the panel, which is then read out by focus, not twice.
    const active = document.activeElement;
    const lost = !this.root.contains(active) || (active instanceof HTMLButtonElement && active.disabled);
    const into = (waiting || ending) && (focus === 'forward' || lost);
    if (announce && !into) this.say();
    else replace(this.live);
    if (waiting && into) this.panel.querySelector<HTMLElement>('[data-testid="story-option"]')?.focus();
    else if (ending && into) this.panel.querySelector<HTMLElement>('h3')?.focus();
    else if (lost) (this.buttons.forward.disabled ? this.buttons.back : this.buttons.forward).focus();
  }

  /** Puts the current step, in words, into the live region once: a beat as it is written;
   * at a choice already made, what was chosen and what it leads to. */
  private say(): void {
    const play = this.play;
    const step = play?.steps[play.at];
    if (!step) return;
    const beat = this.lookup.beat(step);
    const choice = this.lookup.choice(step);
    const option = choice && step.kind === 'choice' && step.chosen !== null ? choice.options[step.chosen] : undefined;
    const ending = this.lookup.ending(step);
    const parts = beat
      ? [beatWords(this.ctx, this.lookup, beat).textContent]
      : option
        ? [`${this.t('story-chosen')} ${option.label}`, contentHtml('div', option.feedback).textContent]
        : choice
          ? [contentHtml('span', choice.prompt).textContent, this.t('story-choice-hint')]
          : ending
            ? [this.t('story-ending-title', { title: this.lookup.scene(step.scene)?.title ?? '' })]
            : [];
    this.live.textContent = parts
      .map((p) => (p ?? '').replace(/\s+/g, ' ').trim())
      .filter((p) => p)
      .join('. ')
      .replace(/([.?!:])\. /g, '$1 ');
  }

  private choicePanel(choice: NonNullable<ReturnType<Lookup['choice']>>, chosen: number | null): HTMLElement {
    const picked = chosen === null ? undefined : choice.options[chosen];
    return h(
      'div',
      { class: 'app-story__choice', attrs: { 'data-testid': 'story-choice' } },
      contentHtml('h3', choice.prompt, { class: 'utrecht-heading-3' }),
      h('p', { class: 'utrecht-paragraph' }, this.t('story-choice-hint')),
      h(
        'div',
        { class: 'app-story__options' },
        ...choice.options.map((option, index) =>
          h(
            'button',
            {
              class: `utrecht-button utrecht-button--secondary-action app-story__option${index === chosen ? ' app-story__option--chosen' : ''}`,
              attrs: { type: 'button', 'data-testid': 'story-option' },
              on: { click: () => this.choose(choice.id, index) },
            },
            h('span', { attrs: { 'data-content': true } }, option.label),
            index === chosen ? h('span', { class: 'app-story__chosen' }, ` (${this.t('story-option-chosen')})`) : null,
          ),
        ),
      ),
      picked
        ? h(
            'div',
            { class: 'app-story__feedback', attrs: { 'data-testid': 'story-feedback' } },
            h('p', { class: 'utrecht-paragraph' }, h('strong', {}, this.t('story-chosen')), ' ', h('span', { attrs: { 'data-content': true } }, picked.label)),
            contentHtml('div', picked.feedback),
          )
        : null,
    );
  }

  private endingPanel(ending: NonNullable<ReturnType<Lookup['ending']>>, title: string): HTMLElement {
    const play = this.play;
    const list = (items: string[]) =>
      h('ul', { class: 'utrecht-unordered-list' }, ...items.map((i) => contentHtml('li', i, { class: 'utrecht-unordered-list__item' })));
    return h(
      'div',
      { class: 'app-story__ending', attrs: { 'data-testid': 'story-ending' } },
      h('h3', { class: 'utrecht-heading-3', attrs: { tabindex: '-1' } }, this.t('story-ending-title', { title })),
      h('h4', { class: 'utrecht-heading-4' }, this.t('story-learned')),
      list(ending.learned),
      ending.reflect.length ? h('h4', { class: 'utrecht-heading-4' }, this.t('story-reflect')) : null,
      ending.reflect.length ? list(ending.reflect) : null,
      h('h4', { class: 'utrecht-heading-4' }, this.t('story-sources')),
      h(
        'ul',
        { class: 'utrecht-unordered-list', attrs: { 'data-content': true } },
        ...ending.sources.map((s) => h('li', { class: 'utrecht-unordered-list__item' }, s.title, h('br'), h('span', { class: 'app-url' }, s.url))),
      ),
      this.related.length ? h('h4', { class: 'utrecht-heading-4' }, this.t('story-read-more')) : null,
      this.related.length
        ? h(
            'ul',
            { class: 'utrecht-unordered-list', attrs: { 'data-testid': 'story-related' } },
            ...this.related.map((p) =>
              h(
                'li',
                { class: 'utrecht-unordered-list__item' },
                h(
                  'a',
                  { class: 'utrecht-link utrecht-link--html-a', attrs: { href: href({ name: 'page', id: p.id }) } },
                  h('span', { attrs: { 'data-content': true } }, p.title),
                ),
              ),
            ),
          )
        : null,
      h(
        'p',
        { class: 'utrecht-paragraph', attrs: { 'data-testid': 'story-endings' } },
        this.t('story-endings', { reached: play?.endings_reached.length ?? 0, endings: play?.endings ?? 0 }),
      ),
      h(
        'button',
        {
          class: 'utrecht-button utrecht-button--primary-action',
          attrs: { type: 'button', 'data-testid': 'story-restart' },
          on: { click: () => this.step('restart') },
        },
        this.t('story-restart'),
      ),
    );
  }

  private step(kind: 'forward' | 'back' | 'replay' | 'restart', fromTimer = false): void {
    if (!fromTimer) this.setPlaying(false);
    const api = this.ctx.api;
    const call = {
      forward: () => api.scenarioForward(this.id),
      back: () => api.scenarioBack(this.id),
      replay: () => api.scenarioReplayScene(this.id),
      restart: () => api.scenarioRestart(this.id),
    }[kind];
    void this.move(call, kind === 'forward' ? 'forward' : kind === 'restart' ? 'back' : 'keep').then(() => {
      if (kind === 'restart') this.buttons.forward.focus();
    });
  }

  private choose(choice: string, option: number): void {
    this.setPlaying(false);
    void this.move(() => this.ctx.api.scenarioChoose(this.id, choice, option), 'keep').then((moved) => {
      if (moved) this.buttons.forward.focus();
    });
  }

  /** Runs one move; on failure the step stays as it was and the reason shows by the controls. */
  private async move(call: () => Promise<Play>, focus: Focus): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      this.play = await call();
      replace(this.problem);
      this.draw(true, focus);
      return true;
    } catch (e) {
      this.setPlaying(false);
      replace(this.problem, failure(this.ctx, e));
      return false;
    } finally {
      this.busy = false;
    }
  }

  private togglePlaying(): void {
    this.setPlaying(!this.playing);
  }

  private setPlaying(on: boolean): void {
    this.playing = on && !this.buttons.forward.disabled;
    this.buttons.play.textContent = this.t(this.playing ? 'story-pause' : 'story-play');
    this.buttons.play.dataset['playing'] = String(this.playing);
    this.run += 1;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.playing) this.schedule();
  }

  /** The next step comes after time to read this one: longer texts stay longer. */
  private schedule(): void {
    const words = (this.stageSlot.textContent ?? '').split(/\s+/).length;
    const wait = (1800 + words * 250) * SPEEDS[this.speed];
    // A pause (or a pause and play again) starts a new run; a step of an older run that
    // finishes late must not schedule another.
    const run = this.run;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.root.isConnected) {
        this.playing = false;
        return;
      }
      void this.move(() => this.ctx.api.scenarioForward(this.id), 'keep').then((moved) => {
        if (run !== this.run) return;
        if (moved && this.playing && !this.buttons.forward.disabled) this.schedule();
        else this.setPlaying(false);
      });
    }, wait);
  }

  private toggleTranscript(): void {
    const open = this.transcriptSlot.hidden;
    this.transcriptSlot.hidden = !open;
    this.buttons.transcript.setAttribute('aria-expanded', String(open));
    this.buttons.transcript.textContent = this.t(open ? 'story-transcript-hide' : 'story-transcript-show');
    if (open && this.play) replace(this.transcriptSlot, transcript(this.ctx, this.lookup, this.play));
  }

  /** Shortcuts work while focus is in the player and not in its speed list. */
  private shortcut(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target instanceof HTMLSelectElement) return;
    const action: Record<string, () => void> = {
      ArrowRight: () => !this.buttons.forward.disabled && this.step('forward'),
      ArrowLeft: () => !this.buttons.back.disabled && this.step('back'),
      k: () => !this.buttons.play.disabled && this.togglePlaying(),
      r: () => this.step('replay'),
      t: () => this.toggleTranscript(),
    };
    const run = action[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!run) return;
    event.preventDefault();
    run();
  }
}
