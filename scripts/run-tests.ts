/**
 * `npm test` after typecheck and build: runs the unit then the end-to-end Vitest projects
 * and closes with one plain line, "tests: N passed, N failed, N skipped", that any CI reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

const dir = mkdtempSync(join(tmpdir(), 'puente-tests-'));
let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;
for (const project of ['unit', 'e2e']) {
  const out = join(dir, `${project}.json`);
  const run = spawnSync('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], { stdio: 'inherit' });
  try {
    const result = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    skipped += result.numPendingTests + result.numTodoTests;
    if (!result.success) ok = false;
  } catch {
    console.error(`The ${project} tests did not report results.`);
    ok = false;
  }
  if (run.status !== 0) ok = false;
}
rmSync(dir, { recursive: true, force: true });
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
