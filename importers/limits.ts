/** How much an import may hold: apart, so the options page can cut a text without carrying the importer. */

/** Far above any real pack (the whole bundled base is ~100 kB); keeps a bad file from freezing the page. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Facts in one pack: fifty times the bundled base. Checked before any item is validated. */
export const MAX_PACK_ITEMS = 5000;
/** Validation stops after this many problems (the options page lists 200 at most). */
export const MAX_PROBLEMS = 200;
