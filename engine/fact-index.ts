/**
 * The fact index: every stem a fact's claims, keywords and statement use, weighted by rarity
 * (idf), and the facts by stem and by the units of their figures. It answers which facts a
 * sentence's words point to, and how strongly.
 */
import { stemsOf, type CompiledFact } from './compiled-index';
import type { Fact } from './schema';
import type { TopicId } from './topics';
import { listIn } from './multimap';

export interface FactEntry {
  fact: Fact;
  stems: Set<string>;
  /** Stems of the fact's curated keywords: the words that say this fact, not just any word near it. */
  keyStems: Set<string>;
}

export interface FactIndex {
  readonly entries: readonly FactEntry[];
  /** Facts by the units of their figures: a stated "70%" is only checked against percentages. */
  readonly withFigures: ReadonlyMap<string, FactEntry[]>;
  /** Every stem some fact uses: part of the vocabulary spelling repair aims at. */
  stems(): Iterable<string>;
  /** How many facts use a stem (none: undefined). */
  docFrequency(stem: string): number | undefined;
  /**
   * Rarity-weighted overlap between a sentence's stems and each fact they touch; `onKeyword`
   * hears of each topic one of whose facts' keywords the sentence uses (and whether outside
   * a leading background clause).
   */
  score(stems: readonly string[], foreground: ReadonlySet<string> | null, onKeyword: (topic: TopicId, inForeground: boolean) => void): Map<FactEntry, number>;
}

/**
 * Builds the index from the facts' compiled stems (engine/compiled-index.ts: `compiled[i]` is
 * `facts[i]`'s): no stemming, a few milliseconds for the bundled facts. Rarity (idf) is counted
 * over every fact the engine receives, bundled or the reader's, so a reader's fact weighs the
 * words it shares exactly as if it had been bundled.
 */
export function buildFactIndex(facts: readonly Fact[], compiled: readonly CompiledFact[]): FactIndex {
  const entries: FactEntry[] = facts.map((fact, i) => ({ fact, stems: new Set(stemsOf(compiled[i]!.stems)), keyStems: new Set(stemsOf(compiled[i]!.keyStems)) }));
  const withFigures = new Map<string, FactEntry[]>();
  for (const e of entries) {
    for (const unit of new Set((e.fact.figures ?? []).map((f) => f.unit))) {
      listIn(withFigures, unit).push(e);
    }
  }
  const df = new Map<string, number>();
  for (const e of entries) for (const s of e.stems) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = (s: string) => {
    const d = df.get(s);
    return d ? Math.log(1 + entries.length / d) : 0;
  };
  const factsByStem = new Map<string, FactEntry[]>();
  for (const e of entries) {
    for (const s of e.stems) {
      listIn(factsByStem, s).push(e);
    }
  }

  // Words from a fact's own keywords count fully; other words its claims use count a
  // little, since common words ("campaign", "governor") land in some fact by chance.
  // Like its topic words, a word only the background clause uses counts half.
  const score = (stems: readonly string[], foreground: ReadonlySet<string> | null, onKeyword: (topic: TopicId, inForeground: boolean) => void) => {
    const out = new Map<FactEntry, number>();
    for (const s of new Set(stems)) {
      const list = factsByStem.get(s);
      if (!list) continue;
      const w = foreground && !foreground.has(s) ? idf(s) / 2 : idf(s);
      for (const e of list) {
        const key = e.keyStems.has(s);
        if (key) onKeyword(e.fact.topic, !!foreground?.has(s));
        out.set(e, (out.get(e) ?? 0) + (key ? w : 0.3 * w));
      }
    }
    return out;
  };
  return { entries, withFigures, stems: () => df.keys(), docFrequency: (s) => df.get(s), score };
}
