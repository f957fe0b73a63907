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

  it('loads no remote code and names no network endpoint in its scripts', () => {
    for (const file of files(CHROME).filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/\bimportScripts\(\s*["']https?:/);
      expect(text, file).not.toMatch(/\bfetch\(\s*["']https?:/);
    }
  });

  it('passes web-ext lint for Firefox with no errors', () => {
    expect(existsSync(join(FIREFOX, 'manifest.json'))).toBe(true);
    const run = spawnSync('npx', ['web-ext', 'lint', '-s', FIREFOX, '--output=json'], { encoding: 'utf8', timeout: 120_000 });
    const report = JSON.parse(run.stdout) as { summary: { errors: number; warnings: number }; errors: { code: string; message: string }[]; warnings: { code: string; file?: string }[] };
    expect(report.errors).toEqual([]);
    // The only expected warnings: Preact's and WXT's runtime assign innerHTML in code paths Puente never uses
    // (dangerouslySetInnerHTML, the shadow-root shell); every fact text is rendered as text.
    for (const w of report.warnings) expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
  });
});
