import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { PuenteDB } from '../../store/db';
import { ensureSeeded, seedBundled } from '../../store/seed';
import { handleMessage } from '../../messaging/handler';
import { SAMPLE_FACTS, SAMPLE_FRAMES } from './helpers/sample-facts';

let n = 0;
const names: string[] = [];
function freshName(): string {
  const name = `puente-test-${Date.now()}-${n++}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('store', () => {
  it('seeds bundled facts and frames, and re-seeds without touching user facts or mutes', async () => {
    const db = new PuenteDB(freshName());
    await seedBundled(db, SAMPLE_FACTS, SAMPLE_FRAMES, '1.0.0');
    expect(await db.facts.count()).toBe(2);
    const user = { ...SAMPLE_FACTS[0]!, id: 'user-my-fact', origin: 'user' as const, updatedAt: 1 };
    await db.facts.put(user);
    await db.mutes.put({ id: 'example.com|guns-traced-us-origin', site: 'example.com', factId: 'guns-traced-us-origin', createdAt: 1 });
    await seedBundled(db, SAMPLE_FACTS.slice(0, 1), SAMPLE_FRAMES, '1.1.0');
    expect((await db.facts.toArray()).map((f) => f.id).sort()).toEqual(['trade-volume-daily', 'user-my-fact']);
    expect(await db.mutes.count()).toBe(1);
    expect((await db.meta.get('seededVersion'))?.value).toBe('1.1.0');
    db.close();
  });

  it('upgrades a version-1 database, keeping its facts and marking them bundled', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ facts: 'id, topic', meta: 'key' });
    await v1.table('facts').put({ ...SAMPLE_FACTS[1] });
    await v1.table('meta').put({ key: 'seededVersion', value: '0.0.1' });
    v1.close();

    const db = new PuenteDB(name);
    const facts = await db.facts.toArray();
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ id: 'guns-traced-us-origin', origin: 'bundled' });
    expect(await db.facts.where('origin').equals('bundled').count()).toBe(1);
    await ensureSeeded(db, SAMPLE_FACTS, SAMPLE_FRAMES, '0.1.0');
    expect(await db.facts.count()).toBe(2);
    db.close();
  });

  it('answers only validated messages from the extension itself', async () => {
    const db = new PuenteDB(freshName());
    const ctx = { db, ready: () => ensureSeeded(db, SAMPLE_FACTS, SAMPLE_FRAMES, '1'), extensionId: 'self', extensionOrigin: 'chrome-extension://self/' };
    const page = (url = 'https://example.com/a') => ({ id: 'self', url, tab: { id: 42 } });
    expect(await handleMessage(ctx, { type: 'engine-data' }, { ...page(), id: 'someone-else' })).toBeUndefined();
    expect(await handleMessage(ctx, { type: 'engine-data', site: 'example.com' }, page())).toEqual({ error: 'Malformed request: Unrecognized key: "site"' });
    expect(await handleMessage(ctx, { type: 'drop-tables' }, page())).toEqual({ error: 'Malformed request: no such request' });
    expect(await handleMessage(ctx, { type: 'mute-fact', factId: 'guns-traced-us-origin', extra: 1 }, page())).toEqual({ error: 'Malformed request: Unrecognized key: "extra"' });
    const data = await handleMessage(ctx, { type: 'engine-data' }, page());
    expect(data && 'facts' in data && data.facts.map((f) => f.id).sort()).toEqual(['guns-traced-us-origin', 'trade-volume-daily']);
    await handleMessage(ctx, { type: 'mute-fact', factId: 'guns-traced-us-origin' }, page());
    const again = await handleMessage(ctx, { type: 'engine-data' }, page());
    expect(again && 'muted' in again && again.muted).toEqual(['guns-traced-us-origin']);
    const other = await handleMessage(ctx, { type: 'engine-data' }, page('https://other.org/'));
    expect(other && 'muted' in other && other.muted).toEqual([]);
    db.close();
  });
});
