/** Function words of both languages: they carry no topic and are skipped when scoring. */
export const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'there their they them we our us you your he she his her i me my not no so than then too very can could would should will ' +
    'just also about into over under more most much many some any all each every only own same such what which who whom whose ' +
    'when where why how do does did done has have had having up down out off again once here both few other nor ' +
    'el la los las un una unos unas y o pero si de del al a en con por para como es son fue fueron ser sido esta estan este ' +
    'esto estos estas ese esa eso esos esas lo le les se su sus nos nuestro nuestra que quien cual cuando donde porque muy mas ' +
    'menos ya tambien solo sin sobre entre hasta desde hay ha han habia tiene tienen todo todos toda todas otro otra otros otras'
  ).split(/\s+/),
);
