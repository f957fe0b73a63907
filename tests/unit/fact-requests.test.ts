/**
 * The options page's requests to the background (messaging/fact-requests.ts through
 * handleMessage): only the extension's own pages may ask, every payload is checked, every
 * write is all-or-nothing and tells the open tabs only when something changed.
 * Runs on fake-indexeddb (tests/unit/setup.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Fact } from '../../engine/schema';
import { MAX_IMPORT_BYTES } from '../../importers/limits';
import { PACK_FORMAT } from '../../importers/pack';
import { handleMessage, type HandlerContext } from '../../messaging/handler';
import { ensureSeeded } from '../../store/seed';
import { freshDatabases } from './helpers/fresh-db';
import { SAMPLE_FACTS, SAMPLE_FRAMES } from './helpers/sample-facts';

const freshDb = freshDatabases('puente-fact-requests');

function context(): HandlerContext & { notifyChanged: ReturnType<typeof vi.fn> } {
  const db = freshDb();
  return {
    db,
    ready: () => ensureSeeded(db, SAMPLE_FACTS, SAMPLE_FRAMES, '1'),
    extensionId: 'self',
    extensionOrigin: 'chrome-extension://self/',
    bundled: { facts: SAMPLE_FACTS, frames: SAMPLE_FRAMES, version: '1' },
    classify: () => null,
    notifyChanged: vi.fn(async () => undefined),
  };
}

const OPTIONS = { id: 'self', url: 'chrome-extension://self/options.html' };
const WEB_PAGE = { id: 'self', url: 'https://news.example/story', tab: { id: 3 } };
const MINE: Fact = { ...SAMPLE_FACTS[0]!, id: 'my-trade-fact' };
const ask = (ctx: HandlerContext, message: unknown, sender: object = OPTIONS) => handleMessage(ctx, message, sender);
const ids = async (ctx: HandlerContext) => ((await ask(ctx, { type: 'list-facts' })) as { facts: { id: string }[] }).facts.map((f) => f.id).sort();

describe('the options page asks the background for the facts', () => {
  it('lists, adds, edits, exports and deletes a fact of the reader’s, telling the tabs after each change', async () => {
    const ctx = context();
    expect(await ids(ctx)).toEqual(['guns-traced-us-origin', 'trade-volume-daily']);
    expect(await ask(ctx, { type: 'add-fact', fact: MINE })).toEqual({ ok: true });
    expect(await ask(ctx, { type: 'update-fact', id: 'my-trade-fact', fact: { ...MINE, asOf: '2026' } })).toEqual({ ok: true });
    expect(await ctx.db.facts.get('my-trade-fact')).toMatchObject({ origin: 'user', asOf: '2026' });
    const exported = await ask(ctx, { type: 'export-facts' });
    expect(JSON.parse((exported as { pack: string }).pack)).toMatchObject({ format: PACK_FORMAT, facts: [{ id: 'my-trade-fact' }] });
    expect(await ask(ctx, { type: 'delete-fact', id: 'my-trade-fact' })).toEqual({ ok: true });
    expect(await ask(ctx, { type: 'export-facts' })).toEqual({ pack: null });
    expect(ctx.notifyChanged).toHaveBeenCalledTimes(3);
  });

  it('answers a refused change with its problems, writes nothing and tells no tab', async () => {
    const ctx = context();
    const bad = await ask(ctx, { type: 'add-fact', fact: { ...MINE, sources: [] } });
    expect(bad).toMatchObject({ ok: false, problems: [{ field: 'sources', message: expect.stringMatching(/at least one source/) }] });
    expect(await ask(ctx, { type: 'delete-fact', id: 'trade-volume-daily' })).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/ships with Puente/) }] });
    expect(await ids(ctx)).toEqual(['guns-traced-us-origin', 'trade-volume-daily']);
    expect(ctx.notifyChanged).not.toHaveBeenCalled();
  });

  it('imports all or nothing from the file’s text, and resets', async () => {
    const ctx = context();
    const pack = (facts: unknown[]) => JSON.stringify({ format: PACK_FORMAT, version: 1, facts });
    const refused = await ask(ctx, { type: 'import-facts', text: pack([MINE, { ...MINE, id: 'my-bad-fact', sources: [] }]) });
    expect(refused).toMatchObject({ ok: false, problems: [{ item: 'item 2 (id "my-bad-fact")', field: 'sources' }] });
    expect(await ids(ctx)).not.toContain('my-trade-fact');
    expect(await ask(ctx, { type: 'import-facts', text: pack([MINE]) })).toEqual({ ok: true, count: 1 });
    expect((await ctx.db.facts.get('my-trade-fact'))?.origin).toBe('imported');
    // The page cuts a longer text one character past the limit: the importer says why in its words.
    const tooBig = await ask(ctx, { type: 'import-facts', text: 'x'.repeat(MAX_IMPORT_BYTES + 1) });
    expect(tooBig).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/larger than 5 MB/) }] });
    expect(await ask(ctx, { type: 'reset-facts', keepUserFacts: false })).toEqual({ ok: true });
    expect(await ids(ctx)).toEqual(['guns-traced-us-origin', 'trade-volume-daily']);
    expect(ctx.notifyChanged).toHaveBeenCalledTimes(2);
  });

  it('lists the facts hidden per site and shows one again on the site it names', async () => {
    const ctx = context();
    expect(await handleMessage(ctx, { type: 'mute-fact', factId: 'trade-volume-daily' }, WEB_PAGE)).toEqual({ ok: true });
    expect(await ask(ctx, { type: 'list-mutes' })).toMatchObject({ mutes: [{ site: 'news.example', factId: 'trade-volume-daily' }] });
    expect(await ask(ctx, { type: 'unmute-fact-on-site', site: 'news.example', factId: 'trade-volume-daily' })).toEqual({ ok: true });
    expect(await ask(ctx, { type: 'list-mutes' })).toEqual({ mutes: [] });
  });
});

describe('the background never trusts these messages', () => {
  it('refuses a malformed payload with a clear error, and writes nothing', async () => {
    const ctx = context();
    const refused: [object, RegExp][] = [
      [{ type: 'add-fact', fact: MINE, origin: 'bundled' }, /Unrecognized key: "origin"/],
      [{ type: 'update-fact', id: 'Not An Id', fact: MINE }, /^Malformed request: id: /],
      [{ type: 'delete-fact' }, /^Malformed request: id: /],
      [{ type: 'import-facts', text: { facts: [MINE] } }, /text: .*expected string/],
      [{ type: 'import-facts', text: 'x'.repeat(MAX_IMPORT_BYTES + 2) }, /^Malformed request: text: /],
      [{ type: 'reset-facts', keepUserFacts: 'no' }, /keepUserFacts: .*expected boolean/],
      [{ type: 'unmute-fact-on-site', site: '', factId: 'trade-volume-daily' }, /^Malformed request: site: /],
      [{ type: 'list-facts', all: true }, /Unrecognized key: "all"/],
      [{ type: 'delete-everything' }, /^Malformed request: no such request$/],
    ];
    for (const [message, why] of refused) {
      const answer = (await ask(ctx, message)) as { error: string };
      expect(answer.error, JSON.stringify(message).slice(0, 80)).toMatch(why);
      expect(answer.error.length).toBeLessThanOrEqual(200);
    }
    expect(await ids(ctx)).toEqual(['guns-traced-us-origin', 'trade-volume-daily']);
    expect(ctx.notifyChanged).not.toHaveBeenCalled();
  });

  it('refuses a web page’s content script (it could otherwise rewrite the facts), and ignores other extensions', async () => {
    const ctx = context();
    for (const message of [{ type: 'list-facts' }, { type: 'add-fact', fact: MINE }, { type: 'reset-facts', keepUserFacts: false }, { type: 'list-mutes' }]) {
      expect(await ask(ctx, message, WEB_PAGE)).toEqual({ error: 'Only Puente’s own pages may ask for this' });
      expect(await ask(ctx, message, { ...OPTIONS, id: 'another-extension' })).toBeUndefined();
    }
    expect(await ctx.db.facts.get('my-trade-fact')).toBeUndefined();
  });

  it('leaves a content script’s claims announcement to the extension’s pages', async () => {
    expect(await ask(context(), { type: 'claims-changed' }, WEB_PAGE)).toBeUndefined();
  });
});
