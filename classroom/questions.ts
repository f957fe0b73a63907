/** Two or three discussion questions for a claim, from its fact, figure and frame. */
import { formatValue } from '../engine/format';
import type { Fact, Frame, Lang } from '../engine/schema';
import type { FigureCheck } from '../engine/types';
import { t } from '../i18n/strings';

export function discussionQuestions(fact: Fact, frame: Frame | undefined, lang: Lang, figure?: FigureCheck): string[] {
  const out: string[] = [];
  if (figure) out.push(t(lang, 'qFigure', formatValue(figure.claimValue, figure.unit, figure.per, lang)));
  if (frame) out.push(t(lang, 'qFrame', frame.narrative[lang]));
  out.push(figure || !frame ? t(lang, 'qSource', fact.sources[0]?.publisher ?? '') : t(lang, 'qSides'));
  if (out.length < 3) out.push(t(lang, 'qRating'));
  return out.slice(0, 3);
}
