/** Fresh fake-indexeddb databases for the tests of one describe (or file), closed and deleted after each test. */
import { afterEach } from 'vitest';
import { Dexie } from 'dexie';
import { PuenteDB } from '../../../store/db';

export function freshDatabases(prefix: string): () => PuenteDB {
  let n = 0;
  const opened: PuenteDB[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return () => {
    const db = new PuenteDB(`${prefix}-${Date.now()}-${n++}`);
    opened.push(db);
    return db;
  };
}
