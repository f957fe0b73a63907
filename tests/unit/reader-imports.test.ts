/**
 * What a content script's reader carries to a page's first paint: the code it reaches by
 * static imports (a chunk it loads with import() is not part of it). Preact's renderer, the
 * overlay and the card are needed only once the overlay shows something, so they live in the
 * card chunk (content/session/card-feature.ts); the engine only once some text passes the
 * packs' prefilter, so it is a chunk too (content/session/engine-feature.ts). Most pages load
 * neither, and the readers stay under their size aim.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/data-files';

/** The modules a file needs at run time: its non-type static imports and re-exports, and Preact's JSX runtime if it writes JSX. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) out.push('preact/jsx-runtime');
    ts.forEachChild(node, visit);
  };
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s)) {
      const clause = s.importClause;
      const typeOnly = clause && (clause.isTypeOnly || (!clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push((s.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier && !s.isTypeOnly) out.push((s.moduleSpecifier as ts.StringLiteral).text);
  }
  visit(source);
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return null;
}

/** Every module (project files, relative to the root, and packages) a reader reaches statically. */
function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [join(ROOT, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    const key = relative(ROOT, file);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const spec of runtimeImports(file)) {
      const local = resolveLocal(file, spec);
      if (local) queue.push(local);
      else if (!spec.startsWith('.')) seen.add(spec);
    }
  }
  return seen;
}

describe.each(['entrypoints/content/reader.ts', 'entrypoints/x.content/reader.ts'])('the reader %s at first paint', (entry) => {
  const modules = reached(entry);

  it('reads the page (prefilter, scanner, highlights) and loads the engine, the overlay and the card only on demand', () => {
    expect(modules).toContain('content/scanner.ts');
    expect(modules).toContain('content/highlights.ts');
    expect(modules).toContain('content/session/card.ts');
    expect(modules).toContain('engine/prefilter.ts');
    const onDemand = ['content/session/card-feature.ts', 'components/Overlay.tsx', 'components/ClaimCard.tsx', 'components/follow.ts'];
    const engine = ['content/session/engine-feature.ts', 'engine/core.ts', 'engine/verdict.ts', 'engine/measures.ts', 'engine/detection-model.ts', 'fuse.js/basic'];
    for (const m of [...onDemand, ...engine]) expect(modules).not.toContain(m);
  });

  it('carries no Preact: no renderer, no hooks, no JSX', () => {
    expect([...modules].filter((m) => m === 'preact' || m.startsWith('preact/'))).toEqual([]);
  });
});
