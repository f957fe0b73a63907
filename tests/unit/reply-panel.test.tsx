// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReplyPanel, type ReplyItem, type ReplyView } from '../../components/ReplyPanel';
import { startReplyAssistant } from '../../content/reply/assistant';
import { lazyReplyFeature } from '../../content/reply/lazy';
import type { ReplyFeature } from '../../content/session/page-session';
import { createEngine } from '../../engine/engine';
import { checkDraft, composeReplies } from '../../engine/reply';
import { xLength } from '../../engine/x-length';
import { SAMPLE_FACTS } from './helpers/sample-facts';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const engine = createEngine(SAMPLE_FACTS);
const factsById = new Map(SAMPLE_FACTS.map((f) => [f.id, f]));
const fact = SAMPLE_FACTS[0]!;
const POST = 'Mexico and the U.S. trade $1.4 billion a day, and most Americans have no idea.';
const finding = engine.analyze(POST)[0]!;

function item(lang: 'en' | 'es' = 'en'): ReplyItem {
  return { key: `post-${fact.id}`, origin: 'post', finding, fact, suggestions: composeReplies(finding, fact, lang) };
}

function view(over: Partial<ReplyView> = {}): ReplyView {
  return { replyLang: 'en', draftEmpty: false, draftLength: 20, mixed: false, items: [item()], warnings: [], ...over };
}

function panel(v: ReplyView, uiLang: 'en' | 'es' = 'en') {
  const props = { view: v, uiLang, onReplyLangChange: vi.fn(), onClose: vi.fn(), onCopy: vi.fn(async () => true), onInsert: vi.fn(() => true) };
  render(<ReplyPanel {...props} />);
  return props;
}

