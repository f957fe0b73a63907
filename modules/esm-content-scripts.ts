/**
 * Builds each content script's reader as an ES module that the small listed content
 * script loads with import(). A listed content script is compiled and run on the page's
 * main thread in one task; a module is fetched and compiled off that thread (script
 * streaming) and evaluated in a task of its own, so start-up no longer stacks compile,
 * the extension API's set-up and our own module set-up into one long task.
 * Follows WXT's "ESM content script UI" example (WXT has no built-in ESM content scripts).
 */
import { resolve } from 'node:path';
import { build, mergeConfig, type InlineConfig, type PluginOption } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { readerChunks } from './reader-chunks';

/** Entrypoint name → its reader module, relative to the entrypoints folder. */
export const READERS: Record<string, string> = {
  content: 'content/reader.ts',
  x: 'x.content/reader.ts',
};

/**
 * Entrypoint name → the chunks its reader loads on demand with import(), by the name of the
 * module imported (both: the engine, fetched when some text of the page first passes the
 * packs' prefilter, and the overlay and the claim card with Preact's renderer, fetched when
 * the overlay first shows something; X: the reply assistant, fetched when a reply box is
 * first focused). The topics' names, which the
 * engine, the card and the reply panel all use, are one more chunk, "topics", loaded with
 * any of them. Other code that two of a reader's chunks share and the reader does not use is
 * one more chunk, "shared" (X: Preact, the card's strings, origin badge and formatting,
 * which the reply panel uses too), loaded with either. The build fails if the chunks it
 * writes are not exactly these.
 */
export const LAZY_CHUNKS: Record<string, string[]> = {
  content: ['card-feature', 'engine-feature', 'topics'],
  x: ['card-feature', 'engine-feature', 'reply-feature', 'shared', 'topics'],
};

export const readerPath = (entrypoint: string) => `content-scripts/esm/${entrypoint}.js`;
const chunkPath = (entrypoint: string, chunk: string) => `content-scripts/esm/${entrypoint}-${chunk}.js`;
/** A reader and its chunks, as the manifest and WXT's public paths name them. */
const readerFiles = (entrypoint: string) => [readerPath(entrypoint), ...(LAZY_CHUNKS[entrypoint] ?? []).map((c) => chunkPath(entrypoint, c))];

export default defineWxtModule((wxt) => {
  const baseConfigs = new Map<string, InlineConfig>();
  wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
    for (const e of entrypoints) if (READERS[e.name]) baseConfigs.set(e.name, config);
  });

  wxt.hooks.hook('build:done', async () => {
    for (const [name, file] of Object.entries(READERS)) {
      const base = baseConfigs.get(name);
      if (!base) throw new Error(`esm-content-scripts: no build config seen for "${name}"`);
      const own: InlineConfig = {
        logLevel: 'warn',
        // The listed script has the polyfill already: the reader borrows its instance.
        resolve: { alias: [{ find: /^wxt\/browser$/, replacement: resolve(wxt.config.root, 'content/shared-browser.ts') }] },
        build: {
          emptyOutDir: false,
          copyPublicDir: false,
          modulePreload: false,
          // Not Vite's library mode: it leaves an ES module's whitespace unminified.
          rollupOptions: {
            input: resolve(wxt.config.entrypointsDir, file),
            // The reader may export more than its default: its chunks import what they share with it from it.
            preserveEntrySignatures: 'allow-extension',
            output: {
              format: 'es',
              entryFileNames: `${name}.js`,
              manualChunks: (id) => (id.endsWith('/engine/topics.ts') ? 'topics' : undefined),
              chunkFileNames: (chunk) => (chunk.isDynamicEntry || chunk.name === 'topics' ? `${name}-[name].js` : `${name}-shared.js`),
            },
          },
          outDir: resolve(wxt.config.outDir, 'content-scripts/esm'),
        },
      };
      const config = mergeConfig(base, own);
      // WXT builds content scripts in library mode as an IIFE and appends the IIFE's name
      // as the script's result; the reader is a plain ES module with neither.
      if (config.build) delete config.build.lib;
      config.plugins = [...(config.plugins ?? []).flat().filter((p: PluginOption) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:iife-footer')), readerChunks()];
      const output = await build(config);
      const chunks = (Array.isArray(output) ? output : [output])
        .flatMap((o) => ('output' in o ? o.output : []))
        .filter((o) => o.type === 'chunk' && !o.isEntry)
        .map((o) => o.fileName)
        .sort();
      const expected = (LAZY_CHUNKS[name] ?? []).map((c) => `${name}-${c}.js`).sort();
      if (chunks.join() !== expected.join()) throw new Error(`esm-content-scripts: the "${name}" reader wrote chunks [${chunks.join(', ')}], not [${expected.join(', ')}] (LAZY_CHUNKS)`);
    }
  });

  // Only the readers and their chunks, only on the pages their content scripts run on; Chrome
  // serves them under a per-session id so a page cannot probe for the extension.
  wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
    const scripts = manifest.content_scripts ?? [];
    const war = (manifest.web_accessible_resources ??= []) as { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
    for (const name of Object.keys(READERS)) {
      const script = scripts.find((s) => s.js?.includes(`content-scripts/${name}.js`));
      if (!script?.matches) throw new Error(`esm-content-scripts: no content script "${name}" in the manifest`);
      war.push({ resources: readerFiles(name), matches: script.matches, ...(wxt.config.manifestVersion === 3 ? { use_dynamic_url: true } : {}) });
    }
  });

  wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
    for (const name of Object.keys(READERS)) paths.push(...readerFiles(name));
  });
});
