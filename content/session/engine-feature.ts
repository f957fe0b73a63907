/**
 * The engine's code: a chunk of the reader, fetched the first time the page says something
 * the packs' prefilter lets through (page-session.ts). A page about anything else never
 * loads it.
 */
import { createEngineInSteps } from '../../engine/core';

export const BUILD_ENGINE = createEngineInSteps;
