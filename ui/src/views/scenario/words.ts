/** Every beat, choice and ending in words: the same text on the stage, in the transcript and
 * in what a screen reader hears, so no one misses what the animation shows. */
import type { Beat } from '../../api';
import type { Context } from '../../context';
import { contentHtml, h } from '../../dom';
import type { Lookup } from './lookup';

/** A beat as one paragraph: who, then what they say, think or do. */
export function beatWords(ctx: Context, lookup: Lookup, beat: Beat): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const who = (id: string) => h('strong', { attrs: { 'data-content': true } }, lookup.name(id));
  const text = (html: string) => contentHtml('span', html);
  switch (beat.type) {
    case 'narration':
      return h('p', { class: 'utrecht-paragraph' }, text(beat.text));
    case 'line':
      return h('p', { class: 'utrecht-paragraph' }, who(beat.speaker), ': ', text(beat.text));
    case 'thought':
      return h(
        'p',
        { class: 'utrecht-paragraph' },
        h('strong', {}, t('story-thinks', { who: lookup.name(beat.who) })),
        ': ',
        h('em', {}, text(beat.text)),
      );
    case 'pet':
      return h(
        'p',
        { class: 'utrecht-paragraph' },
        h('strong', {}, t(`story-pet-${beat.pet}`, { who: lookup.name(beat.who) })),
        beat.text ? ' ' : null,
        beat.text ? text(beat.text) : null,
      );
    case 'data':
      return h(
        'p',
        { class: 'utrecht-paragraph' },
        t(`story-data-${beat.mode}`, { from: lookup.name(beat.from), to: lookup.name(beat.to) }),
        ' ',
        h('strong', {}, text(beat.what)),
      );
  }
}
