/**
 * A deliberately light stemmer shared by English and Spanish, so that plurals, gender and
 * common cognate endings meet across both languages: "mexicanos" / "Mexicans" → "mexican",
 * "migrantes" / "migrants" → "migrant", "deportaciones" / "deportations" → "deportation".
 * It only has to be consistent, not linguistically right: both sides go through it.
 *
 * It is one function for every language on purpose, not part of a language pack: a word is
 * stemmed the same whatever language the sentence was guessed to be, so cognates and
 * code-switched text meet. A third language adds its endings here only if they fold its
 * words onto the same stems as their cognates.
 */
const cache = new Map<string, string>();

export function stem(token: string): string {
  const hit = cache.get(token);
  if (hit !== undefined) return hit;
  const out = stemUncached(token);
  if (cache.size < 50_000) cache.set(token, out);
  return out;
}

function stemUncached(t: string): string {
  if (t.length <= 3 || /\d/.test(t)) return t;
  let s = t;
  s = s
    .replace(/ciones$/, 'tion')
    .replace(/siones$/, 'sion')
    .replace(/cion$/, 'tion');
  if (s !== t) return s;
  if (s.endsWith('ies') && s.length > 4) return `${s.slice(0, -3)}y`;
  if (s.endsWith('ing') && s.length > 5) return trimVowel(s.slice(0, -3));
  if (s.endsWith('ed') && s.length > 5) return trimVowel(s.slice(0, -2));
  if (s.endsWith("'s")) s = s.slice(0, -2);
  // Spanish verb endings, so "comercian", "comerciamos", "comerciaron" meet "comercio".
  const verb = /(?:aron|ieron|amos|emos|imos|ando|iendo|aban|aba)$/.exec(s);
  if (verb && s.length - verb[0].length >= 5) return trimVowel(s.slice(0, -verb[0].length));
  // A gerund too short to strip keeps its ending: "haciendo" (doing) is not "hacienda" (the treasury).
  if (s.endsWith('iendo')) return s;
  if (s.endsWith('s') && !s.endsWith('ss') && s.length > 3) s = s.slice(0, -1);
  if (/[ae]n$/.test(s) && s.length >= 8) return trimVowel(s.slice(0, -2));
  return trimVowel(s);
}

function trimVowel(s: string): string {
  return s.length > 4 && /[aeo]$/.test(s) ? s.slice(0, -1) : s;
}
