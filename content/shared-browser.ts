/**
 * The `browser` API (webextension-polyfill) inside a reader module. The listed content
 * script has already wrapped the API, and the reader runs in the same isolated world, so
 * the reader takes that instance instead of bundling and running the polyfill again.
 * The reader build aliases `wxt/browser` to this file (modules/esm-content-scripts.ts);
 * what this relies on is written down in wxt-edges.ts.
 */
import type { Browser } from 'webextension-polyfill';

import { BROWSER_KEY } from './wxt-edges';

const shared = (globalThis as unknown as Record<symbol, Browser | undefined>)[BROWSER_KEY];
if (!shared) throw new Error('Puente: the reader was loaded without its content script');

export const browser: Browser = shared;
