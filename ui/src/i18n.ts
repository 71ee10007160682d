/**
 * Formats UI strings from the Fluent files the core hands over. Falls back message by
 * message along the chain the core gives (chosen locale, then Dutch).
 */
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { FtlFile, Locale } from './api';

export type Args = Record<string, FluentVariable>;

/** Turns a formatted string into what is shown; the pseudo-locale check wraps it in markers. */
export type Transform = (text: string) => string;

export class I18n {
  readonly locale: Locale;
  private readonly bundles: FluentBundle[];
  private readonly transform: Transform;
  /** Ids asked for but defined nowhere; a test fails when any appear. */
  readonly missing = new Set<string>();

  constructor(locale: Locale, files: FtlFile[], transform: Transform = (s) => s) {
    this.locale = locale;
    this.transform = transform;
    const order: Locale[] = [];
    for (const f of files) if (!order.includes(f.locale)) order.push(f.locale);
    this.bundles = order.map((l) => {
      // Isolation marks only matter for mixed-direction text; both locales are LTR.
      const bundle = new FluentBundle(l, { useIsolating: false });
      for (const f of files.filter((x) => x.locale === l)) {
        bundle.addResource(new FluentResource(f.source));
      }
      return bundle;
    });
  }

  has(id: string): boolean {
    return this.bundles.some((b) => b.getMessage(id)?.value);
  }

  /** The message `id`, formatted. An unknown id shows itself, so the gap is visible. */
  t(id: string, args?: Args): string {
    for (const bundle of this.bundles) {
      const message = bundle.getMessage(id);
      if (message?.value) {
        return this.transform(bundle.formatPattern(message.value, args ?? null));
      }
    }
    this.missing.add(id);
    return id;
  }

  /** The localised explanation of an error code from the core or the shell. */
  error(code: string): string {
    const id = `error-${code.replaceAll('_', '-')}`;
    return this.t(this.has(id) ? id : 'error-internal');
  }
}
