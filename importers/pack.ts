/**
 * Reading and writing fact files: Puente's own fact pack and, through ./claimreview,
 * publishers' ClaimReview. Import is all-or-nothing: either every fact in the file is
 * valid and free to use, or the reader gets every problem at once and nothing is kept.
 * Pure, and it never throws, whatever the text.
 */
import { factSchema, type Fact, type Problem } from '../engine/schema';
import { importClaimReview, looksLikeClaimReview, type Classify } from './claimreview';
import { truncate } from './jsonld';
import { MAX_IMPORT_BYTES, MAX_PACK_ITEMS, MAX_PROBLEMS } from './limits';
import { validateFactsCapped } from './validate';

export { MAX_IMPORT_BYTES, MAX_PACK_ITEMS, MAX_PROBLEMS };

export const PACK_FORMAT = 'puente-fact-pack';
export const PACK_VERSION = 1;

const FILE = 'import file';
const WHOLE = '(whole file)';

export type ParseResult = { ok: true; facts: Fact[]; kind: 'pack' | 'claimreview' } | { ok: false; problems: Problem[] };

export interface ParseOptions {
  classify: Classify;
  /** Ids of the bundled facts: an import may not shadow them. */
  bundledIds: ReadonlySet<string>;
}

const fail = (message: string, field = WHOLE): { ok: false; problems: Problem[] } => ({ ok: false, problems: [{ item: FILE, field, message }] });

/** UTF-8 size of a string without encoding it (and stopping once past `limit`). */
export function utf8Bytes(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Where JSON.parse failed, in words and as an offset. Engines word (and locate) syntax errors
 * differently, or not at all, so the scan is ours; it only runs after a failed parse.
 * Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonSyntaxError(text: string): { offset: number; reason: string } | null {
  const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const stack: string[] = [];
  type Expect = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end' | 'eof';
  let expect = 'value' as Expect;
  let i = 0;
  const token = (re: RegExp) => {
    re.lastIndex = i;
    return re.test(text) ? (i = re.lastIndex) : -1;
  };
  const afterValue = (): Expect => (stack.length ? 'comma-or-end' : 'eof');
  const shown = (c: string) => (c === '\n' ? 'a line break' : `'${c}'`);
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
    if (i >= text.length) return expect === 'eof' ? null : { offset: i, reason: 'the text ends too early' };
    const c = text.charAt(i);
    switch (expect) {
      case 'value':
      case 'value-or-end':
        if (c === ']' && expect === 'value-or-end') {
          stack.pop();
          i++;
          expect = afterValue();
        } else if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expect = c === '{' ? 'key-or-end' : 'value-or-end';
        } else if (c === '"') {
          if (token(STRING) < 0) return { offset: i, reason: 'a string is not closed or holds a bad escape or control character' };
          expect = afterValue();
        } else if (/[-0-9]/.test(c)) {
          if (token(NUMBER) < 0) return { offset: i, reason: 'a number is malformed' };
          expect = afterValue();
        } else if (text.startsWith('true', i) || text.startsWith('null', i) || text.startsWith('false', i)) {
          i += text.startsWith('false', i) ? 5 : 4;
          expect = afterValue();
        } else return { offset: i, reason: `unexpected ${shown(c)} where a value should be` };
        break;
      case 'key':
      case 'key-or-end':
        if (c === '}' && expect === 'key-or-end') {
          stack.pop();
          i++;
          expect = afterValue();
        } else if (c === '"') {
          if (token(STRING) < 0) return { offset: i, reason: 'a property name is not closed or holds a bad escape' };
          expect = 'colon';
        } else return { offset: i, reason: `unexpected ${shown(c)} where a "quoted" property name should be` };
        break;
      case 'colon':
        if (c !== ':') return { offset: i, reason: `unexpected ${shown(c)} where ':' should be` };
        i++;
        expect = 'value';
        break;
      case 'comma-or-end': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          expect = close === '}' ? 'key' : 'value';
        } else if (c === close) {
          stack.pop();
          i++;
          expect = afterValue();
        } else return { offset: i, reason: `unexpected ${shown(c)} where ',' or '${close}' should be` };
        break;
      }
      case 'eof':
        return { offset: i, reason: 'there is more text after the end of the JSON' };
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** How a problem names the item it is about: "item N (id "…")", N counted from 1; the only place this label is built. */
export function itemLabel(index: number, raw: unknown): string {
  const id = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? `item ${index + 1} (id "${truncate(id, 60)}")` : `item ${index + 1}`;
}

