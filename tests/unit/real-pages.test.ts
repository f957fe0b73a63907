/**
 * The site adapters and the engine over real saved pages (../shared/real-world/html,
 * read there, never copied). None of them holds a U.S.–Mexico claim: they must be read
 * without error and flag nothing. Skipped, with a note, where ../shared is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/data-files';
import { htmlBlocks } from '../../scripts/lib/html-text';
import { bundled as engine } from './helpers/bundled';

const DIR = join(ROOT, '..', 'shared', 'real-world', 'html');
const present = existsSync(DIR);
if (!present) console.warn(`[skipped] real saved pages: ${DIR} is absent (it ships beside the repo, not in it).`);

const pages = present
  ? readdirSync(DIR).flatMap((site) =>
      readdirSync(join(DIR, site))
        .filter((f) => f.endsWith('.html'))
        .map((f) => ({ site, file: f })),
    )
  : [];

describe.skipIf(!present)('real saved pages', () => {
  it.each(pages)('$site/$file is read without error and flags nothing', ({ site, file }) => {
    const blocks = htmlBlocks(readFileSync(join(DIR, site, file), 'utf8'));
    const flagged = blocks.flatMap((b) => engine.analyze(b).map((c) => c.text));
    expect(flagged).toEqual([]);
  });

  it('reads the text of article and thread pages (not just chrome)', () => {
    const reddit = htmlBlocks(readFileSync(join(DIR, 'reddit', 'readability4k__reddit-comments.html'), 'utf8'));
    expect(reddit.length).toBeGreaterThan(50);
    const cnn = htmlBlocks(readFileSync(join(DIR, 'news', 'readability__cnn__source.html'), 'utf8'));
    expect(cnn.some((b) => /economic mobility|land of opportunity/i.test(b))).toBe(true);
  });
});
