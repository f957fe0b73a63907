/**
 * Store readiness of the built extension: minimal permissions, no remote code, default
 * CSP, and a Firefox build that passes `web-ext lint` with no errors.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/data-files';

const CHROME = join(ROOT, '.output', 'chrome-mv3');
const FIREFOX = join(ROOT, '.output', 'firefox-mv2');
/** Each reader module and the chunks it loads on demand (the engine, the card, X's reply assistant). */
const READER_FILES = {
  content: ['content', 'content-card-feature', 'content-engine-feature', 'content-topics'],
  x: ['x', 'x-card-feature', 'x-engine-feature', 'x-reply-feature', 'x-shared', 'x-topics'],
};
const esmFiles = (names: readonly string[]) => names.map((n) => `content-scripts/esm/${n}.js`).sort();
const ALL_READER_FILES = [...esmFiles(READER_FILES.content), ...esmFiles(READER_FILES.x)];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('store readiness', () => {
  it('asks only for the permissions the README explains', () => {
    const chrome = JSON.parse(readFileSync(join(CHROME, 'manifest.json'), 'utf8'));
    expect(chrome.permissions.sort()).toEqual(['sidePanel', 'storage']);
    expect(chrome.host_permissions ?? []).toEqual([]);
    expect(chrome.content_security_policy).toBeUndefined();
    const firefox = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8'));
    expect(firefox.permissions.filter((p: string) => !/^https?:|<all_urls>/.test(p)).sort()).toEqual(['storage']);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
  });

  it('exposes only the reader modules, their chunks and card styles, each on its own pages, under a per-session address in Chrome', () => {
    const chrome = JSON.parse(readFileSync(join(CHROME, 'manifest.json'), 'utf8'));
    const war = chrome.web_accessible_resources as { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
    const exposed = ['content-scripts/content.css', 'content-scripts/x.css', ...ALL_READER_FILES].sort();
    expect(war.flatMap((w) => w.resources).sort()).toEqual(exposed);
    for (const w of war) expect(w.use_dynamic_url, w.resources.join()).toBe(true);
    const xReader = war.find((w) => w.resources.includes('content-scripts/esm/x.js'))!;
    expect(xReader.resources.sort()).toEqual(esmFiles(READER_FILES.x));
    expect(xReader.matches.length).toBeGreaterThan(0);
    for (const m of xReader.matches) expect(m).toMatch(/^\*:\/\/(\*\.)?(x|twitter)\.com\/\*$/);
    // The other reader and its chunks: exposed together, on the pages its content script runs on.
    const reader = war.find((w) => w.resources.includes('content-scripts/esm/content.js'))!;
    expect(reader.resources.sort()).toEqual(esmFiles(READER_FILES.content));
    const script = chrome.content_scripts.find((c: { js: string[] }) => c.js.includes('content-scripts/content.js'));
    expect(reader.matches.sort()).toEqual([...script.matches].sort());
    // Each listed content script imports its reader, which must exist beside it, and each reader its chunks.
    for (const file of ALL_READER_FILES) expect(existsSync(join(CHROME, file)), file).toBe(true);
    const firefox = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8'));
    expect((firefox.web_accessible_resources as string[]).sort()).toEqual(exposed);
  });

  it('loads no remote code and names no network endpoint in its scripts', () => {
    for (const file of files(CHROME).filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/\bimportScripts\(\s*["']https?:/);
      expect(text, file).not.toMatch(/\bfetch\(\s*["']https?:/);
      expect(text, file).not.toMatch(/\bimport\(\s*["'`]https?:/);
    }
  });

  it('passes web-ext lint for Firefox with no errors', () => {
    expect(existsSync(join(FIREFOX, 'manifest.json'))).toBe(true);
    const run = spawnSync('npx', ['web-ext', 'lint', '-s', FIREFOX, '--output=json'], { encoding: 'utf8', timeout: 120_000 });
    const report = JSON.parse(run.stdout) as {
      summary: { errors: number; warnings: number };
      errors: { code: string; message: string }[];
      warnings: { code: string; message: string; file?: string }[];
    };
    expect(report.errors).toEqual([]);
    // The only expected warnings (README, "Store readiness"): Preact's and WXT's runtime assign
    // innerHTML in code paths Puente never uses (dangerouslySetInnerHTML, the shadow-root
    // shell), and each listed content script imports its own reader module by the URL
    // runtime.getURL gives, as each reader and its chunks import each other. Every fact
    // text is rendered as text.
    for (const w of report.warnings) {
      expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
      if (/\bimport\b/.test(w.message)) expect(['content-scripts/content.js', 'content-scripts/x.js', ...ALL_READER_FILES]).toContain(w.file);
      else expect(w.message).toMatch(/innerHTML/);
    }
  });
});