/** Facts (already valid) whose ids belong to bundled facts, as problems. */
function bundledCollisions(facts: readonly Fact[], bundledIds: ReadonlySet<string>, label: (i: number) => string): Problem[] {
  return facts.flatMap((f, i) => (bundledIds.has(f.id) ? [{ item: label(i), field: 'id', message: `"${f.id}" is the id of a fact that ships with Puente: give this fact another id` }] : []));
}

function parsePack(value: unknown, options: ParseOptions): ParseResult {
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else {
    const pack = value as { format?: unknown; version?: unknown; facts?: unknown };
    if (pack.version === undefined) return fail(`is missing; this Puente reads version ${PACK_VERSION} fact packs`, 'version');
    if (pack.version !== PACK_VERSION) return fail(`${truncate(JSON.stringify(pack.version), 20)} is not a version this Puente reads (it reads version ${PACK_VERSION})`, 'version');
    if (!Array.isArray(pack.facts)) return fail('must be a list of facts', 'facts');
    items = pack.facts;
  }
  if (items.length > MAX_PACK_ITEMS) return fail(`holds ${items.length} items, more than ${MAX_PACK_ITEMS}: split it into smaller packs`);
  const checked = validateFactsCapped(items, itemLabel, MAX_PROBLEMS);
  if (!checked.ok) return checked;
  const collisions = bundledCollisions(checked.facts, options.bundledIds, (i) => itemLabel(i, checked.facts[i]));
  return collisions.length ? { ok: false, problems: collisions } : { ok: true, facts: checked.facts, kind: 'pack' };
}

/** Reads an import file's text: a Puente fact pack or ClaimReview. Never throws. */
export function parseImport(text: string, options: ParseOptions): ParseResult {
  try {
    if (typeof text !== 'string') return fail('must be text');
    // Size first, before any parsing: a UTF-16 unit is at least one UTF-8 byte, so long text fails fast.
    if (text.length > MAX_IMPORT_BYTES || utf8Bytes(text, MAX_IMPORT_BYTES) > MAX_IMPORT_BYTES) {
      return fail(`is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; Puente does not read files that big (split it into smaller packs)`);
    }
    const body = text.replace(/^\uFEFF/, '');
    if (!body.trim()) return fail('is empty');
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      const where = jsonSyntaxError(body);
      if (!where) return fail(`is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
      const { line, column } = lineAndColumn(body, where.offset);
      return fail(`is not valid JSON: ${where.reason} at line ${line}, column ${column}`);
    }

    const isPack = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v) && (v as { format?: unknown }).format === PACK_FORMAT;
    if (isPack(value) || (Array.isArray(value) && !looksLikeClaimReview(value))) return parsePack(value, options);
    if (looksLikeClaimReview(value)) {
      const result = importClaimReview(value, { classify: options.classify, maxProblems: MAX_PROBLEMS });
      if (!result.ok) return result;
      const collisions = bundledCollisions(result.facts, options.bundledIds, (i) => `ClaimReview fact "${result.facts[i]?.id ?? i + 1}"`);
      return collisions.length ? { ok: false, problems: collisions } : { ok: true, facts: result.facts, kind: 'claimreview' };
    }
    return fail(`is not something Puente imports: expected a fact pack ({"format": "${PACK_FORMAT}", "version": ${PACK_VERSION}, "facts": [...]}), a list of facts, or schema.org ClaimReview JSON-LD`);
  } catch (e) {
    return fail(`could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Only the fact's own fields (the schema's), in its order: store fields (origin, updatedAt) stay home. */
function packFact(f: Fact): Fact {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(factSchema.shape)) {
    const value = (f as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as Fact;
}

/** A fact pack as pretty JSON, ready to save as a file and to import elsewhere. */
export function exportPack(facts: readonly Fact[], now: Date = new Date()): string {
  return `${JSON.stringify({ format: PACK_FORMAT, version: PACK_VERSION, exportedAt: now.toISOString(), facts: facts.map(packFact) }, null, 2)}\n`;
}
