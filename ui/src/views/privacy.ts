/**
 * "Wat deze app bewaart": every kind of data the store holds and how much, counted in the
 * database itself; taking it all along in one file, bringing it back, or removing it all.
 */
import { ApiError, type Holding } from '../api';
import type { Context } from '../context';
import { h, replace } from '../dom';
import { confirmDialog } from './dialog';
import { failure, heading, loading } from './status';

/** The core refuses bigger imports; a file picked by mistake (a video) is not even read. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export async function renderPrivacy(ctx: Context, main: HTMLElement): Promise<void> {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const inventory = h('div', { class: 'app-inventory', attrs: { 'data-testid': 'privacy-inventory' } });
  const screen = h(
    'div',
    { class: 'app-narrow app-privacy' },
    heading(t('privacy-title')),
    h('p', { class: 'utrecht-paragraph utrecht-paragraph--lead' }, t('privacy-intro')),
    h('p', { class: 'utrecht-paragraph' }, t('privacy-intro-control')),
    inventory,
  );
  screen.append(exportSection(ctx), importSection(ctx, screen, inventory), deleteSection(ctx, screen));
  replace(main, screen);
  await loadInventory(ctx, inventory);
}

async function loadInventory(ctx: Context, slot: HTMLElement): Promise<void> {
  replace(slot, loading(ctx));
  try {
    showInventory(ctx, slot, await ctx.api.storeInventory());
  } catch (e) {
    replace(slot, failure(ctx, e, () => void loadInventory(ctx, slot)));
  }
}

/** One row per kind, empty ones too: the user sees everything the app could keep. */
function showInventory(ctx: Context, slot: HTMLElement, holdings: Holding[]): void {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const label = (kind: string) => {
    const id = `privacy-kind-${kind.replaceAll('_', '-')}`;
    // A kind from a newer core that this UI has no words for yet is still listed.
    return ctx.i18n.has(id) ? t(id) : t('privacy-kind-other');
  };
  const nothing = holdings.every((x) => x.count === 0)
    ? h('p', { class: 'utrecht-paragraph', attrs: { 'data-testid': 'privacy-nothing' } }, t('privacy-nothing-yet'))
    : null;
  const table = h(
    'table',
    { class: 'utrecht-table utrecht-table--html-table', attrs: { 'data-testid': 'privacy-table' } },
    h('caption', { class: 'utrecht-table__caption' }, t('privacy-table-caption')),
    h(
      'thead',
      { class: 'utrecht-table__header' },
      h(
        'tr',
        { class: 'utrecht-table__row' },
        h('th', { class: 'utrecht-table__header-cell', attrs: { scope: 'col' } }, t('privacy-column-kind')),
        h(
          'th',
          { class: 'utrecht-table__header-cell utrecht-table__header-cell--numeric-column', attrs: { scope: 'col' } },
          t('privacy-column-count'),
        ),
      ),
    ),
    h(
      'tbody',
      { class: 'utrecht-table__body' },
      ...holdings.map((x) =>
        h(
          'tr',
          { class: 'utrecht-table__row', attrs: { 'data-kind': x.kind } },
          h('th', { class: 'utrecht-table__header-cell', attrs: { scope: 'row' } }, label(x.kind)),
          h(
            'td',
            {
              class: 'utrecht-table__cell utrecht-table__cell--numeric-data',
              attrs: { 'data-testid': `privacy-count-${x.kind}` },
            },
            t('privacy-count', { count: x.count }),
          ),
        ),
      ),
    ),
  );
  replace(slot, ...(nothing ? [nothing, table] : [table]));
}

/** A section with a heading, an explanation and a place where its outcome is announced. */
function section(testid: string, title: string, text: string, ...controls: Node[]) {
  const status = h('div', { class: 'app-privacy__status', attrs: { 'aria-live': 'polite', 'data-testid': `${testid}-status` } });
  const titleId = `${testid}-heading`;
  const element = h(
    'section',
    { class: 'app-privacy__section', attrs: { 'aria-labelledby': titleId } },
    h('h2', { class: 'utrecht-heading-2', id: titleId }, title),
    h('p', { class: 'utrecht-paragraph', id: `${testid}-text` }, text),
    ...controls,
    status,
  );
  return { element, say: (...nodes: Node[]) => replace(status, ...nodes) };
}

