/** Whether the build in .output is the code in the tree: figures measured on an older build describe code no longer there. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What never goes into the extension: a change here leaves the build as it was. */
const NOT_BUILT = new Set(['.output', 'node_modules', 'tests', 'scripts', 'docs', 'demo', 'README.md']);

/** The first source file changed after the build (its path from root), 'no build' when there is none, null when the build is newer than every source. */
export function newerThanBuild(root: string, outDir: string): string | null {
  const manifest = join(outDir, 'manifest.json');
  if (!existsSync(manifest)) return 'no build';
  const built = statSync(manifest).mtimeMs;
  const walk = (dir: string): string | null => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      // Dot folders are tools' (.git, .wxt, .ci), never the extension's code.
      if (entry.name.startsWith('.') || (dir === root && NOT_BUILT.has(entry.name))) continue;
      const path = join(dir, entry.name);
      const found = entry.isDirectory() ? walk(path) : statSync(path).mtimeMs > built ? path.slice(root.length + 1) : null;
      if (found) return found;
    }
    return null;
  };
  return walk(root);
}
