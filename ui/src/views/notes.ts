/**
 * The user's notes: write, change and delete them. Before a note is saved the core's PII guard
 * reads it; when something looks like client data (a BSN, a phone number, …) the user sees
 * what and where, and chooses to change the text or to save it anyway. Nothing typed is lost
 * when saving fails: the text stays in the box, and an edit open on one note stays open, with
 * its text, while another note is saved or deleted.
 */
import type { Finding, NoteView, PageSummary } from '../api';
import type { Context } from '../context';
import { h, replace } from '../dom';
import { href } from '../router';
import { confirmDialog } from './dialog';
import { empty, failure, heading, loading } from './status';

/** `page`: the new note is written on that page (from its "write a note" link). */
export async function renderNotes(ctx: Context, main: HTMLElement, page: string | null): Promise<void> {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const intro = [heading(t('notes-title')), h('p', { class: 'utrecht-paragraph' }, t('notes-intro'))];
  const list = h('div', { attrs: { 'data-testid': 'notes-list' } });
  // The text of every edit that is open, by note id, so redrawing the list keeps them.
  const drafts = new Map<number, string>();
  const refresh = async (): Promise<void> => {
    replace(list, loading(ctx));
    let notes: NoteView[];
    try {
      notes = await ctx.api.listNotes(ctx.i18n.locale);
    } catch (e) {
      replace(list, failure(ctx, e, () => void refresh()));
      return;
    }
    replace(
      list,
      notes.length
        ? h('ul', { class: 'app-notes' }, ...notes.map((n) => noteItem(ctx, main, n, refresh, drafts)))
        : empty(t('notes-empty'), 'notes-empty'),
    );
  };
  const writer = h('div', { attrs: { 'data-testid': 'note-writer' } });
  const write = async (): Promise<void> => {
    let on: PageSummary | null = null;
    if (page) {
      replace(writer, loading(ctx));
      try {
        on = (await ctx.api.openPage(page, ctx.i18n.locale)).page;
      } catch (e) {
        replace(writer, failure(ctx, e, () => void write()));
        return;
      }
    }
    replace(writer, newNote(ctx, on, refresh));
  };
  replace(main, ...intro, writer, h('h2', { class: 'utrecht-heading-2' }, t('notes-saved-heading')), list);
  await Promise.all([write(), refresh()]);
}

/** The box for a new note: a loose one, or one on the page `on` with a way back to it. */
function newNote(ctx: Context, on: PageSummary | null, refresh: () => Promise<void>): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const box = editor(ctx, {
    testid: 'note-new',
    label: on ? t('notes-new-on-page', { title: on.title }) : t('notes-new'),
    text: '',
    save: async (text) => {
      await ctx.api.addNote(on?.id ?? null, text);
      await refresh();
    },
    clearAfterSave: true,
  });
  if (!on) return box;
  return h(
    'div',
    {},
    box,
    h(
      'p',
      { class: 'utrecht-paragraph' },
      h(
        'a',
        { class: 'utrecht-link utrecht-link--html-a', attrs: { href: href({ name: 'page', id: on.id }), 'data-testid': 'note-back' } },
        t('notes-back-to-page'),
      ),
    ),
  );
}

function noteItem(
  ctx: Context,
  main: HTMLElement,
  view: NoteView,
  refresh: () => Promise<void>,
  drafts: Map<number, string>,
): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const { note, page } = view;
  const item = h('li', { class: 'app-notes__item', attrs: { 'data-testid': `note-${note.id}` } });
  const date = new Intl.DateTimeFormat(ctx.i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(note.updated_at);
  const problem = h('div');
  const show = () => {
    const edit = h(
      'button',
      {
        class: 'utrecht-button utrecht-button--secondary-action',
        attrs: { type: 'button', 'data-testid': 'note-edit', 'aria-describedby': `note-${note.id}-text` },
      },
      t('notes-edit'),
    );
    const remove = h(
      'button',
      {
        class: 'utrecht-button utrecht-button--secondary-action',
        attrs: { type: 'button', 'data-testid': 'note-delete', 'aria-describedby': `note-${note.id}-text` },
      },
      t('notes-delete'),
    );
    edit.addEventListener('click', () => {
      drafts.set(note.id, note.text);
      openEditor();
      item.querySelector('textarea')?.focus();
    });
    remove.addEventListener('click', () => {
      void confirmDialog(main, remove, {
        testid: 'note-delete-dialog',
        title: t('notes-delete-confirm-title'),
        text: [t('notes-delete-confirm-text')],
        confirm: t('notes-delete'),
        cancel: t('privacy-cancel'),
        danger: true,
      }).then(async (yes) => {
        if (!yes) return;
        try {
          await ctx.api.deleteNote(note.id);
          await refresh();
          main.querySelector<HTMLElement>('h1')?.focus();
        } catch (e) {
          replace(problem, failure(ctx, e));
        }
      });
    });
    replace(
      item,
      h('p', { class: 'utrecht-paragraph app-notes__text', id: `note-${note.id}-text`, attrs: { 'data-content': true } }, note.text),
      h(
        'p',
        { class: 'utrecht-paragraph app-notes__meta' },
        t('notes-changed', { date }),
        page && ' · ',
        page &&
          h(
            'a',
            { class: 'utrecht-link utrecht-link--html-a', attrs: { href: href({ name: 'page', id: page.id }) } },
            h('span', { attrs: { 'data-content': true } }, page.title),
          ),
      ),
      h('div', { class: 'app-quiz__nav' }, edit, remove),
      problem,
    );
  };
  const openEditor = () =>
    replace(
      item,
      editor(ctx, {
        testid: `note-${note.id}-editor`,
        label: t('notes-edit-label'),
        text: drafts.get(note.id) ?? note.text,
        onInput: (text) => drafts.set(note.id, text),
        save: async (text) => {
          await ctx.api.updateNote(note.id, text);
          drafts.delete(note.id);
          await refresh();
          main.querySelector<HTMLElement>(`[data-testid="note-${note.id}"] [data-testid="note-edit"]`)?.focus();
        },
        cancel: () => {
          drafts.delete(note.id);
          show();
          item.querySelector<HTMLElement>('[data-testid="note-edit"]')?.focus();
        },
      }),
    );
  if (drafts.has(note.id)) openEditor();
  else show();
  return item;
}