function actionButton(testid: string, label: string, onClick: (button: HTMLButtonElement) => void) {
  const button: HTMLButtonElement = h(
    'button',
    {
      class: 'utrecht-button utrecht-button--secondary-action',
      attrs: { type: 'button', 'data-testid': testid },
      on: { click: () => onClick(button) },
    },
    label,
  );
  return button;
}

function paragraph(text: string): HTMLElement {
  return h('p', { class: 'utrecht-paragraph' }, text);
}

function exportSection(ctx: Context): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const button = actionButton('privacy-export', t('privacy-export'), (b) => {
    b.disabled = true;
    say();
    ctx.api
      .exportData()
      .then((path) => say(paragraph(t('privacy-export-done', { path }))))
      .catch((e: unknown) => say(failure(ctx, e)))
      .finally(() => {
        b.disabled = false;
      });
  });
  const { element, say } = section('privacy-export', t('privacy-export-heading'), t('privacy-export-text'), button);
  return element;
}

function importSection(ctx: Context, screen: HTMLElement, inventory: HTMLElement): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const input = h('input', {
    id: 'privacy-import-file',
    class: 'app-file-input',
    attrs: {
      type: 'file',
      accept: 'application/json,.json',
      'aria-describedby': 'privacy-import-text',
      'data-testid': 'privacy-import-file',
    },
  });
  const field = h(
    'div',
    { class: 'utrecht-form-field app-file-field' },
    h('label', { class: 'utrecht-form-label', attrs: { for: 'privacy-import-file' } }, t('privacy-import-label')),
    input,
  );
  const { element, say } = section('privacy-import', t('privacy-import-heading'), t('privacy-import-text'), field);

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    say();
    void importFile(file)
      .catch((e: unknown) => say(failure(ctx, e)))
      .finally(() => {
        // The same file can be picked again, e.g. after fixing what was wrong.
        input.value = '';
      });
  });

  async function importFile(file: File): Promise<void> {
    if (file.size > MAX_IMPORT_BYTES) {
      say(failure(ctx, new ApiError('invalid_export', `${file.size} bytes is too large`)));
      return;
    }
    const text = await file.text();
    const go = await confirmDialog(screen, input, {
      testid: 'privacy-import-dialog',
      title: t('privacy-import-confirm-title'),
      text: [t('privacy-import-confirm-text', { file: file.name }), t('privacy-import-confirm-hint')],
      confirm: t('privacy-import-confirm'),
      cancel: t('privacy-cancel'),
    });
    if (!go) return;
    input.disabled = true;
    try {
      const holdings = await ctx.api.importData(text);
      // The file may bring another language or group; then the whole app is drawn anew.
      if (await ctx.reload('privacy-import-done')) return;
      showInventory(ctx, inventory, holdings);
      say(paragraph(t('privacy-import-done')));
    } finally {
      input.disabled = false;
    }
  }

  return element;
}

function deleteSection(ctx: Context, screen: HTMLElement): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const button = actionButton('privacy-delete', t('privacy-delete'), (b) => {
    void confirmDialog(screen, b, {
      testid: 'privacy-delete-dialog',
      title: t('privacy-delete-confirm-title'),
      text: [t('privacy-delete-confirm-text'), t('privacy-delete-confirm-exports'), t('privacy-delete-confirm-undo')],
      confirm: t('privacy-delete-confirm'),
      cancel: t('privacy-cancel'),
      danger: true,
    }).then(async (go) => {
      if (!go) return;
      b.disabled = true;
      say();
      try {
        await ctx.api.deleteEverything();
        // Nothing is chosen any more, so this draws first start.
        await ctx.reload('privacy-deleted');
      } catch (e) {
        b.disabled = false;
        say(failure(ctx, e));
      }
    });
  });
  const { element, say } = section('privacy-delete', t('privacy-delete-heading'), t('privacy-delete-text'), button);
  return element;
}
