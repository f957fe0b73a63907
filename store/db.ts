/**
 * The Dexie database. It lives in the extension's origin and is opened only by the
 * background: pages ask it (messaging/protocol.ts); a content script's IndexedDB would be
 * the page's.
 * Each schema change is a new numbered version with an upgrade function, never an edit.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Fact, Frame } from '../engine/schema';

/** Bundled facts ship with Puente; `user` ones the reader wrote; `imported` ones came from a file. */
export type FactOrigin = 'bundled' | 'user' | 'imported';

/** The origins of the reader's own facts (everything not bundled). */
export const LOCAL_ORIGINS = ['user', 'imported'] as const;

export type StoredFact = Fact & { origin: FactOrigin; updatedAt: number };

export interface Mute {
  /** `${site}|${factId}` */
  id: string;
  site: string;
  factId: string;
  createdAt: number;
}

export interface Meta {
  key: string;
  value: string;
}

export const DB_NAME = 'puente';

export class PuenteDB extends Dexie {
  facts!: EntityTable<StoredFact, 'id'>;
  frames!: EntityTable<Frame, 'topic'>;
  mutes!: EntityTable<Mute, 'id'>;
  meta!: EntityTable<Meta, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1 (0.1 skeleton): bundled facts only, and a key/value meta table.
    this.version(1).stores({ facts: 'id, topic', meta: 'key' });
    // v2: user facts beside bundled ones (origin), narrative frames, per-site mutes.
    this.version(2)
      .stores({ facts: 'id, topic, origin', frames: 'topic', mutes: 'id, site, factId', meta: 'key' })
      .upgrade(async (tx) => {
        await tx
          .table('facts')
          .toCollection()
          .modify((f: Partial<StoredFact>) => {
            if (f.origin !== 'user') f.origin = 'bundled';
            if (typeof f.updatedAt !== 'number') f.updatedAt = 0;
          });
      });
  }
}
