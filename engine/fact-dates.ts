/**
 * The dated things a fact tells: the years its dated events happened in (its figures of unit `year`), the month of each
 * such year where its period gives one, and every year it tells at all (in its statement or its short one, in either
 * language, or as a figure's period). Read once per fact, as facts do not change while an engine runs.
 */
import type { Fact } from './schema';

export interface FactDates {
  /** The years its dated events happened in ("2020" for USMCA's entry into force). */
  readonly events: ReadonlySet<string>;
  /** The month of each event's year, where its period gives one ("2025" → "02" for an event of 2025-02-20). */
  readonly months: ReadonlyMap<string, string>;
  /** Every year it tells: in its statement or its short one, as a figure's period, or as an event's year. */
  readonly told: ReadonlySet<string>;
  /** The month and day of each event whose period gives them ("07-01" of 2020-07-01, "09" of 2017-09). */
  readonly days: readonly string[];
  /** Each dated event's period as its record writes it ("2025-02-20", "2017-09", "1994"), or the day it gives the event (`on`). */
  readonly periods: readonly string[];
}

const YEAR_IN_TEXT = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
const read = new WeakMap<Fact, FactDates>();

export function factDates(fact: Fact): FactDates {
  let dates = read.get(fact);
  if (!dates) {
    const events = (fact.figures ?? []).filter((f) => f.unit === 'year');
    const years = new Set(events.map((f) => String(f.value)));
    const said = [fact.statement.en, fact.statement.es, fact.short?.en ?? '', fact.short?.es ?? '', ...(fact.figures ?? []).map((f) => f.period)].flatMap((t) => t.match(YEAR_IN_TEXT) ?? []);
    dates = {
      events: years,
      months: new Map(events.flatMap((f) => (/^\d{4}-\d\d/.test(f.period) ? [[f.period.slice(0, 4), f.period.slice(5, 7)] as const] : []))),
      told: new Set([...said, ...years]),
      days: events.flatMap((f) => (/^\d{4}-\d\d/.test(f.period) ? [f.period.slice(5)] : [])),
      periods: events.map((f) => f.on ?? f.period),
    };
    read.set(fact, dates);
  }
  return dates;
}
