// @vitest-environment happy-dom
/**
 * Issue #15 (hardening), the parts that unit tests reach: each test here failed on the code
 * before the fix. The page-facing parts (closed overlay, keys, fingerprints, long tasks)
 * are checked in real Chromium by tests/e2e/hostile.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import MarkdownIt from 'markdown-it';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { worksheetHtml, worksheetMarkdown, type WorksheetItem } from '../../classroom/worksheet';
import { ClaimCard } from '../../components/ClaimCard';
import { Classroom } from '../../components/Classroom';
import { FactForm } from '../../components/options/FactForm';
import { ImportExport } from '../../components/options/ImportExport';
import { SettingsPanel } from '../../components/options/SettingsPanel';
import type { FactStore } from '../../components/options/types';
import { ReplyPanel } from '../../components/ReplyPanel';
import { PageClaims } from '../../content/page-claims';
import { Scanner } from '../../content/scanner';
import { logFailure, resetFailureLog, setFailureSink } from '../../diagnostics/log';
import { createEngine } from '../../engine/engine';
import { composeReplies } from '../../engine/reply';
import { factSchema, type Fact } from '../../engine/schema';
import { handleMessage } from '../../messaging/handler';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import { genericAdapter } from '../../sites/generic';
import type { SiteAdapter } from '../../sites/types';
import { ensureSeeded, seedGate } from '../../store/seed';
import { freshDatabases } from './helpers/fresh-db';
import { pageWithClaim } from './helpers/page-claims';
import { SAMPLE_FACTS, SAMPLE_FRAMES, SOURCE } from './helpers/sample-facts';

/** The project root (vitest runs from it). */
const ROOT = process.cwd();

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const engine = createEngine(SAMPLE_FACTS);
const fact = SAMPLE_FACTS[0]!;
const CLAIM = 'Mexico and the United States trade $1.4 billion a day.';
const finding = engine.analyze(CLAIM)[0]!;

// ---------------------------------------------------------------------------------------
describe('the worksheet cannot carry a page’s links, markup or tokens', () => {
  const hostileTitle = '</title><script>alert(1)</script><img src=x onerror=alert(1)> [Click](javascript:alert(2)) <https://evil.example/t>';
  const page = { title: hostileTitle, url: 'https://news.example/[Answers](javascript:alert(1))?session=SECRET123#frag', date: '2026-11-25' };
  const items: WorksheetItem[] = [
    {
      claim: '<img src=x onerror=alert(1)> Mexico [x](javascript:alert(3))\n[ref]: javascript:alert(4)\n<script>alert(5)</script>',
      topic: 'trade-volume',
      rating: 'outdated',
      answers: true,
      figures: [],
      others: [],
      fact,
      frame: SAMPLE_FRAMES[0],
      questions: ['Who said <b onmouseover=alert(1)>this</b>?'],
    },
  ];

  it('Markdown: parsed by a CommonMark parser, it holds exactly the expected links and no HTML', () => {
    const md = worksheetMarkdown(page, items, 'en');
    const parser = new MarkdownIt('commonmark');
    // Every link the text makes, including the ones markdown-it would refuse to render.
    parser.validateLink = () => true;
    const hrefs: string[] = [];
    const html: string[] = [];
    const walk = (tokens: ReturnType<InstanceType<typeof MarkdownIt>['parse']>) => {
      for (const t of tokens) {
        if (t.type === 'link_open') hrefs.push(String(t.attrGet('href') ?? ''));
        if (t.type === 'html_inline' || t.type === 'html_block') html.push(t.content);
        if (t.children) walk(t.children);
      }
    };
    walk(parser.parse(md, {}));
    expect(html).toEqual([]);
    expect(hrefs).toEqual(['https://news.example/%5BAnswers%5D(javascript:alert(1))', SOURCE.url]);
    expect(md).not.toContain('SECRET123');
    expect(md).not.toContain('#frag');
  });

  it('HTML: no script, img or on* attribute from a hostile title, URL or claim, and no query string', () => {
    const html = worksheetHtml(page, items, 'en');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, img, iframe, object, embed').length).toBe(0);
    const attrs = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attrs.filter((a) => a.startsWith('on'))).toEqual([]);
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(html).not.toContain('SECRET123');
    expect(doc.title).toContain('</title>');
  });
});

