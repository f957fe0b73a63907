/** Human wording for figures and dates in English and Spanish (Mexican usage). */
import type { Lang, Unit } from './schema';

function num(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: digits }).format(value);
}

export function formatValue(value: number, unit: Unit | null, per: 'day' | 'year' | null | undefined, lang: Lang): string {
  let s: string;
  const abs = Math.abs(value);
  if (unit === 'usd') {
    if (lang === 'en') {
      s =
        abs >= 1e12
          ? `$${num(value / 1e12, lang, 2)} trillion`
          : abs >= 1e9
            ? `$${num(value / 1e9, lang, 2)} billion`
            : abs >= 1e6
              ? `$${num(value / 1e6, lang, 1)} million`
              : `$${num(value, lang, 0)}`;
    } else {
      s = abs >= 1e6 ? `${num(value / 1e6, lang, 0)} millones de dólares` : `${num(value, lang, 0)} dólares`;
    }
  } else if (unit === 'percent') {
    s = lang === 'en' ? `${num(value, lang, 1)}%` : `${num(value, lang, 1)} %`;
  } else if (unit === 'people') {
    s =
      abs >= 1e6
        ? lang === 'en'
          ? `${num(value / 1e6, lang, 2)} million people`
          : `${num(value / 1e6, lang, 2)} millones de personas`
        : `${num(value, lang, 0)} ${lang === 'en' ? 'people' : 'personas'}`;
  } else if (unit === 'km') {
    s = `${num(value, lang, 0)} km`;
  } else if (unit === 'mi') {
    s = `${num(value, lang, 0)} ${lang === 'en' ? 'miles' : 'millas'}`;
  } else if (unit === 'acre-ft') {
    const [n, word] = lang === 'en' ? ['million acre-feet', 'acre-feet'] : ['millones de acres-pie', 'acres-pie'];
    s = abs >= 1e6 ? `${num(value / 1e6, lang, 2)} ${n}` : `${num(value, lang, 0)} ${word}`;
  } else if (unit === 'score') {
    s = `${num(value, lang, 0)}/100`;
  } else if (unit === 'rank') {
    s = lang === 'en' ? `No. ${num(value, lang, 0)}` : `lugar ${num(value, lang, 0)}`;
  } else if (unit === 'year') {
    // A calendar year is written without a thousands separator.
    s = String(Math.round(value));
  } else if (unit === 'years') {
    s = `${num(value, lang, 0)} ${lang === 'en' ? 'years' : 'años'}`;
  } else {
    s = num(value, lang, abs >= 100 ? 0 : 1);
  }
  if (per === 'day') s += lang === 'en' ? ' a day' : ' al día';
  if (per === 'year') s += lang === 'en' ? ' a year' : ' al año';
  return s;
}

const MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
};

/** "2024", "Feb 2025", "5 Feb 2025" from YYYY, YYYY-MM, YYYY-MM-DD. */
export function formatDate(date: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = MONTHS[lang][Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * How old a fact's newest figure is, in words ("2025, 1 year ago"): null for a fact without
 * figures. `today` is passed in so the engine stays clock-free and tests stay fixed.
 */
export function newestFigureAge(figures: readonly { period: string }[] | undefined, today: Date, lang: Lang): string | null {
  if (!figures?.length) return null;
  const newest = figures.reduce((a, b) => (b.period > a.period ? b : a)).period;
  // A span ("2014-2018", "2016/17") is as old as its last year.
  const year = Number(/(\d{4})(?!.*\d{4})/.exec(newest)?.[1] ?? newest.slice(0, 4));
  const age = today.getFullYear() - year;
  const when = age <= 0 ? (lang === 'en' ? 'this year' : 'este año') : lang === 'en' ? `${age} year${age === 1 ? '' : 's'} ago` : `hace ${age} año${age === 1 ? '' : 's'}`;
  return `${newest}, ${when}`;
}

/** Only http(s) links are ever rendered. */
export function safeHttpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
