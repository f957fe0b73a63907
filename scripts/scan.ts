/**
 * The `scan` command (a contract, see README):
 *   npm run --silent scan -- FILE.txt|FILE.html   claims and facts, for a person
 *   npm run --silent scan -- --jsonl              {"id","text"} lines in, one result line out each
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createEngine } from '../engine/engine';
import { formatDate } from '../engine/format';
import { RATING_LABELS, figureSentence } from '../engine/summary';
import { formatProblem } from '../engine/schema';
import type { ClaimFinding } from '../engine/types';
import { loadData } from './lib/data-files';
import { htmlBlocks } from './lib/html-text';
import { plainTextBlocks } from './lib/plain-text';

const { facts, problems } = loadData();
if (problems.length) {
  console.error(`The fact base has problems:\n${problems.map(formatProblem).join('\n')}`);
  process.exit(2);
}
const engine = createEngine(facts);
const factsById = new Map(facts.map((f) => [f.id, f]));

function toContract(c: ClaimFinding) {
  return { text: c.text, start: c.start, end: c.end, lang: c.lang, topic: c.topic, factId: c.factId, rating: c.rating, score: c.score };
}

async function jsonl(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let out: Record<string, unknown>;
    try {
      const input = JSON.parse(line) as unknown;
      if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('each line must be a JSON object');
      const { id, text } = input as { id?: unknown; text?: unknown };
      if (typeof text !== 'string') throw new Error('"text" must be a string');
      out = { id: id ?? null, claims: engine.analyze(text).map(toContract) };
    } catch (e) {
      let id: unknown = null;
      try {
        id = (JSON.parse(line) as { id?: unknown })?.id ?? null;
      } catch {
        // not JSON at all: no id to echo
      }
      out = { id, claims: [], error: (e as Error).message };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

function file(path: string): void {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (e) {
    console.error(`Cannot read ${path}: ${(e as Error).message}`);
    process.exit(2);
  }
  const blocks = /\.x?html?$/i.test(path) ? htmlBlocks(content) : plainTextBlocks(content);
  let count = 0;
  for (const block of blocks) {
    for (const c of engine.analyze(block)) {
      count++;
      const fact = factsById.get(c.factId)!;
      const lang = c.lang;
      console.log(`\n${count}. “${c.text}”`);
      console.log(`   ${RATING_LABELS[c.rating][lang]} · topic ${c.topic} · fact ${c.factId} · score ${c.score}`);
      if (c.figure) console.log(`   ${figureSentence(c.figure, lang)}`);
      console.log(`   ${fact.statement[lang]} (${formatDate(fact.asOf, lang)})`);
      for (const s of fact.sources) console.log(`   Source: ${s.publisher}, “${s.title}”, ${formatDate(s.date, lang)}, ${s.url}`);
    }
  }
  console.log(count ? `\n${count} claim(s) found in ${path}.` : `No claims about the U.S.–Mexico relationship found in ${path}.`);
}

const args = process.argv.slice(2);
if (args.includes('--jsonl')) await jsonl();
else if (args[0]) file(args[0]);
else {
  console.error('Usage: npm run --silent scan -- FILE.txt|FILE.html   or   npm run --silent scan -- --jsonl < input.jsonl');
  process.exit(2);
}
