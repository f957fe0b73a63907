/**
 * "A 1% tax on remittances took effect in 2026", "el arancel de 25% entró en vigor en 2025": the rate of a tax or a tariff
 * said in the clause of a dated event is what the event put in force, which the event's own fact holds for the event's year.
 * Such rates are bound to no series (measures.ts: they lapse and carry exceptions), so only that record settles them: a rate
 * the fact does not hold for that year (or, for an act that sets it for later, for the first year after it holds one), or one
 * of several it holds then, stays a claim of its own.
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
  const rates = (event.fact.figures ?? []).filter((f) => f.unit === q.unit && f.period.slice(0, 4) >= year);
  // An act that sets a rate for later ("Congress approved a 1% tax on remittances in 2025", in force from 2026) put in force
  // the first rate its fact records after it, where it records none for the act's own year.
  const first = rates.map((f) => f.period.slice(0, 4)).sort()[0];
  const held = rates.filter((f) => f.period.startsWith(first ?? year));
  return held.length > 0 && held.every((f) => f.value === q.value);
}