// ---------------------------------------------------------------------------------------
describe('editing a fact keeps what the form does not show', () => {
  it('keeps figures, every source after the first and the claims’ registers', async () => {
    const stored: Fact = {
      ...fact,
      id: 'my-edited-fact',
      sources: [SOURCE, { ...SOURCE, title: 'Second source', url: 'https://www.census.gov/foreign-trade/' }, { ...SOURCE, title: 'Third source', url: 'https://www.inegi.org.mx/' }],
      claims: [
        { text: 'Mexico and the U.S. trade $1.4 billion a day', lang: 'en', rating: 'outdated', register: 'headline' },
        { text: 'México y EE.UU. comercian 1,700 millones de dólares diarios', lang: 'es', rating: 'outdated', register: 'post' },
      ],
    };
    const onSave = vi.fn(async () => []);
    render(<FactForm lang="en" initial={stored} onSave={onSave} onCancel={vi.fn()} />);
    const statement = document.querySelector('textarea[name="statementEn"]') as HTMLTextAreaElement;
    fireEvent.input(statement, { target: { value: 'Edited: two-way goods trade reached $872.8 billion in 2025.' } });
    fireEvent.submit(document.querySelector('form')!);
    await vi.waitFor(() => expect(onSave).toHaveBeenCalled());
    const saved = factSchema.parse((onSave.mock.calls[0] as unknown[])[0]);
    expect(saved.statement.en).toBe('Edited: two-way goods trade reached $872.8 billion in 2025.');
    expect(saved.figures).toEqual(stored.figures);
    expect(saved.sources.map((s) => s.title)).toEqual([SOURCE.title, 'Second source', 'Third source']);
    expect(saved.claims.map((c) => c.register)).toEqual(['headline', 'post']);
  });
});

// ---------------------------------------------------------------------------------------
function fakeStore(over: Partial<FactStore> = {}): FactStore {
  return {
    list: vi.fn(async () => []),
    add: vi.fn(async () => ({ ok: true as const })),
    update: vi.fn(async () => ({ ok: true as const })),
    remove: vi.fn(async () => ({ ok: true as const })),
    importText: vi.fn(async () => ({ ok: true as const, count: 1 })),
    exportText: vi.fn(async () => null),
    reset: vi.fn(async () => undefined),
    mutes: vi.fn(async () => []),
    unmute: vi.fn(async () => undefined),
    ...over,
  };
}

