/**
 * "A 1% tax on remittances took effect in 2026", "el arancel de 25% entró en vigor en 2025": the rate of a tax or a tariff
 * said in the clause of a dated event is what the event put in force, which the event's own fact holds for the event's year.
 * Such rates are bound to no series (measures.ts: they lapse and carry exceptions), so only that record settles them: a rate
 * the fact does not hold for that year, or one of several it holds then, stays a claim of its own.
 */
import type { SeriesEntry } from './measure-cues';
import { clauseOf } from './number-stretch';
import type { Quantity } from './numbers';
import type { VerdictWords } from './verdict-words';
import { hasAny } from './word-lists';

export function eventRate(q: Quantity, event: SeriesEntry, folded: string, w: VerdictWords): boolean {
  if (q.unit !== 'percent' || q.qualifier !== 'exact' || q.vague || q.per) return false;
  const [from, to] = clauseOf(folded, q);
  if (!hasAny(folded.slice(from, to), w.setRate)) return false;
  const year = event.figures.at(-1)!.period.slice(0, 4);
  const rates = (event.fact.figures ?? []).filter((f) => f.unit === q.unit && f.period.startsWith(year));
  return rates.length > 0 && rates.every((f) => f.value === q.value);
}
