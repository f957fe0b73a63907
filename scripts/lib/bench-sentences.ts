/**
 * The benchmark's sentence mix: mostly off-topic text, as real pages are. It takes the
 * sentences of the saved real pages in ../shared/real-world/html when present (read
 * there, never copied), the project's labeled corpus, and varied copies of both (other
 * numbers, other names) until it has the count asked for, every sentence distinct.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { segmentSentences } from '../../engine/segment';
import { ROOT } from './data-files';
import { htmlBlocks } from './html-text';
import { readJsonl } from './metrics';

function pageSentences(): string[] {
  const dir = join(ROOT, '..', 'shared', 'real-world', 'html');
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const sub of readdirSync(dir)) {
    const folder = join(dir, sub);
    for (const f of readdirSync(folder).filter((x) => x.endsWith('.html'))) {
      for (const block of htmlBlocks(readFileSync(join(folder, f), 'utf8'))) {
        for (const s of segmentSentences(block)) if (s.text.length >= 20) out.push(s.text);
      }
    }
  }
  return out;
}

const FILLER = [
  'The city council approved the new parking rules on Tuesday after a long debate.',
  'Shares of the retailer rose 4 percent in early trading.',
  'El partido terminó empatado a uno en el estadio de la ciudad.',
  'Scientists say the new telescope will image planets around nearby stars.',
  'La empresa presentó su nuevo teléfono con una batería más grande.',
  'Our weekly newsletter brings you the best recipes for busy weeknights.',
  'Traffic was slow on the highway because of road works near the exit.',
  'Los precios de la vivienda subieron en la capital durante el último trimestre.',
];

export function benchSentences(count: number, seed = 7): { sentences: string[]; fromPages: number; fromCorpus: number } {
  const pages = pageSentences();
  const corpus = readJsonl(join(ROOT, 'tests', 'corpus', 'corpus.jsonl')).map((l) => l.text);
  const base = [...pages, ...corpus, ...FILLER];
  const seen = new Set<string>();
  const out: string[] = [];
  let state = seed;
  const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (const s of base) if (!seen.has(s) && out.length < count) seen.add(s), out.push(s);
  // Varied copies: change numbers and add a short lead, so no sentence repeats.
  const leads = ['Meanwhile, ', 'In other news, ', 'Reportedly, ', 'Por otra parte, ', 'Además, ', 'According to reports, ', ''];
  // Walk base × lead × tail in order, so distinct copies never run out (a random draw
  // among mostly digit-free sentences used to spin forever looking for an unseen one).
  const tails = ['', ' (Updated)', ' — more to follow.', ' (Actualizado)'];
  const combos = base.length * leads.length * tails.length;
  for (let k = 0; out.length < count && k < combos * 2; k++) {
    const s = base[k % base.length]!;
    const lead = leads[Math.floor(k / base.length) % leads.length]!;
    const tail = tails[Math.floor(k / (base.length * leads.length)) % tails.length]!;
    const varied = lead + s.replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rand()))))) + tail;
    if (!seen.has(varied)) seen.add(varied), out.push(varied);
  }
  return { sentences: out, fromPages: pages.length, fromCorpus: corpus.length };
}
