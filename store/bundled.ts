/**
 * The facts and frames shipped with the extension, bundled at build time from facts/ and
 * narratives/. They are read as they are, with no zod at run time: the build refuses a file
 * that fails its schema, or that the schema would read differently (scripts/lib/data-files.ts,
 * run by wxt.config.ts), and the files cannot change after the build.
 */
import type { Fact, Frame } from '../engine/schema';

const factFiles = import.meta.glob<Fact[]>('../facts/*.json', { eager: true, import: 'default' });
const frameFiles = import.meta.glob<Frame>('../narratives/*.json', { eager: true, import: 'default' });

export const BUNDLED_FACTS: Fact[] = Object.values(factFiles).flat();
export const BUNDLED_FRAMES: Frame[] = Object.values(frameFiles);
