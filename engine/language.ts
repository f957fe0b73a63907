/** A small, fast English/Spanish guess: function-word votes plus Spanish-only characters. */
import type { Lang } from './schema';

const EN = new Set('the and of to is are was were that this with for from they have has will would which not be by it its our you what who more than'.split(' '));
const ES = new Set('el la los las y de del que en es son fue con para por una un se su sus no lo al más mas como pero este esta ya muy hay ha han desde nuestro'.split(' '));

export function guessLanguage(text: string, fallback: Lang = 'en'): Lang {
  let en = 0;
  let es = 0;
  const words = text.toLowerCase().match(/[a-záéíóúüñ]+/g) ?? [];
  for (const w of words.slice(0, 200)) {
    if (EN.has(w)) en++;
    if (ES.has(w)) es++;
  }
  if (/[ñ¿¡]/i.test(text)) es += 2;
  if (/[áéíóú]/i.test(text)) es += 1;
  if (en === es) return fallback;
  return es > en ? 'es' : 'en';
}
