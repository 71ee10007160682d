import { beforeEach, describe, expect, it } from 'vitest';
import { onboardedApi, startApp } from './testing/harness';

beforeEach(() => {
  window.location.hash = '';
});

const box = (root: HTMLElement, testid: string) => root.querySelector<HTMLTextAreaElement>(`[data-testid="${testid}"]`);

describe('notes', () => {
  it('saves a note without client data at once, and lists it', async () => {
    const api = onboardedApi('en');
    const h = await startApp(api);
    await h.go({ name: 'notes' });
    expect(h.text('notes-empty')).toBe('You have no notes yet.');
    await h.type('note-new-text', 'Ask about the two hats next time.');
    await h.click('note-new-save');
    expect(api.notes.map((n) => n.text)).toEqual(['Ask about the two hats next time.']);
    expect(h.text('notes-list')).toContain('Ask about the two hats next time.');
    expect(box(h.root, 'note-new-text')?.value).toBe('');
  });

  it('warns before saving what looks like client data, shows where, and saves only when told', async () => {
    const api = onboardedApi('nl');
    const h = await startApp(api);
    await h.go({ name: 'notes' });
    const text = 'Bel mevrouw op 06-12345678 over de aanvraag.';
    await h.type('note-new-text', text);
    await h.click('note-new-save');
    expect(api.notes).toEqual([]);
    expect(h.text('note-new-warning')).toContain('Een telefoonnummer: 06-12345678');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('note-new-guard');

    await h.click('note-new-change');
    const textarea = box(h.root, 'note-new-text');
    expect(document.activeElement).toBe(textarea);
    expect(textarea?.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe('06-12345678');

    await h.click('note-new-save');
    await h.click('note-new-anyway');
    expect(api.notes.map((n) => n.text)).toEqual([text]);
    expect(h.root.querySelector('[data-testid="note-new-guard"]')).toBeNull();
    expect(document.activeElement).toBe(box(h.root, 'note-new-text'));
  });

  it('saves once, however often save is pressed while it is saving', async () => {
    const api = onboardedApi('en');
    const h = await startApp(api);
    await h.go({ name: 'notes' });
    await h.type('note-new-text', 'Only once');
    const save = h.root.querySelector<HTMLButtonElement>('[data-testid="note-new-save"]');
    const form = save?.closest('form');
    form?.requestSubmit();
    form?.requestSubmit();
    await h.settle();
    expect(api.notes.map((n) => n.text)).toEqual(['Only once']);
  });

  it('keeps the text when saving fails, and says why', async () => {
    const api = onboardedApi('en');
    const h = await startApp(api);
    await h.go({ name: 'notes' });
    api.failWith = 'disk_full';
    api.failOnly = ['addNote'];
    await h.type('note-new-text', 'Something to remember');
    await h.click('note-new-save');
    expect(h.root.querySelector('[data-error-code="disk_full"]')).not.toBeNull();
    expect(box(h.root, 'note-new-text')?.value).toBe('Something to remember');
  });

  it('changes and deletes a note; cancelling a change leaves it as it was', async () => {
    const api = onboardedApi('en');
    await api.addNote('jongeren-rechten', 'First thought');
    const h = await startApp(api);
    await h.go({ name: 'notes' });
    expect(h.text('note-1')).toContain('Title of jongeren-rechten (en)');

    await h.click('note-edit');
    await h.type('note-1-editor-text', 'Second thought');
    await h.click('note-1-editor-cancel');
    expect(h.text('note-1')).toContain('First thought');

    await h.click('note-edit');
    await h.type('note-1-editor-text', 'Second thought');
    await h.click('note-1-editor-save');
    expect(api.notes[0]?.text).toBe('Second thought');

    await h.click('note-delete');
    await h.click('note-delete-dialog-cancel');
    expect(api.notes).toHaveLength(1);
    await h.click('note-delete');
    await h.click('note-delete-dialog-confirm');
    expect(api.notes).toEqual([]);
    expect(h.text('notes-empty')).toBe('You have no notes yet.');
  });

  it('writes a note on a page from that page, and leads back to it', async () => {
    const api = onboardedApi('en');
    const h = await startApp(api);
    await h.go({ name: 'page', id: 'jongeren-rechten' });
    expect(h.root.querySelector('[data-testid="note-on-page"]')?.getAttribute('href')).toBe('#/notes/jongeren-rechten');
    await h.go({ name: 'notes', page: 'jongeren-rechten' });
    expect(h.root.querySelector('label[for="note-new-text"]')?.textContent).toBe('New note on: Title of jongeren-rechten (en)');
    await h.type('note-new-text', 'Ask who reads the file');
    await h.click('note-new-save');
    expect(api.notes.map((n) => [n.page_id, n.text])).toEqual([['jongeren-rechten', 'Ask who reads the file']]);
    expect(h.text('note-1')).toContain('Title of jongeren-rechten (en)');
    expect(h.root.querySelector('[data-testid="note-back"]')?.getAttribute('href')).toBe('#/page/jongeren-rechten');
  });

  it('explains a note link to a page that is gone, and still lists the notes', async () => {
    const api = onboardedApi('en');
    await api.addNote(null, 'Loose');
    const h = await startApp(api);
    await h.go({ name: 'notes', page: 'jongeren-weg' });
    expect(h.root.querySelector('[data-testid="note-writer"] [data-error-code="unknown_page"]')).not.toBeNull();
    expect(h.text('notes-list')).toContain('Loose');
  });

  it('keeps an edit open, with what was typed, while another note is saved', async () => {
    const api = onboardedApi('en');
    await api.addNote(null, 'One');
    await api.addNote(null, 'Two');
    const h = await startApp(api);
    await h.go({ name: 'notes' });
    h.root.querySelector<HTMLButtonElement>('[data-testid="note-1"] [data-testid="note-edit"]')?.click();
    await h.type('note-1-editor-text', 'One, half changed');
    h.root.querySelector<HTMLButtonElement>('[data-testid="note-2"] [data-testid="note-edit"]')?.click();
    await h.type('note-2-editor-text', 'Two, changed');
    await h.click('note-2-editor-save');
    expect(api.notes.map((n) => n.text)).toEqual(['One', 'Two, changed']);
    expect(box(h.root, 'note-1-editor-text')?.value).toBe('One, half changed');
    await h.click('note-1-editor-cancel');
    expect(h.text('note-1')).toContain('One');
    expect(box(h.root, 'note-1-editor-text')).toBeNull();
  });
});