interface Editor {
  testid: string;
  label: string;
  text: string;
  save: (text: string) => Promise<void>;
  cancel?: () => void;
  /** Told every change to the text. */
  onInput?: (text: string) => void;
  /** Empties the box after a save (a new note), instead of leaving it (an edit closes). */
  clearAfterSave?: boolean;
}

/** A text box with the PII guard between "save" and saving. */
function editor(ctx: Context, e: Editor): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const id = `${e.testid}-text`;
  const box = h('textarea', {
    id,
    class: 'utrecht-textarea utrecht-textarea--html-textarea app-notes__box',
    attrs: { rows: '5', 'data-testid': `${e.testid}-text` },
  });
  box.value = e.text;
  const warning = h('div', { attrs: { 'data-testid': `${e.testid}-warning` } });
  const problem = h('div');
  const saveButton = h(
    'button',
    { class: 'utrecht-button utrecht-button--primary-action', attrs: { type: 'submit', 'data-testid': `${e.testid}-save` } },
    t('notes-save'),
  );
  const form = h(
    'form',
    { class: 'app-form app-notes__editor', attrs: { novalidate: true } },
    h('label', { class: 'utrecht-form-label', attrs: { for: id } }, e.label),
    box,
    warning,
    h(
      'div',
      { class: 'app-quiz__nav' },
      saveButton,
      e.cancel &&
        h(
          'button',
          {
            class: 'utrecht-button utrecht-button--secondary-action',
            attrs: { type: 'button', 'data-testid': `${e.testid}-cancel` },
            on: { click: () => e.cancel?.() },
          },
          t('privacy-cancel'),
        ),
    ),
    problem,
  );
  // One save at a time: from "save" until it is stored (or refused), nothing can save again.
  let busy = false;
  const store = async (text: string) => {
    busy = true;
    saveButton.disabled = true;
    try {
      await e.save(text);
      replace(problem);
      replace(warning);
      if (e.clearAfterSave) {
        box.value = '';
        box.focus();
      }
    } catch (err) {
      replace(problem, failure(ctx, err));
    } finally {
      busy = false;
      saveButton.disabled = false;
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    const text = box.value;
    busy = true;
    saveButton.disabled = true;
    ctx.api
      .checkNote(text)
      .then((findings) => {
        if (findings.length === 0) return store(text);
        busy = false;
        saveButton.disabled = false;
        replace(warning, guardWarning(ctx, e.testid, text, findings, box, () => (busy ? undefined : void store(text))));
        warning.querySelector<HTMLElement>('[data-testid$="-guard"]')?.focus();
        return undefined;
      })
      .catch((err: unknown) => {
        busy = false;
        saveButton.disabled = false;
        replace(problem, failure(ctx, err));
      });
  });
  // A changed text must be checked again before it can be saved anyway.
  box.addEventListener('input', () => {
    replace(warning);
    e.onInput?.(box.value);
  });
  return form;
}

function guardWarning(
  ctx: Context,
  testid: string,
  text: string,
  findings: Finding[],
  box: HTMLTextAreaElement,
  saveAnyway: () => void,
): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const change = h(
    'button',
    { class: 'utrecht-button utrecht-button--primary-action', attrs: { type: 'button', 'data-testid': `${testid}-change` } },
    t('notes-guard-change'),
  );
  change.addEventListener('click', () => {
    const first = findings[0];
    box.focus();
    if (first) box.setSelectionRange(first.start_utf16, first.end_utf16);
  });
  const anyway = h(
    'button',
    { class: 'utrecht-button utrecht-button--secondary-action', attrs: { type: 'button', 'data-testid': `${testid}-anyway` } },
    t('notes-guard-anyway'),
  );
  anyway.addEventListener('click', saveAnyway);
  return h(
    'div',
    {
      class: 'utrecht-alert utrecht-alert--warning app-notes__warning',
      // Focus moves here, which reads it out; a role="alert" on top would say it twice.
      attrs: { role: 'group', tabindex: '-1', 'aria-labelledby': `${testid}-guard-title`, 'data-testid': `${testid}-guard` },
    },
    h(
      'div',
      { class: 'utrecht-alert__content' },
      h('p', { class: 'utrecht-paragraph', id: `${testid}-guard-title` }, h('strong', {}, t('notes-guard-title'))),
    h('p', { class: 'utrecht-paragraph' }, t('notes-guard-text')),
    h(
      'ul',
      { class: 'utrecht-unordered-list' },
      ...findings.map((f) =>
        h(
          'li',
          { class: 'utrecht-unordered-list__item' },
          t(`notes-guard-kind-${f.kind.replaceAll('_', '-')}`),
          ': ',
          h('mark', { attrs: { 'data-content': true } }, text.slice(f.start_utf16, f.end_utf16)),
        ),
      ),
    ),
      h('div', { class: 'app-quiz__nav' }, change, anyway),
    ),
  );
}
