/**
 * Reading loose JSON-LD safely: publishers write a value as a string, a `{"@value": …}`
 * object or a list, and a type with or without its schema.org prefix. Every reader here
 * answers undefined rather than throwing, whatever the input.
 */

export type Obj = Record<string, unknown>;

export function obj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

/** Text of a JSON-LD value: a string, a `{"@value": …}` object, or the first of a list. */
export function str(v: unknown): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  const raw = typeof first === 'string' ? first : typeof obj(first)?.['@value'] === 'string' ? (obj(first)?.['@value'] as string) : undefined;
  if (raw === undefined) return undefined;
  // Cut before collapsing whitespace: a multi-megabyte field is never needed whole.
  const clean = raw.slice(0, 20_000).replace(/\s+/g, ' ').trim();
  return clean || undefined;
}

export function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** `@type` may be a string or a list, and may carry a `schema:` or full-IRI prefix. */
export function types(node: Obj): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^(https?:\/\/schema\.org\/|schema:)/, ''));
}

/** The name of an author/publisher: an object, a list of them, or a plain string. */
export function nameOf(v: unknown): string | undefined {
  for (const item of Array.isArray(v) ? v : [v]) {
    const name = typeof item === 'string' ? str(item) : (str(obj(item)?.name) ?? str(obj(item)?.legalName));
    if (name) return name;
  }
  return undefined;
}

/** Cuts to `max` characters with an ellipsis, never splitting a surrogate pair. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
