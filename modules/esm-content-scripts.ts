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

/** Entrypoint name → its reader module, relative to the entrypoints folder. */
export const READERS: Record<string, string> = {
  content: 'content/reader.ts',
  x: 'x.content/reader.ts',
};

export const readerPath = (entrypoint: string) => `content-scripts/esm/${entrypoint}.js`;

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
          // Not Vite's library mode: it leaves an ES module's whitespace unminified.
          rollupOptions: {
            input: resolve(wxt.config.entrypointsDir, file),
            preserveEntrySignatures: 'exports-only',
            output: { format: 'es', entryFileNames: `${name}.js`, inlineDynamicImports: true },
          },
          outDir: resolve(wxt.config.outDir, 'content-scripts/esm'),
        },
      };
      const config = mergeConfig(base, own);
      // WXT builds content scripts in library mode as an IIFE and appends the IIFE's name
      // as the script's result; the reader is a plain ES module with neither.
      if (config.build) delete config.build.lib;
      config.plugins = (config.plugins ?? []).flat().filter((p: PluginOption) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:iife-footer'));
      await build(config);
    }
  });

  // Only the readers themselves, only on the pages their content scripts run on; Chrome
  // serves them under a per-session id so a page cannot probe for the extension.
  wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
    const scripts = manifest.content_scripts ?? [];
    const war = (manifest.web_accessible_resources ??= []) as { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
    for (const name of Object.keys(READERS)) {
      const script = scripts.find((s) => s.js?.includes(`content-scripts/${name}.js`));
      if (!script?.matches) throw new Error(`esm-content-scripts: no content script "${name}" in the manifest`);
      war.push({ resources: [readerPath(name)], matches: script.matches, ...(wxt.config.manifestVersion === 3 ? { use_dynamic_url: true } : {}) });
    }
  });

  wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
    for (const name of Object.keys(READERS)) paths.push(readerPath(name));
  });
});
