/** The story as text: every step of the path in order, scene by scene, with the choices taken
 * and their feedback, and where the user is now. For reading, and for screen readers. */
import type { Play, Step } from '../../api';
import type { Context } from '../../context';
import { contentHtml, h } from '../../dom';
import type { Lookup } from './lookup';
import { beatWords } from './words';

export function transcript(ctx: Context, lookup: Lookup, play: Play): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const root = h(
    'section',
    { class: 'app-transcript', attrs: { 'aria-labelledby': 'transcript-heading', 'data-testid': 'story-transcript' } },
    h('h3', { class: 'utrecht-heading-3', id: 'transcript-heading' }, t('story-transcript-heading')),
  );
  let list: HTMLOListElement | null = null;
  let scene: string | null = null;
  play.steps.forEach((step, index) => {
    // A choice closes its scene's run: what follows is a new scene, even the same one again.
    if (!list || step.scene !== scene) {
      scene = step.scene;
      root.append(h('h4', { class: 'utrecht-heading-4', attrs: { 'data-content': true } }, lookup.scene(step.scene)?.title ?? ''));
      list = h('ol', { class: 'app-transcript__steps' });
      root.append(list);
    }
    const here = index === play.at;
    list.append(
      h(
        'li',
        { class: here ? 'app-transcript__step app-transcript__step--here' : 'app-transcript__step', attrs: { 'aria-current': here ? 'step' : undefined } },
        ...stepWords(ctx, lookup, step),
        here ? h('p', { class: 'app-transcript__here' }, t('story-you-are-here')) : null,
      ),
    );
    if (step.kind === 'choice') list = null;
  });
  return root;
}

function stepWords(ctx: Context, lookup: Lookup, step: Step): Node[] {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const beat = lookup.beat(step);
  if (beat) return [beatWords(ctx, lookup, beat)];
  const choice = lookup.choice(step);
  if (choice && step.kind === 'choice') {
    const option = step.chosen === null ? undefined : choice.options[step.chosen];
    const said: Node[] = [
      h('p', { class: 'utrecht-paragraph' }, h('strong', {}, t('story-choice')), ' ', contentHtml('span', choice.prompt)),
    ];
    if (!option) return [...said, h('p', { class: 'utrecht-paragraph' }, t('story-not-chosen'))];
    return [
      ...said,
      h('p', { class: 'utrecht-paragraph' }, t('story-chosen'), ' ', h('span', { attrs: { 'data-content': true } }, option.label)),
      contentHtml('div', option.feedback, { class: 'app-transcript__feedback' }),
    ];
  }
  const ending = lookup.ending(step);
  if (ending) {
    return [
      h('p', { class: 'utrecht-paragraph' }, h('strong', {}, t('story-ending'))),
      h('ul', { class: 'utrecht-unordered-list' }, ...ending.learned.map((l) => contentHtml('li', l, { class: 'utrecht-unordered-list__item' }))),
    ];
  }
  return [];
}
