/**
 * The stage for one step: where the scene is, the people in it drawn side by side (the worker
 * with the pet they wear), and the beat shown the way it happens: a speech or thought bubble
 * pointing at the speaker, a pet being put on with its role named, or a document travelling
 * from one person to another with what it holds written on it. Motion is CSS only, so reduced
 * motion gives the same picture standing still.
 */
import type { Beat, CastMember, Play } from '../../api';
import type { Context } from '../../context';
import { contentHtml, h } from '../../dom';
import { figure } from './figure';
import { people, type Lookup, type PetRole } from './lookup';
import { beatWords } from './words';

/** `previousScene`: the scene drawn before, so people new to the stage walk on and people no
 * longer in it walk off. */
export function stage(ctx: Context, lookup: Lookup, play: Play, previousScene: string | null): HTMLElement {
  const step = play.steps[play.at];
  const scene = step ? lookup.scene(step.scene) : undefined;
  const beat = step ? lookup.beat(step) : undefined;
  const cast = scene ? lookup.onStage(scene.id) : [];
  const before = previousScene !== null && previousScene !== scene?.id ? lookup.onStage(previousScene) : cast;
  const leaving = before.filter((m) => !cast.includes(m));
  const pets = lookup.pets(play.steps, play.at);
  const petsBefore = lookup.pets(play.steps, play.at - 1);
  const involved = new Set(beat ? people(beat) : []);

  const person = (m: CastMember, how: 'stay' | 'enter' | 'leave') => {
    const pet = pets.get(m.id) ?? null;
    const svg = figure(m.look, { pet });
    if (beat?.type === 'pet' && beat.who === m.id) {
      const on = svg.querySelector('.app-figure__pet');
      on?.classList.add('app-figure__pet--on');
      // The cap worn until now comes off first: drawn in the same place, it lifts away.
      const was = petsBefore.get(m.id);
      const off = was && was !== pet ? figure(m.look, { pet: was }).querySelector('.app-figure__pet') : null;
      if (on && off) {
        off.classList.add('app-figure__pet--off');
        on.before(off);
      }
    }
    const classes = ['app-stage__person', `app-stage__person--${how}`];
    if (involved.has(m.id)) classes.push('app-stage__person--active');
    return h(
      'li',
      { class: classes.join(' '), attrs: { 'data-cast': m.id, 'aria-hidden': how === 'leave' ? 'true' : undefined } },
      svg,
      h('span', { class: 'app-stage__name', attrs: { 'data-content': true } }, m.name),
      h('span', { class: 'app-stage__role', attrs: { 'data-content': true } }, m.role),
      pet &&
        h(
          'span',
          { class: `app-stage__pet app-stage__pet--${pet}`, attrs: { 'data-testid': `pet-${m.id}` } },
          ctx.i18n.t(`story-pet-label-${pet}`),
        ),
    );
  };
  const row = h(
    'ul',
    { class: 'app-stage__cast', attrs: { 'aria-label': ctx.i18n.t('story-cast') } },
    ...cast.map((m) => person(m, before.includes(m) ? 'stay' : 'enter')),
    ...leaving.map((m) => person(m, 'leave')),
  );
  return h(
    'div',
    { class: 'app-stage', attrs: { 'data-testid': 'story-stage', 'data-beat': beat?.type ?? step?.kind ?? '' } },
    scene?.setting ? contentHtml('p', scene.setting, { class: 'app-stage__setting' }) : null,
    cast.length || leaving.length ? row : null,
    beat ? beatView(ctx, lookup, beat, cast, beat.type === 'pet' ? petsBefore.get(beat.who) : undefined) : null,
  );
}

/** The beat drawn under the people, pointing at whoever it is about; `was`: the pet the
 * person of a pet beat wore before it. */
function beatView(ctx: Context, lookup: Lookup, beat: Beat, cast: CastMember[], was: PetRole | undefined): HTMLElement {
  const words = beatWords(ctx, lookup, beat);
  const at = (id: string) => Math.max(0, cast.findIndex((m) => m.id === id));
  // Where the bubble's tail points: the middle of that person's place in the row.
  // Set through the CSSOM: the app's CSP refuses style attributes.
  const pointAt = (el: HTMLElement, id: string) => {
    el.style.setProperty('--tail', `${((at(id) + 0.5) / Math.max(1, cast.length)) * 100}%`);
    return el;
  };
  switch (beat.type) {
    case 'narration':
      return h('div', { class: 'app-stage__beat app-stage__narration', attrs: { 'data-testid': 'story-beat' } }, words);
    case 'line':
    case 'thought': {
      const who = beat.type === 'line' ? beat.speaker : beat.who;
      return pointAt(
        h(
          'div',
          { class: `app-stage__beat app-stage__bubble app-stage__bubble--${beat.type}`, attrs: { 'data-testid': 'story-beat' } },
          words,
        ),
        who,
      );
    }
    case 'pet':
      return pointAt(
        h(
          'div',
          {
            class: `app-stage__beat app-stage__bubble app-stage__switch app-stage__switch--${beat.pet}`,
            attrs: { 'data-testid': 'story-beat' },
          },
          h('p', { class: 'app-stage__switch-label' }, ctx.i18n.t(`story-pet-label-${beat.pet}`)),
          was && was !== beat.pet
            ? h('p', { class: 'app-stage__switch-was', attrs: { 'data-testid': 'pet-was' } }, ctx.i18n.t(`story-pet-was-${was}`))
            : null,
          words,
        ),
        beat.who,
      );
    case 'data': {
      const forward = at(beat.from) <= at(beat.to);
      return h(
        'div',
        { class: `app-stage__beat app-stage__data app-stage__data--${beat.mode}`, attrs: { 'data-testid': 'story-beat' } },
        h(
          'div',
          { class: 'app-stage__lane', attrs: { 'data-direction': forward ? 'right' : 'left', 'aria-hidden': 'true' } },
          h('span', { class: 'app-stage__end', attrs: { 'data-content': true } }, lookup.name(forward ? beat.from : beat.to)),
          h(
            'span',
            { class: 'app-stage__track' },
            h('span', { class: 'app-stage__doc' }, document(beat.mode), contentHtml('span', beat.what, { class: 'app-stage__doc-label' })),
          ),
          h('span', { class: 'app-stage__end', attrs: { 'data-content': true } }, lookup.name(forward ? beat.to : beat.from)),
        ),
        words,
      );
    }
  }
}

/** A sheet of paper; asked for, it carries a question mark. */
function document(mode: 'ask' | 'give'): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const el = (name: string, attrs: Record<string, string>) => {
    const node = globalThis.document.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  };
  const svg = el('svg', { viewBox: '0 0 24 30', class: 'app-stage__sheet', 'aria-hidden': 'true', focusable: 'false' }) as SVGSVGElement;
  svg.append(el('path', { d: 'M2 1h14l6 6v22H2z', fill: '#ffffff', stroke: '#1b1b1f', 'stroke-width': '1.5' }));
  if (mode === 'ask') {
    svg.append(el('path', { d: 'M9 12a3 3 0 1 1 4 3c-1 .5-1 1-1 2', fill: 'none', stroke: '#1b1b1f', 'stroke-width': '1.8' }));
    svg.append(el('circle', { cx: '12', cy: '21', r: '1.2', fill: '#1b1b1f' }));
  } else {
    for (const y of [10, 15, 20]) svg.append(el('path', { d: `M6 ${y}h12`, stroke: '#1b1b1f', 'stroke-width': '1.5' }));
  }
  return svg;
}