describe('ReplyPanel', () => {
  it('is a labelled dialog listing the post’s claim with suggestions and their X length', () => {
    panel(view());
    const dialog = screen.getByRole('dialog');
    expect(screen.getByText('Reply with sources').id).toBe(dialog.getAttribute('aria-labelledby'));
    expect(screen.getByText('In the post you are replying to')).toBeTruthy();
    const suggestions = item().suggestions;
    for (const s of suggestions) {
      expect(screen.getByText(s.text)).toBeTruthy();
      // The count is shown as "130/280" and read out, from visually hidden text, as "130 of 280 characters".
      expect(screen.getByText(`${xLength(s.text)}/280`).getAttribute('aria-hidden')).toBe('true');
      expect(screen.getByText(`${xLength(s.text)} of 280 characters`).className).toBe('sr-only');
    }
    expect(screen.getAllByRole('button', { name: 'Copy' })).toHaveLength(suggestions.length);
    expect(screen.getAllByRole('button', { name: 'Insert' })).toHaveLength(suggestions.length);
  });

  it('empty draft: says the suggestions answer the post', () => {
    panel(view({ draftEmpty: true, draftLength: 0 }));
    expect(screen.getByText(/Your draft is empty/)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Insert' }).length).toBeGreaterThan(0);
  });

  it('nothing matched: a clear message, not an error', () => {
    panel(view({ items: [], warnings: [] }));
    expect(screen.getByText('No claims Puente knows in this post or draft.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Insert' })).toBeNull();
  });

  it('over the limit: a note with the draft’s length', () => {
    panel(view({ draftLength: 301 }));
    expect(screen.getByRole('status').textContent).toBe('Your draft is 301/280: X will not post more than 280 characters.');
  });

  it('mixed languages: a note that suggestions follow the main language', () => {
    panel(view({ mixed: true }));
    expect(screen.getByText(/mixes English and Spanish/)).toBeTruthy();
  });

  it('warning: the draft’s outdated figure with the current one, its date and a safe source link', () => {
    const warnings = checkDraft('We trade $1.4 billion a day', engine, factsById, { contextFactIds: [fact.id] });
    panel(view({ warnings }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Check this figure before posting');
    expect(alert.textContent).toContain('Your draft says $1.4 billion a day, an older figure. The latest is $2.39 billion a day (2025).');
    const link = screen.getByRole('link', { name: 'FreightWaves' });
    expect(link.getAttribute('href')).toBe(fact.sources[0]!.url);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('warning: a figure that itself starts like a placeholder ("$30 billion") is shown as it is', () => {
    // The figures are filled in one pass: "$30…" once filled must not be read as "$3" + "0…".
    const [w] = checkDraft('We trade $1.4 billion a day', engine, factsById, { contextFactIds: [fact.id] });
    panel(view({ warnings: [{ ...w!, figure: { ...w!.figure, claimValue: 30e9 } }] }));
    expect(screen.getByRole('alert').textContent).toContain('Your draft says $30 billion a day, an older figure. The latest is $2.39 billion a day (2025).');
  });

  it('shows a warning even when nothing else matched', () => {
    const warnings = checkDraft('We trade $1.4 billion a day', engine, factsById, { contextFactIds: [fact.id] });
    panel(view({ items: [], warnings }));
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.queryByText(/No claims Puente knows/)).toBeNull();
  });

  it('copies, inserts, switches the reply language and closes on Escape', async () => {
    const props = panel(view());
    const text = item().suggestions[0]!.text;
    fireEvent.click(screen.getAllByRole('button', { name: 'Copy' })[0]!);
    expect(props.onCopy).toHaveBeenCalledWith(text);
    await screen.findByRole('button', { name: 'Copied' });
    fireEvent.click(screen.getAllByRole('button', { name: 'Insert' })[0]!);
    expect(props.onInsert).toHaveBeenCalledWith(text);
    await screen.findByRole('button', { name: 'Inserted' });
    fireEvent.click(screen.getByRole('button', { name: 'ES' }));
    expect(props.onReplyLangChange).toHaveBeenCalledWith('es');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalled();
  });

  it('says when copying failed', async () => {
    const props = { view: view(), uiLang: 'en' as const, onReplyLangChange: vi.fn(), onClose: vi.fn(), onCopy: vi.fn(async () => false), onInsert: vi.fn(() => true) };
    render(<ReplyPanel {...props} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Copy' })[0]!);
    await screen.findByRole('button', { name: 'Could not copy' });
  });

  it('renders its labels in Spanish, suggestions in the reply language', () => {
    panel(view({ replyLang: 'es', items: [item('es')], draftLength: 290 }), 'es');
    expect(screen.getByText('Responder con fuentes')).toBeTruthy();
    expect(screen.getByText('En la publicación que respondes')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Tu borrador tiene 290/280: X no publica más de 280 caracteres.');
    expect(screen.getAllByRole('button', { name: 'Insertar' }).length).toBeGreaterThan(0);
    expect(screen.getByText(/La cifra más reciente es de 2,390 millones de dólares al día/)).toBeTruthy();
  });
});

describe('startReplyAssistant (happy-dom)', () => {
  function page(draftHtml = '') {
    document.body.innerHTML = `
      <div role="dialog">
        <article data-testid="tweet"><div data-testid="tweetText" lang="en">${POST}</div></article>
        <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox">${draftHtml}</div>
        <button data-testid="tweetButton">Reply</button>
      </div>
      <p id="elsewhere" tabindex="-1">Elsewhere</p>`;
    const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    const ctx = {
      addEventListener: (target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions) => target.addEventListener(type, handler, options),
      setTimeout: (fn: () => void, ms?: number) => window.setTimeout(fn, ms) as unknown as number,
    };
    const onChange = vi.fn();
    const assistant = startReplyAssistant({ ctx: ctx as never, engine: () => engine, factsById, onChange });
    return { editor, assistant, onChange };
  }

  it('appears when a reply box is focused, lists the post’s claim, and never touches the editor', () => {
    const { editor, assistant, onChange } = page('<div><span>Thanks for raising this.</span></div>');
    const before = editor.innerHTML;
    expect(assistant.snapshot().visible).toBe(false);
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(onChange).toHaveBeenCalled();
    const snap = assistant.snapshot();
    expect(snap.visible).toBe(true);
    expect(snap.editor).toBe(editor);
    assistant.openPanel();
    const v = assistant.snapshot().view!;
    expect(v.items.map((i) => [i.origin, i.fact.id])).toEqual([['post', fact.id]]);
    expect(v.items[0]!.suggestions.length).toBeGreaterThan(0);
    expect(v.draftEmpty).toBe(false);
    expect(editor.innerHTML).toBe(before);
  });

  it('sends for the engine when the page has not needed it yet, and reads the draft once it is built', async () => {
    // A page whose own text passed no prefilter has no engine; a draft about Mexico still gets its panel.
    let ready: typeof engine | null = null;
    const whenEngine = vi.fn(() => new Promise((done) => window.setTimeout(() => done((ready = engine)), 50)));
    document.body.innerHTML = `<div role="dialog"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"><div><span>The U.S. and Mexico trade $1.4 billion a day.</span></div></div><button data-testid="tweetButton">Reply</button></div>`;
    const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    const ctx = {
      addEventListener: (t: EventTarget, type: string, h: (e: Event) => void) => t.addEventListener(type, h),
      setTimeout: (fn: () => void, ms?: number) => window.setTimeout(fn, ms) as unknown as number,
    };
    const onChange = vi.fn();
    const assistant = startReplyAssistant({ ctx: ctx as never, engine: () => ready, whenEngine, factsById, onChange });
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    assistant.openPanel();
    expect(whenEngine).toHaveBeenCalled();
    expect(assistant.snapshot().view!.warnings).toEqual([]);
    await vi.waitFor(() => expect(assistant.snapshot().warn).toBe(true), { timeout: 2000 });
    expect(assistant.snapshot().view!.warnings[0]).toMatchObject({ status: 'outdated' });
  });

  it('ignores editors that are not X reply boxes', () => {
    document.body.innerHTML = '<div contenteditable="true" id="other">Mexico and the U.S. trade $1.4 billion a day</div>';
    const ctx = {
      addEventListener: (t: EventTarget, type: string, h: (e: Event) => void) => t.addEventListener(type, h),
      setTimeout: (fn: () => void) => window.setTimeout(fn, 0) as unknown as number,
    };
    const assistant = startReplyAssistant({ ctx: ctx as never, engine, factsById, onChange: vi.fn() });
    document.getElementById('other')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(assistant.snapshot().visible).toBe(false);
  });

  it('warns on the draft’s outdated figure in the light of the post, and suggests from the post when the draft is empty', () => {
    const { editor, assistant } = page('<div><span>We trade $1.4 billion a day</span></div>');
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    assistant.openPanel();
    const snap = assistant.snapshot();
    expect(snap.warn).toBe(true);
    expect(snap.view!.warnings[0]).toMatchObject({ status: 'outdated', period: '2025' });

    const empty = page('');
    empty.editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    empty.assistant.openPanel();
    const v = empty.assistant.snapshot().view!;
    expect(v.draftEmpty).toBe(true);
    expect(v.replyLang).toBe('en');
    expect(v.items).toHaveLength(1);
  });

  it('Insert goes through the editor’s input path: insertText, else a paste event carrying the text', () => {
    const { editor, assistant } = page('<div><span>Thanks.</span></div>');
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const pasted: string[] = [];
    editor.addEventListener('paste', (e) => pasted.push((e as ClipboardEvent).clipboardData?.getData('text/plain') ?? ''));
    const exec = vi.fn(() => false);
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    expect(assistant.insert('Hello')).toBe(true);
    expect(exec).toHaveBeenCalledWith('insertText', false, ' Hello');
    expect(pasted).toEqual([' Hello']);
    // The assistant itself never edits the DOM: the site's editor does, from those events.
    expect(editor.textContent).toBe('Thanks.');
  });
});

describe('the reply assistant loaded on demand (content/reply/lazy.ts)', () => {
  /** An X reply box (and another editable box) on the page, and the assistant started with `load` for its code. */
  function startLazy(load: () => Promise<ReplyFeature>) {
    document.body.innerHTML = `
      <div role="dialog">
        <article data-testid="tweet"><div data-testid="tweetText" lang="en">${POST}</div></article>
        <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div>
      </div>
      <div contenteditable="true" id="other"></div>`;
    const ctx = {
      addEventListener: (t: EventTarget, type: string, h: (e: Event) => void, o?: AddEventListenerOptions) => t.addEventListener(type, h, o),
      setTimeout: (fn: () => void, ms?: number) => window.setTimeout(fn, ms) as unknown as number,
    };
    const onChange = vi.fn();
    const assistant = lazyReplyFeature(load).start({ ctx: ctx as never, engine: () => engine, factsById, onChange });
    const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    return { assistant, editor, onChange };
  }

  it('loads nothing until an X reply box takes focus, then attaches to that box', async () => {
    const load = vi.fn(async () => ({ start: startReplyAssistant, Layer: () => null }));
    const { assistant, editor, onChange } = startLazy(load);
    document.getElementById('other')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(load).not.toHaveBeenCalled();
    expect(assistant.snapshot().visible).toBe(false);
    expect(assistant.insert('x')).toBe(false);

    editor.focus();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(load).toHaveBeenCalledTimes(1);
    expect(assistant.snapshot()).toMatchObject({ visible: true, editor });
    assistant.openPanel();
    expect(assistant.snapshot().view!.items.map((i) => i.fact.id)).toEqual([fact.id]);
  });

  it('opens the panel when the code arrives if Alt+Shift+R was pressed while it was on its way', async () => {
    let arrive: (feature: ReplyFeature) => void = () => undefined;
    const { assistant, editor, onChange } = startLazy(() => new Promise((resolve) => (arrive = resolve)));
    editor.focus();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const press = new KeyboardEvent('keydown', { code: 'KeyR', altKey: true, shiftKey: true, bubbles: true, cancelable: true });
    // The reader's own key press (a page's synthetic one is never acted on).
    Object.defineProperty(press, 'isTrusted', { value: true });
    editor.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    expect(assistant.snapshot().open).toBe(false);
    arrive({ start: startReplyAssistant, Layer: () => null });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(assistant.snapshot()).toMatchObject({ visible: true, open: true, editor });
  });

  it('after a failed load, forgets the pending Alt+Shift+R and loads again on the next focus', async () => {
    const attempts: ((feature: ReplyFeature | Error) => void)[] = [];
    const load = vi.fn(() => new Promise<ReplyFeature>((resolve, reject) => attempts.push((result) => (result instanceof Error ? reject(result) : resolve(result)))));
    const { assistant, editor, onChange } = startLazy(load);
    const pressShortcut = () => {
      const press = new KeyboardEvent('keydown', { code: 'KeyR', altKey: true, shiftKey: true, bubbles: true, cancelable: true });
      Object.defineProperty(press, 'isTrusted', { value: true });
      editor.dispatchEvent(press);
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    editor.focus();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    pressShortcut();
    attempts[0]!(new Error('chunk unavailable'));
    await vi.waitFor(() => {
      editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      expect(load).toHaveBeenCalledTimes(2);
    });
    attempts[1]!({ start: startReplyAssistant, Layer: () => null });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    // The press made before the failure is forgotten: the panel waits for the reader's next one.
    expect(assistant.snapshot()).toMatchObject({ visible: true, open: false, editor });
  });
});