describe('reset asks before deleting the reader’s facts', () => {
  it('deletes nothing until confirmed, and Cancel keeps everything', async () => {
    const store = fakeStore();
    render(<ImportExport lang="en" store={store} onChanged={vi.fn()} onDownload={vi.fn()} userFacts={3} />);
    fireEvent.click(screen.getByLabelText('Keep my own facts'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await Promise.resolve();
    expect(store.reset).not.toHaveBeenCalled();
    expect(screen.getByText(/deletes your 3 own or imported facts/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.reset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete my facts and reset' }));
    await vi.waitFor(() => expect(store.reset).toHaveBeenCalledWith(false));
  });
});

describe('muted facts can be shown again', () => {
  it('the options list the facts hidden per site, each with a Show again button', () => {
    const onUnmute = vi.fn();
    const mutes = [{ id: 'news.example|trade-volume-daily', site: 'news.example', factId: 'trade-volume-daily', createdAt: 1, statement: fact.statement.en }];
    render(<SettingsPanel lang="en" settings={DEFAULT_SETTINGS} onChange={vi.fn()} mutes={mutes} onUnmute={onUnmute} />);
    expect(screen.getByText(fact.statement.en)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Show again/ }));
    expect(onUnmute).toHaveBeenCalledWith('news.example', 'trade-volume-daily');
  });

  it('the card offers Undo after “Not relevant here”', () => {
    const onUnmute = vi.fn();
    render(<ClaimCard finding={finding} fact={fact} lang="en" muted onLangChange={vi.fn()} onClose={vi.fn()} onCopy={vi.fn(async () => true)} onMute={vi.fn()} onUnmute={onUnmute} />);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUnmute).toHaveBeenCalled();
  });
});

// ---------------------------------------------------------------------------------------
describe('the card acts only on accepted (trusted) events', () => {
  it('ignores a synthetic click on its buttons when told to accept only trusted events', () => {
    const props = { onLangChange: vi.fn(), onClose: vi.fn(), onCopy: vi.fn(async () => true), onMute: vi.fn(), onClassroom: vi.fn() };
    render(<ClaimCard finding={finding} fact={fact} lang="en" accept={(e) => e.isTrusted} {...props} />);
    for (const name of ['ES', 'Close', 'Copy summary', 'Not relevant here', 'Classroom view']) fireEvent.click(screen.getByRole('button', { name }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    for (const fn of Object.values(props)) expect(fn).not.toHaveBeenCalled();
  });
});

// ---------------------------------------------------------------------------------------
describe('imported and user facts are badged, and every link shows its host', () => {
  const phishing: Fact = {
    ...fact,
    id: 'shared-pack-fact',
    sources: [{ ...SOURCE, publisher: 'U.S. Census Bureau', title: 'U.S. Census Bureau trade data', url: 'https://census-gov.evil.example/login' }],
  };

  it('in the card', () => {
    render(
      <ClaimCard
        finding={{ ...finding, factId: phishing.id }}
        fact={phishing}
        origin="imported"
        lang="en"
        onLangChange={vi.fn()}
        onClose={vi.fn()}
        onCopy={vi.fn(async () => true)}
        onMute={vi.fn()}
      />,
    );
    expect(screen.getByText('Imported')).toBeTruthy();
    expect(screen.getByText(/\(census-gov\.evil\.example\)/)).toBeTruthy();
  });

  it('in the reply assistant', () => {
    const item = { key: 'post-x', origin: 'post' as const, finding: { ...finding, factId: phishing.id }, fact: phishing, local: 'user' as const, suggestions: composeReplies(finding, phishing, 'en') };
    render(
      <ReplyPanel
        view={{ replyLang: 'en', draftEmpty: false, draftLength: 5, mixed: false, items: [item], warnings: [] }}
        uiLang="en"
        onReplyLangChange={vi.fn()}
        onClose={vi.fn()}
        onCopy={vi.fn(async () => true)}
        onInsert={vi.fn(() => true)}
      />,
    );
    expect(screen.getByText('Your fact')).toBeTruthy();
    expect(screen.getAllByText(/\(census-gov\.evil\.example\)/).length).toBe(item.suggestions.length);
  });

  it('in the classroom view', () => {
    const page = pageWithClaim(finding, 'T', { factId: phishing.id, answers: true });
    render(
      <Classroom
        lang="en"
        page={page}
        facts={new Map([[phishing.id, phishing]])}
        origins={{ [phishing.id]: 'imported' }}
        frames={new Map()}
        today="2026-11-25"
        onRefresh={vi.fn()}
        onLangChange={vi.fn()}
        onDownload={vi.fn()}
      />,
    );
    expect(screen.getByText('Imported')).toBeTruthy();
    expect(screen.getByText(/\(census-gov\.evil\.example\)/)).toBeTruthy();
  });
});

// ---------------------------------------------------------------------------------------
describe('the background takes the site from the sender', () => {
  const freshDb = freshDatabases('puente-hardening');
  function context(extra: object = {}) {
    const db = freshDb();
    return { db, ready: () => ensureSeeded(db, SAMPLE_FACTS, SAMPLE_FRAMES, '1'), extensionId: 'self', extensionOrigin: 'chrome-extension://self/', ...extra };
  }
  const from = (url: string) => ({ id: 'self', url, tab: { id: 7 } });

  it('mutes for the page’s own host, IPv6 literals and names with "_" included; a message cannot name another site', async () => {
    const ctx = context();
    for (const url of ['http://[::1]:8080/a', 'https://my_host.example/x', 'https://news.example/story']) {
      expect(await handleMessage(ctx, { type: 'mute-fact', factId: 'trade-volume-daily' }, from(url))).toEqual({ ok: true });
      const data = await handleMessage(ctx, { type: 'engine-data' }, from(url));
      expect(data && 'muted' in data && data.muted).toEqual(['trade-volume-daily']);
    }
    expect(await handleMessage(ctx, { type: 'mute-fact', factId: 'trade-volume-daily', site: 'victim.example' }, from('https://evil.example/'))).toEqual({
      error: 'Malformed request: Unrecognized key: "site"',
    });
    expect((await ctx.db.mutes.toArray()).map((m) => m.site).sort()).toEqual(['[::1]', 'my_host.example', 'news.example']);
  });

  it('answers nothing to other extensions or to senders that are neither a page nor one of its pages', async () => {
    const ctx = context();
    expect(await handleMessage(ctx, { type: 'engine-data' }, { id: 'other', url: 'https://a.example/', tab: { id: 1 } })).toBeUndefined();
    expect(await handleMessage(ctx, { type: 'engine-data' }, { id: 'self', url: 'file:///etc/passwd', tab: { id: 1 } })).toBeUndefined();
  });

  it('opens the classroom for a page without ever allowing a tab; extension pages may', async () => {
    const calls: [number | null, boolean][] = [];
    const ctx = context({ openClassroom: async (tabId: number | null, o: { allowTab: boolean }) => (calls.push([tabId, o.allowTab]), false) });
    expect(await handleMessage(ctx, { type: 'open-classroom' }, from('https://news.example/'))).toEqual({ ok: false });
    await handleMessage(ctx, { type: 'open-classroom' }, { id: 'self', url: 'chrome-extension://self/popup.html' });
    expect(calls).toEqual([
      [7, false],
      [null, true],
    ]);
  });

  it('tells open tabs when a fact is hidden or shown again', async () => {
    const notifyChanged = vi.fn(async () => undefined);
    const ctx = context({ notifyChanged });
    await handleMessage(ctx, { type: 'mute-fact', factId: 'trade-volume-daily' }, from('https://news.example/'));
    await handleMessage(ctx, { type: 'unmute-fact', factId: 'trade-volume-daily' }, from('https://news.example/'));
    expect(notifyChanged).toHaveBeenCalledTimes(2);
  });

  it('badges: engine data says which facts are the reader’s or imported', async () => {
    const ctx = context();
    await ctx.ready();
    await ctx.db.facts.put({ ...fact, id: 'mine', origin: 'user', updatedAt: 1 });
    await ctx.db.facts.put({ ...fact, id: 'theirs', origin: 'imported', updatedAt: 1 });
    const data = await handleMessage(ctx, { type: 'engine-data' }, from('https://news.example/'));
    expect(data && 'origins' in data && data.origins).toEqual({ mine: 'user', theirs: 'imported' });
    // The compiled index holds the bundled facts only: the tab stems the reader's own.
    const compiled = data && 'index' in data ? data.index.facts.map((f) => f.id) : [];
    expect(compiled).toContain(fact.id);
    expect(compiled).not.toContain('mine');
    expect(compiled).not.toContain('theirs');
  });
});

// ---------------------------------------------------------------------------------------
describe('a failed seeding is retried', () => {
  it('does not keep the rejection: the next request seeds again', async () => {
    let calls = 0;
    const gate = seedGate(async () => {
      calls++;
      if (calls === 1) throw new Error('QuotaExceededError');
    });
    await expect(gate.ready()).rejects.toThrow('QuotaExceededError');
    await expect(gate.ready()).resolves.toBeUndefined();
    await gate.ready();
    expect(calls).toBe(2);
  });

  it('the background uses it', () => {
    const src = readFileSync(join(ROOT, 'entrypoints', 'background.ts'), 'utf8');
    expect(src).toMatch(/seedGate\(/);
    expect(src).not.toMatch(/\?\?=\s*ensureSeeded/);
  });
});

// ---------------------------------------------------------------------------------------
describe('failures are logged once, with the feature’s name', () => {
  it('sends each distinct failure once to the sink', () => {
    resetFailureLog();
    const sink = vi.fn();
    setFailureSink(sink);
    logFailure('copy', new Error('denied'));
    logFailure('copy', new Error('denied'));
    logFailure('mute', new Error('denied'));
    expect(sink.mock.calls).toEqual([
      ['copy', 'Error: denied'],
      ['mute', 'Error: denied'],
    ]);
  });

  it('no bare catch {} swallows an error in the extension’s own code without saying why', () => {
    const session = readdirSync(join(ROOT, 'content', 'session')).map((f) => `content/session/${f}`);
    const files = [
      ...session,
      'content/main.tsx',
      'content/scanner.ts',
      'content/scan-roots.ts',
      'content/highlights.ts',
      'content/load-reader.ts',
      'content/wxt-edges.ts',
      'messaging/tabs.ts',
      'messaging/handler.ts',
      'entrypoints/background.ts',
      'entrypoints/options/main.tsx',
      'entrypoints/popup/main.tsx',
      'entrypoints/sidepanel/main.tsx',
      'content/reply/assistant.ts',
      'content/reply/caret.ts',
      'content/clipboard.ts',
    ];
    for (const f of files) {
      const src = readFileSync(join(ROOT, f), 'utf8');
      // A catch block must log, rethrow, return a value, or say in a comment why it is expected.
      for (const m of src.matchAll(/catch(?: \([^)]*\))? \{\s*\n?([^\n]*)/g)) {
        expect(m[1]!.trim(), `${f}: ${m[0]}`).toMatch(/logFailure|throw|return|\/\/|=|onError/);
      }
      // A promise's failure dropped on purpose says why on the line before.
      const lines = src.split('\n');
      lines.forEach((line, i) => {
        if (/\.catch\(\(\) => undefined\)/.test(line)) expect(lines[i - 1] ?? '', `${f}:${i + 1}`).toMatch(/\/\//);
      });
    }
  });
});

// ---------------------------------------------------------------------------------------
describe('no input stalls the page', () => {
  it('a block gets a time budget: reading stops when it is spent and continues later', () => {
    document.body.innerHTML = `<p id="p">${'Mexico and the United States trade $1.4 billion a day. '.repeat(400)}</p>`;
    const block = document.getElementById('p')!;
    const added: Range[] = [];
    const highlights = { add: (r: Range) => added.push(r), delete: () => undefined, setFocus: () => undefined } as never;
    const claims = new PageClaims(engine, highlights, { lang: 'en', muted: new Set() });
    let budget = 1;
    const done = claims.read(block, () => budget--);
    expect(done).toBe(false);
    const first = added.length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(400);
    let rounds = 1;
    while (!claims.read(block, () => 0) && rounds < 1000) rounds++;
    expect(added.length).toBe(400);
    expect(rounds).toBeGreaterThan(1);
  });

  it('a mutation re-collects the changed subtree, not the whole document', async () => {
    document.body.innerHTML = '<main><article><p>First paragraph about trade between the two countries.</p></article><section id="feed"></section></main>';
    const roots: ParentNode[] = [];
    const spy: SiteAdapter = { ...genericAdapter, blocks: (root) => (roots.push(root), genericAdapter.blocks(root)) };
    const reads: string[] = [];
    const scanner = new Scanner(document, spy, { read: (b) => void reads.push(b.textContent!.slice(0, 12)), isStale: () => false, forget: () => undefined }, { throttleMs: 10 });
    scanner.start();
    await new Promise((r) => setTimeout(r, 80));
    roots.length = 0;
    const p = document.createElement('p');
    p.textContent = 'A new post about remittances sent home to Mexico this year.';
    document.getElementById('feed')!.appendChild(p);
    await new Promise((r) => setTimeout(r, 120));
    expect(reads).toContain('A new post a');
    expect(roots.length).toBeGreaterThan(0);
    expect(roots).not.toContain(document);
    scanner.stop();
  });

  it('start-up never reads innerText (a whole-page layout)', () => {
    const files = ['main.tsx', ...readdirSync(join(ROOT, 'content', 'session')).map((f) => `session/${f}`)];
    for (const f of files) {
      const src = readFileSync(join(ROOT, 'content', f), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(src, f).not.toMatch(/\.innerText\b/);
    }
  });
});
