import { describe, expect, it } from 'vitest';
import { figure, type Age, type Colour, type Hair, type Look } from './views/scenario/figure';

const SVG_NS = 'http://www.w3.org/2000/svg';
const AGES: Age[] = ['child', 'teen', 'adult', 'senior'];
const HAIRS: Hair[] = ['short', 'long', 'curly', 'bun', 'braids', 'headscarf', 'bald'];
const COLOURS: Colour[] = ['blue', 'green', 'orange', 'purple', 'red', 'teal', 'yellow', 'grey'];
const SKINS = [1, 2, 3, 4, 5, 6];
const FORBIDDEN = ['text', 'style', 'script', 'animate', 'animateTransform', 'animateMotion', 'set', 'foreignObject'];

const look = (overrides: Partial<Look> = {}): Look => ({ age: 'adult', skin: 3, hair: 'short', colour: 'blue', ...overrides });

const faceFill = (svg: SVGSVGElement) => svg.querySelector('.app-figure__head [data-part="face"]')?.getAttribute('fill');
const bodyHeight = (svg: SVGSVGElement) => Number(svg.querySelector('.app-figure__body')?.getAttribute('data-height'));
const hairShapes = (svg: SVGSVGElement) => [...svg.querySelectorAll('.app-figure__hair [data-part="hair"]')];

