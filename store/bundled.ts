/**
 * The facts and frames shipped with the extension, bundled at build time from facts/ and
 * narratives/ (the build refuses invalid files first: see scripts/validate-data.ts).
 */
import type { Fact, Frame } from '../engine/schema';
import { factSchema, frameSchema } from '../engine/schema';

const factFiles = import.meta.glob<unknown[]>('../facts/*.json', { eager: true, import: 'default' });
const frameFiles = import.meta.glob<unknown>('../narratives/*.json', { eager: true, import: 'default' });

export const BUNDLED_FACTS: Fact[] = Object.values(factFiles).flatMap((list) => list.map((raw) => factSchema.parse(raw)));
export const BUNDLED_FRAMES: Frame[] = Object.values(frameFiles).map((raw) => frameSchema.parse(raw));
