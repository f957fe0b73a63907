/**
 * The circumstance of a dated event told apart from a cause. "The USMCA took effect on July 1, 2020, amid the pandemic", "en
 * medio de la guerra comercial, la Corte anuló los aranceles" set the scene the event happened in; "because of pressure from
 * Trump", "debido a la presión de Trump" claim what brought it about, which no date settles. A rule or a program the event
 * happened under ("under the One Big Beautiful Bill Act", "bajo el gobierno de Trump") is a claim of its own unless the
 * event's record holds its words. A cause said inside a scene's clause ("amid border restrictions due to the pandemic") tells
 * of the scene, not of the event.
 */
import type { Lang } from './schema';
import type { VerdictWords } from './verdict-words';
import { toStems } from './vocabulary';
import { findAll } from './word-lists';

/** Where a scene's clause ends: a comma, a semicolon, a colon, a parenthesis or a dash set apart. */
const SCENE_END = /[,;:()]\s|\s[-–—]\s/g;

/** The end of the clause a scene's word opens: the next break, else the sentence's end. */
function sceneEnd(sentence: string, from: number): number {
  SCENE_END.lastIndex = from;
  return SCENE_END.exec(sentence)?.index ?? sentence.length;
}

/**
 * Whether a sentence of a dated event says a cause of its own: a word of the packs' `causes` that opens no scene the event
 * may be set in and stands in none. `held` tells whether a stem is the event's record's own.
 */
export function causeBesideEvent(sentence: string, folded: string, lang: Lang, w: VerdictWords, held: (stem: string) => boolean): boolean {
  const causes = findAll(folded, w.causes);
  if (!causes.length) return false;
  const backdrops = findAll(folded, w.backdrops);
  const regimes = findAll(folded, w.regimes).filter((hit) => toStems(sentence.slice(hit.end, sceneEnd(sentence, hit.end)), lang).every(held));
  const scenes = [...backdrops, ...regimes].map((hit) => ({ at: hit.at, end: sceneEnd(sentence, hit.end) }));
  return causes.some((hit) => !scenes.some((scene) => hit.at >= scene.at && hit.at < scene.end));
}