/** A grey: red, green and blue close together, and light enough to read as grey rather than black. */
function isGrey(hex: string | null): boolean {
  if (!hex || !/^#[0-9a-f]{6}$/i.test(hex)) return false;
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return Math.max(...channels) - Math.min(...channels) < 16 && Math.min(...channels) > 150;
}

describe('figure', () => {
  it('draws every combination as a decorative, scalable SVG with a head and a body', () => {
    // 1344 figures, each checked against one summary so a failure names the look; building them in jsdom takes seconds.
    const expected = {
      namespace: SVG_NS,
      name: 'svg',
      viewBox: '0 0 120 180',
      class: 'app-figure',
      ariaHidden: 'true',
      focusable: 'false',
      sized: false,
      bodies: 1,
      heads: 1,
      hairGroups: 1,
      faces: 1,
      eyes: 2,
      mouths: 1,
      forbidden: 0,
      text: '',
      foreign: 0,
    };
    const wrong: string[] = [];
    for (const age of AGES) {
      for (const hair of HAIRS) {
        for (const colour of COLOURS) {
          for (const skin of SKINS) {
            const svg = figure({ age, hair, colour, skin });
            // One walk over the nodes: a dozen selector queries per figure would triple the time in jsdom.
            const nodes = [...svg.querySelectorAll('*')];
            const parts = (name: string) => nodes.filter((node) => node.getAttribute('data-part') === name).length;
            const groups = (parent: Element, name: string) => [...parent.children].filter((child) => child.matches(`g.${name}`));
            const head = groups(svg, 'app-figure__head')[0];
            const actual = {
              namespace: svg.namespaceURI,
              name: svg.localName,
              viewBox: svg.getAttribute('viewBox'),
              class: svg.getAttribute('class'),
              ariaHidden: svg.getAttribute('aria-hidden'),
              focusable: svg.getAttribute('focusable'),
              sized: svg.hasAttribute('width') || svg.hasAttribute('height'),
              bodies: groups(svg, 'app-figure__body').length,
              heads: groups(svg, 'app-figure__head').length,
              hairGroups: head ? groups(head, 'app-figure__hair').length : 0,
              faces: head ? [...head.children].filter((child) => child.getAttribute('data-part') === 'face').length : 0,
              eyes: parts('eye'),
              mouths: parts('mouth'),
              forbidden: nodes.filter((node) => FORBIDDEN.includes(node.localName)).length,
              text: svg.textContent,
              foreign: nodes.filter((node) => node.namespaceURI !== SVG_NS).length,
            };
            const data = { ...svg.dataset };
            if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${age}/${hair}/${colour}/${skin}: ${JSON.stringify(actual)}`);
            if (data['age'] !== age || data['hair'] !== hair || data['colour'] !== colour || data['skin'] !== String(skin)) {
              wrong.push(`${age}/${hair}/${colour}/${skin}: data ${JSON.stringify(data)}`);
            }
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 30_000);

  it('gives each skin tone its own face colour, and clamps values out of range', () => {
    const fills = SKINS.map((skin) => faceFill(figure(look({ skin }))));
    expect(new Set(fills).size).toBe(6);
    for (const fill of fills) expect(fill).toMatch(/^#[0-9a-f]{6}$/i);

    expect(() => figure(look({ skin: 0 }))).not.toThrow();
    expect(faceFill(figure(look({ skin: 0 })))).toBe(fills[0]);
    expect(faceFill(figure(look({ skin: -3 })))).toBe(fills[0]);
    expect(faceFill(figure(look({ skin: 9 })))).toBe(fills[5]);
    expect(figure(look({ skin: 0 })).dataset['skin']).toBe('1');
    expect(figure(look({ skin: 9 })).dataset['skin']).toBe('6');
    expect(() => figure(look({ skin: Number.NaN }))).not.toThrow();
    expect(fills).toContain(faceFill(figure(look({ skin: Number.NaN }))));
  });

  it('makes a child clearly smaller than a teen, and a teen shorter than an adult', () => {
    const [child, teen, adult] = (['child', 'teen', 'adult'] as const).map((age) => bodyHeight(figure(look({ age }))));
    expect(child).toBeGreaterThan(0);
    expect(child).toBeLessThan((adult ?? 0) * 0.75);
    expect(teen).toBeGreaterThan(child ?? 0);
    expect(teen).toBeLessThan(adult ?? 0);
  });

  it('gives a child a head that is big for its body', () => {
    const ratio = (age: Age) => {
      const svg = figure(look({ age, hair: 'bald' }));
      return Number(svg.querySelector('[data-part="face"]')?.getAttribute('r')) / bodyHeight(svg);
    };
    expect(ratio('child')).toBeGreaterThan(ratio('adult') * 1.3);
  });

  it('gives seniors grey hair and glasses, and younger people natural hair colours', () => {
    for (const hair of HAIRS.filter((h) => h !== 'bald' && h !== 'headscarf')) {
      const senior = figure(look({ age: 'senior', hair }));
      expect(hairShapes(senior).length, hair).toBeGreaterThan(0);
      for (const shape of hairShapes(senior)) expect(isGrey(shape.getAttribute('fill')), hair).toBe(true);
      expect(senior.querySelector('[data-part="glasses"]'), hair).not.toBeNull();

      for (const age of ['child', 'teen', 'adult'] as const) {
        for (const skin of SKINS) {
          const young = figure(look({ age, hair, skin }));
          for (const shape of hairShapes(young)) expect(isGrey(shape.getAttribute('fill')), `${age} ${hair}`).toBe(false);
        }
      }
    }
    const colours = new Set(
      HAIRS.flatMap((hair) => SKINS.map((skin) => hairShapes(figure(look({ hair, skin })))[0]?.getAttribute('fill'))),
    );
    colours.delete(undefined);
    expect(colours.size).toBeGreaterThanOrEqual(3);
  });

  it('draws no hair at all for bald people', () => {
    for (const age of AGES) {
      const svg = figure(look({ age, hair: 'bald' }));
      expect(svg.querySelector('.app-figure__hair')?.children).toHaveLength(0);
      expect(svg.querySelector('[data-part="face"]')?.localName).toBe('circle');
    }
  });

  it('covers hair and neck with a headscarf in a colour set apart from the clothes', () => {
    for (const age of AGES) {
      for (const colour of COLOURS) {
        const svg = figure(look({ age, colour, hair: 'headscarf' }));
        const scarf = svg.querySelector('.app-figure__hair [data-part="scarf"]');
        expect(scarf).not.toBeNull();
        expect(hairShapes(svg)).toHaveLength(0);
        expect(svg.querySelector('[data-part="neck"]')).toBeNull();
        const clothes = svg.querySelector('[data-part="torso"]')?.getAttribute('fill');
        expect(scarf?.getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/i);
        expect(scarf?.getAttribute('fill')).not.toBe(clothes);
        expect(isGrey(scarf?.getAttribute('fill') ?? null) && age === 'senior' && colour !== 'grey').toBe(false);
      }
    }
  });

  it('draws two braids, a bun on top, and long hair past the chin', () => {
    const braids = figure(look({ hair: 'braids' }));
    expect(hairShapes(braids).length).toBeGreaterThanOrEqual(8);
    const bun = figure(look({ hair: 'bun' }));
    expect(bun.querySelector('.app-figure__hair circle[data-part="hair"]')).not.toBeNull();
    expect(hairShapes(figure(look({ hair: 'curly' }))).length).toBeGreaterThan(hairShapes(figure(look({ hair: 'short' }))).length);
  });

  it('dresses figures in the colour asked for, with an outline that reads on light and dark stages', () => {
    const fills = new Set(COLOURS.map((colour) => figure(look({ colour })).querySelector('[data-part="torso"]')?.getAttribute('fill')));
    expect(fills.size).toBe(COLOURS.length);
    const torso = figure(look()).querySelector('[data-part="torso"]');
    expect(torso?.getAttribute('stroke')).toBe('#1b1b1f');
    expect(Number(torso?.getAttribute('stroke-width'))).toBeLessThanOrEqual(2);
  });

  it('puts a role cap on the head only when asked', () => {
    for (const role of ['helper', 'gemeente'] as const) {
      for (const hair of HAIRS) {
        const svg = figure(look({ hair }), { pet: role });
        const pets = svg.querySelectorAll('g.app-figure__pet');
        expect(pets).toHaveLength(1);
        const pet = pets[0];
        expect(pet?.getAttribute('data-pet')).toBe(role);
        expect(pet?.closest('.app-figure__head')).not.toBeNull();
        expect(pet?.getAttribute('style')).toContain('transform-box: fill-box');
        expect(pet?.getAttribute('style')).toContain('transform-origin: center bottom');
        expect(pet?.querySelector('[data-part="symbol"]')).not.toBeNull();
      }
    }
    const helper = figure(look(), { pet: 'helper' }).querySelector('[data-part="cap"]')?.getAttribute('fill');
    const gemeente = figure(look(), { pet: 'gemeente' }).querySelector('[data-part="cap"]')?.getAttribute('fill');
    expect(helper).toBe('#2e7d32');
    expect(gemeente).toBe('#1f4e8c');

    expect(figure(look()).querySelector('.app-figure__pet')).toBeNull();
    expect(figure(look(), {}).querySelector('.app-figure__pet')).toBeNull();
    expect(figure(look(), { pet: null }).querySelector('.app-figure__pet')).toBeNull();
  });

  it('draws the same look the same way every time, and different looks differently', () => {
    for (const age of AGES) {
      for (const hair of HAIRS) {
        const one = look({ age, hair, skin: 4, colour: 'teal' });
        expect(figure(one, { pet: 'gemeente' }).outerHTML).toBe(figure({ ...one }, { pet: 'gemeente' }).outerHTML);
        expect(figure(one).outerHTML).toBe(figure({ ...one }).outerHTML);
      }
    }
    const all = AGES.flatMap((age) => HAIRS.map((hair) => figure(look({ age, hair })).outerHTML));
    expect(new Set(all).size).toBe(all.length);
  });
});
