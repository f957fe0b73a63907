/**
 * How a reader loads a part of itself on demand (the claim card, X's reply assistant): the
 * chunk is fetched the first time it is asked for, never at start-up, and only once. The
 * caller's fetch reads the one constant the chunk exports (`import('./x').then((m) => m.X)`),
 * so no module namespace is handed around and the bundler keeps the chunk to that export;
 * the build refuses a chunk that LAZY_CHUNKS does not declare (modules/esm-content-scripts.ts).
 */
import { type Feature, logFailure } from '../diagnostics/log';

/**
 * The chunk's loader. Every call gets the one request, on its way or done, so the chunk is
 * fetched once. A failure is logged once, under the feature's name, and resolves `undefined`
 * (no caller has a rejection to handle); the next call asks again.
 */
export function chunkLoader<T>(feature: Feature, fetch: () => Promise<T>): () => Promise<T | undefined> {
  let request: Promise<T | undefined> | undefined;
  return () =>
    (request ??= fetch().catch((e: unknown) => {
      request = undefined;
      logFailure(feature, e);
      return undefined;
    }));
}
