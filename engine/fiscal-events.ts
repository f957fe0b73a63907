/**
 * A dated event's year said as a U.S. fiscal year ("in fiscal year 2022", "en el año fiscal 2022"). The fiscal year runs from
 * October of the year before, so an event of October to December falls in the next one: "The Bicentennial Framework replaced
 * the Mérida Initiative in fiscal year 2022" is borne out by October 2021. Where the record gives no month, the event fell in
 * the fiscal year of its own year or the next, and which is open; any other is wrong as a calendar year would be.
 */

/** The month a U.S. fiscal year begins in. */
const FISCAL_START = 10;

/** The calendar year an event said in fiscal year `said` is checked as, by its record's period ("2021-10"); null where that is open. */
export function calendarYearOfFiscal(said: number, period: string): number | null {
  const month = /^\d{4}-(\d\d)/.exec(period)?.[1];
  if (month) return Number(month) >= FISCAL_START ? said - 1 : said;
  const year = Number(period.slice(0, 4));
  return said === year || said === year + 1 ? null : said;
}
