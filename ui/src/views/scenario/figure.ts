/**
 * Cast members of a scenario, drawn as small flat SVG characters from a short description.
 * The drawing is decorative: the caller puts the name and role beside it as text.
 */

export type Age = 'child' | 'teen' | 'adult' | 'senior';
export type Hair = 'short' | 'long' | 'curly' | 'bun' | 'braids' | 'headscarf' | 'bald';
export type Colour = 'blue' | 'green' | 'orange' | 'purple' | 'red' | 'teal' | 'yellow' | 'grey';
export interface Look {
  age: Age;
  skin: number /* 1 lightest … 6 darkest */;
  hair: Hair;
  colour: Colour;
}
export type PetRole = 'helper' | 'gemeente';

const SVG_NS = 'http://www.w3.org/2000/svg';
const INK = '#1b1b1f';

const SKINS = ['#f6d7c3', '#eac09a', '#d49e6e', '#b07a4f', '#8a5a3b', '#5c3a24'] as const;
const CLOTHES: Record<Colour, string> = {
  blue: '#4a7fc1',
  green: '#4f9a5b',
  orange: '#e08a3c',
  purple: '#8a5cb8',
  red: '#d0534f',
  teal: '#2f9c95',
  yellow: '#e6bf45',
  grey: '#8a9099',
};
const COLOURS = Object.keys(CLOTHES) as Colour[];
const HAIRS: readonly Hair[] = ['short', 'long', 'curly', 'bun', 'braids', 'headscarf', 'bald'];
const TROUSERS = ['#56606b', '#4d6a8f', '#6e6253'] as const;
const SHOES = '#4a3b35';
const HAIR_BLACK = '#231c19';
const HAIR_DARK_BROWN = '#4a2f1f';
const HAIR_AUBURN = '#8e4424';
const HAIR_BLOND = '#d8ad5f';
const HAIR_GREY = '#d0d0cc';
const PET_COLOURS: Record<PetRole, string> = { helper: '#2e7d32', gemeente: '#1f4e8c' };

/** Body proportions per age; lengths in viewBox units. */
interface Build {
  head: number;
  neck: number;
  torso: number;
  shoulders: number;
  hips: number;
  legs: number;
  arm: number;
}
const BUILDS: Record<Age, Build> = {
  child: { head: 15, neck: 3, torso: 36, shoulders: 14, hips: 13, legs: 36, arm: 7 },
  teen: { head: 16, neck: 5, torso: 50, shoulders: 18, hips: 15, legs: 56, arm: 8 },
  adult: { head: 17, neck: 5, torso: 56, shoulders: 21, hips: 17, legs: 62, arm: 9 },
  // Shorter neck and rounder, wider shape read as older when seen from the front.
  senior: { head: 17, neck: 3, torso: 54, shoulders: 22, hips: 21, legs: 58, arm: 9 },
};

/** Where everything goes, worked out once per figure. */
interface Frame {
  age: Age;
  build: Build;
  cx: number;
  ground: number;
  legTop: number;
  torsoTop: number;
  cy: number;
  r: number;
  skin: string;
  clothes: string;
  hairColour: string;
}

type Attrs = Record<string, string | number>;

const fmt = (n: number): string => String(Math.round(n * 100) / 100);

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Attrs = {},
  ...children: SVGElement[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) {
    node.setAttribute(key, typeof value === 'number' ? fmt(value) : value);
  }
  node.append(...children);
  return node;
}

/** Path data with rounded numbers: path`M${x} ${y}`. */
function path(strings: TemplateStringsArray, ...values: number[]): string {
  return strings.reduce((out, text, i) => {
    const value = values[i];
    return out + text + (value === undefined ? '' : fmt(value));
  }, '');
}

/** A soft dark edge so the silhouette reads on both light and dark stages. */
const OUTLINE: Attrs = { stroke: INK, 'stroke-opacity': 0.35, 'stroke-width': 2, 'stroke-linejoin': 'round' };

