import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { I18n } from './i18n';
import { realMessages } from './testing/fake-api';

describe('I18n', () => {
  const files = [
    { locale: 'en' as const, name: 'a.ftl', source: 'hello = Hello\ncount = { $n } pages\n' },
    { locale: 'nl' as const, name: 'a.ftl', source: 'hello = Hallo\nonly-nl = Alleen NL\nerror-internal = Fout\n' },
  ];

  it('falls back message by message and formats arguments', () => {
    const i18n = new I18n('en', files);
    expect(i18n.t('hello')).toBe('Hello');
    expect(i18n.t('only-nl')).toBe('Alleen NL');
    expect(i18n.t('count', { n: 3 })).toBe('3 pages');
    expect(i18n.missing.size).toBe(0);
  });

  it('shows and records an unknown id', () => {
    const i18n = new I18n('en', files);
    expect(i18n.t('nope')).toBe('nope');
    expect([...i18n.missing]).toEqual(['nope']);
  });

  it('maps error codes to messages, unknown codes to the generic one', () => {
    const i18n = new I18n('nl', realMessages('nl'));
    expect(i18n.error('database_too_new')).toContain('nieuwere versie');
    expect(i18n.error('something_new')).toBe(i18n.t('error-internal'));
  });
});

describe('the message files', () => {
  // The core checks this when the app is built; checked here too so a UI change fails fast.
  it('define the same ids in every locale', () => {
    const ids = (locale: 'nl' | 'en') =>
      realMessages(locale)
        .flatMap((f) => new FluentResource(f.source).body.map((m) => `${f.name}: ${m.id}`))
        .sort();
    expect(ids('en')).toEqual(ids('nl'));
    expect(ids('nl').length).toBeGreaterThan(0);
  });
});
