/** A small helper to build DOM nodes without string HTML. Text is always set as text. */

type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  /** Attributes set as given: `aria-*`, `data-*`, `type`, `href`, … */
  attrs?: Record<string, string | boolean | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.id) el.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  for (const [name, handler] of Object.entries(props.on ?? {})) {
    el.addEventListener(name, handler as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** Replaces everything inside `parent`. */
export function replace(parent: Element, ...children: Node[]): void {
  parent.replaceChildren(...children);
}

/**
 * An element holding content HTML: page bodies, quiz prompts, explanations. Only ever for
 * HTML the core produced: it sanitised every fragment (ammonia, strict allowlist) when the
 * content was built, so nothing from a user or a file reaches `innerHTML` here.
 */
export function contentHtml<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  html: string,
  props: Props = {},
): HTMLElementTagNameMap[K] {
  const el = h(tag, { ...props, attrs: { 'data-content': true, ...props.attrs } });
  el.innerHTML = html;
  return el;
}