function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function mix(hex: string, target: string, amount: number): string {
  const to = rgb(target);
  const parts = rgb(hex).map((value, i) => Math.round(value + ((to[i] ?? value) - value) * amount));
  return '#' + parts.map((p) => p.toString(16).padStart(2, '0')).join('');
}

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = rgb(hex).map((value) => value / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A headscarf must read as separate from the top it rests on. */
const scarfColour = (clothes: string): string =>
  luminance(clothes) > 0.3 ? mix(clothes, INK, 0.35) : mix(clothes, '#ffffff', 0.35);

function clampSkin(skin: number): number {
  return Number.isFinite(skin) ? Math.min(6, Math.max(1, Math.round(skin))) : 3;
}

/** Natural hair colours, chosen by a stable rule so a look always gets the same one. */
function hairColour(age: Age, skin: number, hair: Hair): string {
  if (age === 'senior') return HAIR_GREY;
  const options =
    skin <= 2
      ? [HAIR_BLOND, HAIR_AUBURN, HAIR_DARK_BROWN, HAIR_BLACK]
      : skin <= 4
        ? [HAIR_DARK_BROWN, HAIR_BLACK, HAIR_AUBURN]
        : [HAIR_BLACK, HAIR_DARK_BROWN];
  return options[(skin + HAIRS.indexOf(hair)) % options.length] ?? HAIR_BLACK;
}

function frameFor(age: Age, skin: number, hair: Hair, colour: Colour): Frame {
  const build = BUILDS[age];
  const ground = 172;
  const legTop = ground - build.legs;
  const torsoTop = legTop - build.torso;
  const r = build.head;
  return {
    age,
    build,
    cx: 60,
    ground,
    legTop,
    torsoTop,
    cy: torsoTop - build.neck - r + 2,
    r,
    skin: SKINS[skin - 1] ?? SKINS[2],
    clothes: CLOTHES[colour],
    hairColour: hairColour(age, skin, hair),
  };
}

// ——— Body ———

function legs(f: Frame, trousers: string): SVGElement[] {
  const { cx } = f;
  const { hips } = f.build;
  const width = hips - 1;
  const top = f.legTop - 4;
  return [-1, 1].flatMap((side) => {
    const x = side < 0 ? cx - hips : cx + 1;
    const middle = x + width / 2;
    return [
      el('rect', { 'data-part': 'leg', x, y: top, width, height: f.ground - top, rx: 3, fill: trousers, ...OUTLINE }),
      el('ellipse', { 'data-part': 'shoe', cx: middle + side * 1.5, cy: f.ground, rx: width / 2 + 2.5, ry: 3.5, fill: SHOES }),
    ];
  });
}

function arms(f: Frame): SVGElement[] {
  const { shoulders, arm, torso } = f.build;
  const length = torso * 0.9;
  const top = f.torsoTop + (f.age === 'senior' ? 7 : 5);
  return [-1, 1].flatMap((side) => {
    const x = side < 0 ? f.cx - shoulders - arm + 3 : f.cx + shoulders - 3;
    if (f.age === 'child') {
      // Short sleeves: the arm is skin, with a sleeve over the top half.
      return [
        el('rect', { 'data-part': 'arm', x, y: top, width: arm, height: length, rx: arm / 2, fill: f.skin, ...OUTLINE }),
        el('rect', { 'data-part': 'sleeve', x, y: top, width: arm, height: length * 0.45, rx: arm / 2, fill: f.clothes, ...OUTLINE }),
      ];
    }
    return [
      el('rect', { 'data-part': 'arm', x, y: top, width: arm, height: length, rx: arm / 2, fill: f.clothes, ...OUTLINE }),
      el('circle', { 'data-part': 'hand', cx: x + arm / 2, cy: top + length, r: arm / 2 + 0.5, fill: f.skin, ...OUTLINE }),
    ];
  });
}

function torso(f: Frame): SVGElement {
  const { shoulders: s, hips: h } = f.build;
  const { cx, torsoTop: top } = f;
  const bottom = f.legTop + 4;
  const round = f.age === 'senior' ? 11 : 8;
  const d = path`M${cx - s} ${top + round} Q${cx - s} ${top} ${cx - s + round} ${top} L${cx + s - round} ${top} Q${cx + s} ${top} ${cx + s} ${top + round} L${cx + h} ${bottom} L${cx - h} ${bottom} Z`;
  return el('path', { 'data-part': 'torso', d, fill: f.clothes, ...OUTLINE });
}

/** A clothing detail per age, so figures are told apart by more than height. */
function clothingDetails(f: Frame): SVGElement[] {
  const { cx, torsoTop: top } = f;
  switch (f.age) {
    case 'child': {
      const y = top + f.build.torso * 0.45;
      const half = f.build.shoulders + (f.build.hips - f.build.shoulders) * 0.5 - 1;
      return [el('rect', { 'data-part': 'stripe', x: cx - half, y, width: half * 2, height: 5, fill: mix(f.clothes, '#ffffff', 0.4) })];
    }
    case 'teen': {
      const strings = { stroke: '#f4f1ea', 'stroke-width': 1.2, 'stroke-linecap': 'round' };
      return [
        el('path', {
          'data-part': 'hood',
          d: path`M${cx - 10} ${top} Q${cx} ${top + 11} ${cx + 10} ${top}`,
          fill: 'none',
          stroke: mix(f.clothes, INK, 0.25),
          'stroke-width': 4,
          'stroke-linecap': 'round',
        }),
        el('line', { x1: cx - 3, y1: top + 6, x2: cx - 3.5, y2: top + 17, ...strings }),
        el('line', { x1: cx + 3, y1: top + 6, x2: cx + 3.5, y2: top + 17, ...strings }),
      ];
    }
    case 'adult': {
      // A shirt collar; a skin-coloured V-neck under the neck read as a beard on darker skin.
      const collar = mix(f.clothes, '#ffffff', 0.45);
      return [-1, 1].map((side) =>
        el('path', {
          'data-part': 'collar',
          d: path`M${cx + side * 8} ${top - 0.5} L${cx + side * 1} ${top + 5} L${cx + side * 7} ${top + 9} Z`,
          fill: collar,
        }),
      );
    }
    case 'senior': {
      // A cardigan over a light shirt.
      const button = mix(f.clothes, INK, 0.35);
      return [
        el('path', { d: path`M${cx - 7} ${top} L${cx} ${top + 14} L${cx + 7} ${top} Z`, fill: '#f4f1ea' }),
        el('line', { x1: cx, y1: top + 14, x2: cx, y2: f.legTop + 4, stroke: button, 'stroke-width': 1 }),
        el('circle', { cx: cx - 2, cy: top + 22, r: 1.3, fill: button }),
        el('circle', { cx: cx - 2, cy: top + 32, r: 1.3, fill: button }),
      ];
    }
  }
}

function body(f: Frame, colourIndex: number): SVGGElement {
  const trousers = TROUSERS[colourIndex % TROUSERS.length] ?? TROUSERS[0];
  return el(
    'g',
    { class: 'app-figure__body', 'data-height': f.ground - f.torsoTop },
    ...legs(f, trousers),
    ...arms(f),
    torso(f),
    ...clothingDetails(f),
  );
}

// ——— Hair ———

/** Hair over the top of the head, down to `below` under the eye line. */
function crown(f: Frame, extra: number, below: number, colour: string, outline = true): SVGElement {
  const radius = f.r + extra;
  const half = Math.sqrt(radius * radius - below * below);
  const y = f.cy + below;
  const d = path`M${f.cx - half} ${y} A${radius} ${radius} 0 1 1 ${f.cx + half} ${y} Z`;
  return el('path', { 'data-part': 'hair', d, fill: colour, ...(outline ? OUTLINE : {}) });
}

function longHair(f: Frame, colour: string): SVGElement {
  const { cx, cy, r } = f;
  const out = r + 3;
  const bottom = cy + r + 12;
  const inner = r * 0.55;
  const d = path`M${cx - out} ${cy} A${out} ${out} 0 0 1 ${cx + out} ${cy} L${cx + out + 2} ${bottom - 4} Q${cx + out + 2} ${bottom} ${cx + out - 2} ${bottom} L${cx + inner} ${bottom} L${cx + inner} ${cy + r * 0.3} L${cx - inner} ${cy + r * 0.3} L${cx - inner} ${bottom} L${cx - out + 2} ${bottom} Q${cx - out - 2} ${bottom} ${cx - out - 2} ${bottom - 4} Z`;
  return el('path', { 'data-part': 'hair', d, fill: colour, ...OUTLINE });
}

function curls(f: Frame, colour: string): SVGElement[] {
  const distance = f.r + 1;
  const bumps = [155, 185, 215, 245, 270, 295, 325, 355, 25].map((degrees) => {
    const angle = (degrees * Math.PI) / 180;
    return el('circle', {
      'data-part': 'hair',
      cx: f.cx + distance * Math.cos(angle),
      cy: f.cy - 1 + distance * Math.sin(angle),
      r: f.r * 0.42,
      fill: colour,
      ...OUTLINE,
    });
  });
  // The fill on top hides the inner edges of the curls, leaving only the outer outline.
  return [...bumps, crown(f, 3, 5, colour, false)];
}

function braids(f: Frame, colour: string): SVGElement[] {
  const tie = mix(f.clothes, INK, 0.2);
  const plaits = [-1, 1].flatMap((side) => {
    const x = f.cx + side * (f.r + 1.5);
    const links = [0, 1, 2, 3].map((i) =>
      el('ellipse', { 'data-part': 'hair', cx: x, cy: f.cy + 5 + i * 6.5, rx: 4, ry: 4.2, fill: colour, ...OUTLINE }),
    );
    const end = f.cy + 5 + 3 * 6.5 + 4;
    return [
      ...links,
      el('path', { 'data-part': 'hair', d: path`M${x - 3} ${end + 6} L${x} ${end} L${x + 3} ${end + 6} Z`, fill: colour, ...OUTLINE }),
      el('circle', { cx: x, cy: end, r: 2, fill: tie }),
    ];
  });
  return [crown(f, 2, 3, colour), ...plaits];
}

function headscarf(f: Frame): SVGElement {
  const { cx, cy, r } = f;
  const out = r + 4;
  const top = cy - 1;
  const hem = cy + r + 16;
  const d = path`M${cx - out} ${top} A${out} ${out} 0 0 1 ${cx + out} ${top} C${cx + out} ${top + 14} ${cx + out + 8} ${hem - 8} ${cx + out + 8} ${hem} Q${cx} ${hem + 8} ${cx - out - 8} ${hem} C${cx - out - 8} ${hem - 8} ${cx - out} ${top + 14} ${cx - out} ${top} Z`;
  return el('path', { 'data-part': 'scarf', d, fill: scarfColour(f.clothes), ...OUTLINE });
}

function hairShapes(f: Frame, hair: Hair): SVGElement[] {
  const colour = f.hairColour;
  switch (hair) {
    case 'short':
      return [crown(f, 2, 2, colour)];
    case 'long':
      return [longHair(f, colour)];
    case 'curly':
      return curls(f, colour);
    case 'bun':
      return [
        el('circle', { 'data-part': 'hair', cx: f.cx, cy: f.cy - f.r - 4, r: f.r * 0.44, fill: colour, ...OUTLINE }),
        crown(f, 1.5, 2, colour),
      ];
    case 'braids':
      return braids(f, colour);
    case 'headscarf':
      return [headscarf(f)];
    case 'bald':
      return [];
  }
}

// ——— Head ———

type Hairline = 'none' | 'round' | 'swept' | 'part';
const HAIRLINES: Record<Hair, { kind: Hairline; height: number }> = {
  short: { kind: 'swept', height: -0.3 },
  long: { kind: 'part', height: -0.25 },
  curly: { kind: 'round', height: -0.35 },
  bun: { kind: 'round', height: -0.4 },
  braids: { kind: 'part', height: -0.3 },
  headscarf: { kind: 'round', height: -0.45 },
  bald: { kind: 'none', height: -1 },
};

/** The face is the head circle cut off at the hairline, so hair behind it shows as a fringe. */
function face(f: Frame, hair: Hair): SVGElement {
  const { cx, cy, r } = f;
  const { kind, height } = HAIRLINES[hair];
  const attrs = { 'data-part': 'face', fill: f.skin, ...OUTLINE };
  if (kind === 'none') return el('circle', { ...attrs, cx, cy, r });
  const y = cy + height * r;
  const half = Math.sqrt(r * r - (height * r) ** 2);
  const start = path`M${cx - half} ${y} A${r} ${r} 0 1 0 ${cx + half} ${y}`;
  const back =
    kind === 'round'
      ? path`Q${cx} ${y - r * 0.55} ${cx - half} ${y}`
      : kind === 'swept'
        ? path`C${cx + r * 0.35} ${y - r * 0.75} ${cx - r * 0.3} ${y - r * 0.1} ${cx - half} ${y}`
        : path`Q${cx + r * 0.45} ${y - r * 0.05} ${cx} ${y - r * 0.5} Q${cx - r * 0.45} ${y - r * 0.05} ${cx - half} ${y}`;
  return el('path', { ...attrs, d: `${start} ${back} Z` });
}

function features(f: Frame): SVGElement[] {
  const { cx, cy, r } = f;
  const eyeR = f.age === 'child' ? 2.2 : 1.9;
  const eyes = [-1, 1].flatMap((side) => {
    const x = cx + side * r * 0.36;
    const y = cy + r * 0.05;
    return [
      el('circle', { 'data-part': 'eye', cx: x, cy: y, r: eyeR, fill: INK }),
      el('circle', { cx: x + 0.6, cy: y - 0.6, r: 0.6, fill: '#ffffff' }),
    ];
  });
  const cheeks = [-1, 1].map((side) =>
    el('circle', { cx: cx + side * r * 0.58, cy: cy + r * 0.38, r: 2.8, fill: '#e8836f', 'fill-opacity': 0.3 }),
  );
  const mouth = el('path', {
    'data-part': 'mouth',
    d: path`M${cx - r * 0.28} ${cy + r * 0.38} Q${cx} ${cy + r * 0.62} ${cx + r * 0.28} ${cy + r * 0.38}`,
    fill: 'none',
    stroke: INK,
    'stroke-width': 1.6,
    'stroke-linecap': 'round',
  });
  return [...cheeks, ...eyes, mouth];
}

function glasses(f: Frame): SVGElement {
  const { cx, cy, r } = f;
  const x = r * 0.36;
  const y = cy + r * 0.05;
  const d = path`M${cx - x - 4.2} ${y} a4.2 4.2 0 1 0 8.4 0 a4.2 4.2 0 1 0 -8.4 0 M${cx + x - 4.2} ${y} a4.2 4.2 0 1 0 8.4 0 a4.2 4.2 0 1 0 -8.4 0 M${cx - x + 4.2} ${y} Q${cx} ${y - 2} ${cx + x - 4.2} ${y}`;
  // Dark frames vanish on the darkest skin tones; those get light golden ones.
  const frame = luminance(f.skin) < 0.45 ? '#e0c48a' : '#3a3a3a';
  return el('path', { 'data-part': 'glasses', d, fill: '#ffffff', 'fill-opacity': 0.2, stroke: frame, 'stroke-width': 1.2 });
}

/** The cap a worker wears to show which role ("hat") they speak from. */
function pet(f: Frame, hair: Hair, role: PetRole): SVGGElement {
  const { cx, cy, r } = f;
  // Volume under the cap: curls and scarves make the cap sit higher and wider.
  const lift = hair === 'curly' ? 10 : hair === 'headscarf' ? 8 : 5;
  const half = r + (hair === 'curly' ? 7 : hair === 'headscarf' ? 5 : 2);
  const base = cy - r * 0.5;
  const top = cy - r - lift;
  const colour = PET_COLOURS[role];
  const group = el(
    'g',
    { class: 'app-figure__pet', 'data-pet': role },
    el('path', {
      'data-part': 'cap',
      d: path`M${cx - half} ${base} Q${cx - half} ${top} ${cx} ${top} Q${cx + half} ${top} ${cx + half} ${base} Z`,
      fill: colour,
      ...OUTLINE,
    }),
    el('path', {
      'data-part': 'brim',
      d: path`M${cx - half} ${base} Q${cx + 2} ${base + 8} ${cx + half + 7} ${base + 1} Q${cx + 2} ${base + 3} ${cx - half} ${base} Z`,
      fill: mix(colour, INK, 0.3),
      ...OUTLINE,
    }),
    el('circle', { cx, cy: top + 1, r: 1.8, fill: mix(colour, INK, 0.3) }),
    role === 'helper' ? heart(cx, base - 6.5) : badge(cx, base - 7, colour),
  );
  // Through the CSSOM, not a style attribute in markup, so the app's CSP (style-src 'self') allows it.
  group.style.setProperty('transform-box', 'fill-box');
  group.style.setProperty('transform-origin', 'center bottom');
  return group;
}

function heart(x: number, y: number): SVGElement {
  const d = path`M${x} ${y + 3.2} C${x - 5} ${y} ${x - 3} ${y - 4} ${x} ${y - 1.6} C${x + 3} ${y - 4} ${x + 5} ${y} ${x} ${y + 3.2} Z`;
  return el('path', { 'data-part': 'symbol', d, fill: '#ffffff' });
}

function badge(x: number, y: number, colour: string): SVGElement {
  return el(
    'g',
    { 'data-part': 'symbol' },
    el('rect', { x: x - 4.5, y: y - 3, width: 9, height: 6, rx: 1, fill: '#ffffff' }),
    el('rect', { x: x - 2.8, y: y - 0.6, width: 5.6, height: 1.2, fill: colour }),
  );
}

function head(f: Frame, hair: Hair, role: PetRole | null): SVGGElement {
  const { cx, cy, r } = f;
  const parts: SVGElement[] = [el('g', { class: 'app-figure__hair' }, ...hairShapes(f, hair))];
  // A scarf covers the neck; everywhere else the neck sits over hair that falls behind it.
  if (hair !== 'headscarf') {
    const width = r * 0.7;
    const y = cy + r * 0.6;
    parts.push(
      el('rect', { 'data-part': 'neck', x: cx - width / 2, y, width, height: f.torsoTop + 4 - y, fill: mix(f.skin, INK, 0.1) }),
    );
  }
  if (hair === 'short' || hair === 'bun' || hair === 'bald') {
    for (const side of [-1, 1]) {
      parts.push(el('circle', { 'data-part': 'ear', cx: cx + side * r, cy: cy + 2, r: 3.5, fill: f.skin, ...OUTLINE }));
    }
  }
  parts.push(face(f, hair), ...features(f));
  if (f.age === 'senior') parts.push(glasses(f));
  if (role) parts.push(pet(f, hair, role));
  return el('g', { class: 'app-figure__head' }, ...parts);
}

// ——— Figure ———

/** Draws one cast member as an inline SVG element (namespace http://www.w3.org/2000/svg). */
export function figure(look: Look, options?: { pet?: PetRole | null }): SVGSVGElement {
  // Content is checked elsewhere, but a bad value must still draw someone rather than throw.
  const age: Age = Object.hasOwn(BUILDS, look.age) ? look.age : 'adult';
  const hair: Hair = HAIRS.includes(look.hair) ? look.hair : 'short';
  const colour: Colour = COLOURS.includes(look.colour) ? look.colour : 'grey';
  const skin = clampSkin(look.skin);
  const role = options?.pet === 'helper' || options?.pet === 'gemeente' ? options.pet : null;
  const f = frameFor(age, skin, hair, colour);
  return el(
    'svg',
    {
      viewBox: '0 0 120 180',
      class: 'app-figure',
      'aria-hidden': 'true',
      focusable: 'false',
      'data-age': age,
      'data-hair': hair,
      'data-colour': colour,
      'data-skin': skin,
    },
    body(f, COLOURS.indexOf(colour)),
    head(f, hair, role),
  );
}
