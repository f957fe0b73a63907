import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newerThanBuild } from '../../scripts/lib/build-freshness';

// The page benchmark refuses a build older than the code it would describe.
describe('newerThanBuild', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });
  const tree = () => {
    const root = mkdtempSync(join(tmpdir(), 'puente-fresh-'));
    roots.push(root);
    for (const dir of ['engine', 'tests', '.output/chrome-mv3']) mkdirSync(join(root, dir), { recursive: true });
    const at = (path: string, seconds: number) => {
      writeFileSync(join(root, path), 'x');
      utimesSync(join(root, path), seconds, seconds);
    };
    return { root, out: join(root, '.output', 'chrome-mv3'), at };
  };

  it('says there is no build when .output holds none', () => {
    const { root, out } = tree();
    expect(newerThanBuild(root, out)).toBe('no build');
  });

  it('names a source changed after the build', () => {
    const { root, out, at } = tree();
    at('.output/chrome-mv3/manifest.json', 1_000);
    at('engine/verdict.ts', 2_000);
    expect(newerThanBuild(root, out)).toBe(join('engine', 'verdict.ts'));
  });

  it('accepts a build newer than every source, whatever changed outside the extension', () => {
    const { root, out, at } = tree();
    at('engine/verdict.ts', 1_000);
    at('.output/chrome-mv3/manifest.json', 2_000);
    at('tests/a.test.ts', 3_000);
    expect(newerThanBuild(root, out)).toBeNull();
  });
});
