/**
 * The fact index: every stem a fact's claims, keywords and statement use, weighted by rarity
 * (idf), and the facts by stem and by the units of their figures. It answers which facts a
 * sentence's words point to, and how strongly.
 */
import { compileFact, stemsOf, type CompiledFact } from './compiled-index';
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
  /**
   * Rarity-weighted overlap between a sentence's stems and each fact they touch; `onKeyword`
   * hears of each topic one of whose facts' keywords the sentence uses (and whether outside
   * a leading background clause).
   */
  score(stems: readonly string[], foreground: ReadonlySet<string> | null, onKeyword: (topic: TopicId, inForeground: boolean) => void): Map<FactEntry, number>;
}

/** Facts stemmed per step: a handful keeps each step well under the 50 ms long-task line on slow machines. */
const FACTS_PER_STEP = 4;
/** Facts whose stems arrive compiled, per step. */
const COMPILED_PER_STEP = 40;

/**
 * Builds the index from the facts' compiled stems (engine/compiled-index.ts); a fact the
 * compiled data lacks (the reader's own) is stemmed here, a few per step (see createEngineInSteps).
 * Rarity (idf) is counted over every fact the engine receives, compiled or not, so a reader's
 * fact weighs the words it shares exactly as if it had been bundled.
 */
export function* buildFactIndex(facts: readonly Fact[], compiled: readonly CompiledFact[], anchorStems: ReadonlySet<string>): Generator<void, FactIndex, void> {
  const ready = new Map(compiled.map((c) => [c.id, c]));
  const entries: FactEntry[] = [];
  // Stemming a fact costs far more than rebuilding a compiled one (in Node, all 152 compiled
  // at once took 10-15 ms): a few to stem, or many compiled, per step.
  let work = 0;
  for (const fact of facts) {
    let c = ready.get(fact.id);
    work += c ? 1 : COMPILED_PER_STEP / FACTS_PER_STEP;
    c ??= compileFact(fact, anchorStems);
    entries.push({ fact, stems: new Set(stemsOf(c.stems)), keyStems: new Set(stemsOf(c.keyStems)) });
    if (work >= COMPILED_PER_STEP) {
      work = 0;
      yield;
    }
  }
  yield;
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
  return { entries, withFigures, stems: () => df.keys(), score };
}
