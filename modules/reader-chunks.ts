/**
 * Lets a content script's reader (an ES module, modules/esm-content-scripts.ts) load part of
 * itself on demand with import(). Chrome serves the reader only at its per-session address
 * (use_dynamic_url), but resolves a module's relative imports against the extension's fixed
 * address, which it refuses to a page's content script. So every URL between reader and
 * chunk comes from the extension API, as the reader's own does (content/load-reader.ts):
 * - the reader's import() of a chunk asks runtime.getURL for the chunk;
 * - a chunk's static import of the reader becomes an awaited import() of runtime.getURL's
 *   address for it: the address the reader was loaded from, so the module already loaded is
 *   reused (never fetched or run twice). Its bindings are read once, when the chunk loads, so
 *   the build refuses a reader whose exports a chunk reads are not constants.
 * No import() is wrapped in Vite's preload helper either (vitejs/vite#13952: it is kept with
 * modulePreload off): it would add <link> elements to the page for the chunk's dependencies
 * and, on a failure, dispatch an event on the page's window. A chunk's dependencies are the
 * reader, already loaded, and at most the reader's shared chunk (esm-content-scripts.ts).
 */
import type { Plugin } from 'vite';

const PRELOAD_HELPER = '\0vite/preload-helper.js';
const urlOf = (fileName: string) => `globalThis[Symbol.for('puente.browser')].runtime.getURL(${JSON.stringify(`/content-scripts/esm/${fileName}`)})`;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
type Specifier = Node & { local: { name: string }; imported?: { name: string }; exported?: { name: string } };

export function readerChunks(): Plugin {
  return {
    name: 'puente:reader-chunks',
    enforce: 'pre',
    resolveId: (id) => (id === PRELOAD_HELPER ? id : null),
    load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null),
    renderDynamicImport: ({ targetChunk }) => (targetChunk ? { left: 'import((', right: `, ${urlOf(targetChunk.fileName)}))` } : null),
    renderChunk(code, chunk) {
      const program = this.parse(code) as unknown as { body: Node[] };
      if (chunk.isEntry || !chunk.isDynamicEntry) {
        // Every binding a chunk may read (from the reader or a shared chunk) must be a constant: a chunk reads it once.
        const kinds = new Map<string, string>();
        for (const node of program.body) {
          if (node.type === 'VariableDeclaration') for (const d of node.declarations as { id: { name?: string } }[]) if (d.id.name) kinds.set(d.id.name, node.kind as string);
          if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id) kinds.set((node.id as { name: string }).name, 'const');
        }
        for (const node of program.body) {
          if (node.type !== 'ExportNamedDeclaration' || node.source) continue;
          for (const s of node.specifiers as Specifier[]) {
            const kind = kinds.get(s.local.name);
            if (s.exported?.name !== 'default' && kind !== 'const')
              throw new Error(`reader-chunks: ${chunk.fileName} exports "${s.local.name}" (${kind ?? 'not a top-level declaration'}) to its chunks; only constants can be shared`);
          }
        }
        if (chunk.isEntry) return null;
      }
      let out = code;
      const imports = program.body.filter((n) => n.type === 'ImportDeclaration').reverse();
      for (const node of imports) {
        const from = (node.source as { value: string }).value;
        if (!from.startsWith('./')) throw new Error(`reader-chunks: ${chunk.fileName} imports "${from}"`);
        const names = (node.specifiers as Specifier[]).map((s) => {
          if (s.type !== 'ImportSpecifier') throw new Error(`reader-chunks: ${chunk.fileName} imports "${from}" as ${s.type}`);
          const imported = s.imported!.name;
          return imported === s.local.name ? imported : `${imported}: ${s.local.name}`;
        });
        out = `${out.slice(0, node.start)}const { ${names.join(', ')} } = await import(${urlOf(from.slice(2))});${out.slice(node.end)}`;
      }
      return { code: out, map: null };
    },
  };
}
