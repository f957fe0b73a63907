/**
 * The words a verdict depends on, per language: what makes a sentence a question, a wish or a
 * note about the text rather than a checkable claim; what turns a statement around
 * (negation); which words pin a stated number to a period of time; and which words say a
 * number measures something other than the record (a tax rate, a tariff). The words live in
 * each language's pack (engine/knowledge/lang/<id>/words.json, `verdict`); this is their shape. Entries are folded (lower case,
 * no accents); single words match whole words, phrases match as written.
 */
export interface VerdictWords {
  /** Modal verbs of prescription, wish or possibility: "should", "debería". */
  prescriptive: string[];
  /** Phrases a modal is part of without prescribing: "se debe a" (is due to), "debe de" (must be, a guess). */
  notPrescriptive: string[];
  /**
   * Words that open a dependent or a further clause ("that", "because", ", but"): a modal after
   * one does not govern the sentence, which still asserts its main clause.
   */
  clauseOpeners: string[];
  /** Verbs that report what someone says ("said", "reported", "señaló"): with its speaker, a frame around the claim (report-frame.ts). */
  reportVerbs: string[];
  /** The word that opens what is reported after such a verb ("that", "que"). */
  reportThat: string[];
  /** Phrases about the text itself or the reader: "in this article", "lee más". */
  meta: string[];
  /**
   * A sentence that opens on what was just said ("that's the", "eso es") and names it as a
   * move in a discussion ("argument", "narrativa") remarks on an argument made elsewhere: there
   * is nothing in it for a record to settle.
   */
  discussionPointers: string[];
  discussionNouns: string[];
  /** Marks of a citation or a reference-list entry. */
  citation: string[];
  /** Words of judgement ("compelling", "of paramount importance", "can help"): without a checkable core, the sentence only appraises. */
  evaluative: string[];
  /** Openings that give the speaker's own view ("I think", "en mi opinión"): without a figure, ranking or comparison, an opinion. */
  opinionMarkers: string[];
  /** Set phrases built on a negation word that deny nothing ("without a doubt", "not only", "sin duda", "sin embargo"): blanked before a sentence is read for negations. */
  affirmations: string[];
  /** Words that open a sentence by tying it to the one before ("However,", "Sin embargo,", "But", "Y"): said first, they are no word of its claim. */
  connectives: string[];
  /** Words that open a sentence by agreeing with what came before ("Yes,", "Sí,"), a comma after them: no word of its claim ("sí" without one is "si", if). */
  assents: string[];
  /** Negation words: "not", "never", "no", "nunca"; and denials said before a claim ("it is false that", "es falso que"). */
  negation: string[];
  /** Denials said after a claim, of all said before them ("…, but that is wrong", "…, lo cual es falso"). */
  retraction: string[];
  /** Denials that take back what was said only when they end the sentence ("…, but no.", "…, pero no."): said mid-sentence they start something else ("but not only"). */
  closingRetraction: string[];
  /** Words that give a title or fragment something to assert (record, largest, más). */
  assertive: string[];
  /** Finite verbs and auxiliaries common in claims, and clitic ones ("'s", "'re"): a fragment without any of them only names a subject. */
  verbs: string[];
  /** Endings that mark a finite verb in this language, or an adverb that goes with one ("-mente"); checked on words of 5+ letters. */
  verbEndings: string[];
  /** Verb endings that nouns share ("frontera"), read as a noun's in an open heading and right after a determiner ("la frontera"). */
  nounAfterDeterminer: string[];
  /**
   * Endings of a present-tense verb that nouns share ("imports", "importa"): in a fragment closed
   * by a full stop, a lowercase word with one that follows a content word is read as a verb.
   */
  presentEndings: string[];
  /** A stated number covers only part of a year: "the first ten months", "enero-julio". */
  partYear: string[];
  /**
   * Part-year words that say a rate ("a month", "every week", "al mes", "cada semana"): an amount said with one is each
   * month's or week's, never a total over part of a year ("the first half", "enero-septiembre").
   */
  partYearRate: string[];
  /**
   * Words of a unit of time ("day", "annual", "mes", "diario"): a series' cues say its period in them, but they name no
   * measure, so no head word of one (engine/measure-heads.ts).
   */
  periodNouns: string[];
  /**
   * Words of an average ("averages", "on average", "promedia", "en promedio"): an amount said per a unit of time ("a day") is
   * an average over it, so they name no other measure of a series counted per that unit, as other parts' words do.
   */
  averageWords: string[];
  /** The whole year, said after part of it ("…, so for the full year", "en todo el año"): a number after it is the year's. */
  wholeYear: string[];
  /** A stated number covers a span of years: "between 2007 and 2011" (with two years), "over the past decade". */
  range: string[];
  /** A number said per a stretch of several years ("every five years", "per five-year cycle", "cada cinco años"): a term, never a year's amount. */
  everyFewYears: string[];
  /** Pronouns a share is said of the count before it with ("97% of them", "de las cuales 96.6%"). */
  shareOfThem: string[];
  /** A state said to hold now ("still", "is in force", "sigue vigente", "todavía"): of a thing whose end is on record, no longer true. */
  holdsNow: string[];
  /** Phrases before the side a ruling or a stance favoured ("sided with", "a favor de", "dio la razón a"). */
  favouring: string[];
  /** Phrases before the side a ruling went against ("ruled against", "falló contra"); not a bare "against", which names a suit's target. */
  disfavouring: string[];
  /** A stated number is a running total: "since 2008", "in total". */
  cumulative: string[];
  /** A stated number is for a fiscal year. */
  fiscal: string[];
  /** Nouns that, right beside a number, say it measures something else: "a 3.5% tax". */
  otherMeasure: string[];
  /** Another basis of an amount or its change, read in the whole sentence as it often opens it ("In real terms, …", "En pesos, …"): no dollar record's. */
  otherBasis: string[];
  /** Words of a rate set by a rule, not measured ("tax", "tariff"): a number bound by a cue that says one is said exactly. */
  setRate: string[];
  /** Words before a number that make it a name, not an amount: "Level 2", "Sección 232". */
  labels: string[];
  /** Words right before a number that make it an addition to a level, not the level: "another 26", "otros 26". */
  addedBefore: string[];
  /** Words after a number (a noun between them allowed) that make it an addition to a level: "26 more", "26 narcos más". */
  addedAfter: string[];
  /** A number said of what would or will happen is a projection, not a record: "would lose", "podría". */
  projection: string[];
  /**
   * Endings of a future or conditional verb, read on the words as written (accents kept:
   * "alcanzará", "rondarán", "superarían"), so a forecast in any verb is no record. A capitalised
   * word inside a sentence is a name ("Irán"), not a verb.
   */
  projectionEndings: string[];
  /**
   * Words that, right before a verb's bare form, say a thing is about to happen or only being weighed ("está por llegar",
   * "consideró designar", "considered designating"): a forecast or a plan, no record.
   */
  imminent: string[];
  /** Endings of that bare form (a Spanish infinitive, an English -ing form), read on the word right after an `imminent` one ("llegar", "designating"). */
  infinitiveEndings: string[];
  /** Words that end like that bare form and are none ("pesar" of "a pesar de", "popular", "militar", "something"). */
  infinitiveLookalikes: string[];
  /** Past-tense markers: a figure told as history is not outdated for being old. */
  past: string[];
  /** A state that held once and may hold no more ("was once", "used to", "alguna vez"): today's record does not bear it out. */
  formerly: string[];
  /** Words that say one did a thing alone ("alone", "on its own", "en solitario"): no claim of several doers, nor of the deed alone. */
  alone: string[];
  /** A decade of the last century said without its year ("the nineties", "the '90s", "los noventa", "los años 90"): an earlier time the record does not hold. */
  earlierDecades: string[];
  /** A country said by its common noun ("the country", "dicho país"): the one country a sentence names elsewhere. */
  countryRefs: string[];
  /** Pronouns that stand for a thing named before in their clause ("it", "esta cifra"): a number said of one is of what it stands for. */
  pronounRefs: string[];
  /** Units of measure said after a number ("dollars", "metros cúbicos"): the number's own words, which a cue around it reaches over. */
  measureUnits: string[];
  /** Possessives that speak of a subject named before ("its", "su"): a part named in an earlier clause is the number's subject. */
  referBack: string[];
  /** Words said before a year that opens its clause and leave it the clause's time ("Back in 1994, NAFTA took effect", "Ya en 1994, …"). */
  yearLeadIns: string[];
  /** Parts of a decade said before it ("early", "mid", "late", "principios", "finales"): "the early 1990s" is not "the late 1990s". */
  decadeParts: string[];
  /** Parts of a year said right before it with the word that places a thing in them, and the months each spans ("in early": 1–6, "a finales de": 7–12): engine/year-parts.ts. */
  yearParts: { from: number; to: number; words: string[] }[];
  /** Words right before a year ending in 0 that make it a decade ("la década de 2010", "los años 2000"), as the "s" after it does ("the 2010s"): a span, no year. */
  decadeBefore: string[];
  /** Words after a count that say a state held that many years running ("third consecutive year", "años consecutivos"). */
  streakAfter: string[];
  /** Words before a count and `spanYears` that say a state held that many years up to now ("for the past five years", "for ten years", "en los últimos cinco años", "lleva diez años"). */
  spanPast: string[];
  /** The word of years after `spanPast` and its count ("years", "años"). */
  spanYears: string[];
  /** A state said to be long held, without the span's length ("historically", "for decades", "durante décadas"); not "used to", which says a time past. */
  longHeld: string[];
  /** Every year there is ("always", "siempre"). */
  always: string[];
  /** A state held for the first time ("for the first time", "por primera vez"). */
  firstTime: string[];
  /** The word that leads the span a first time is counted over ("for the first time in 11 years", "por primera vez en 11 años"). */
  firstTimeSpan: string[];
  /** A state said to have begun ("became", "se convirtió en"): in a year, one the record has held since the year before did not begin then. */
  becameState: string[];
  /** Words that tell a state as the present ("is", "now", "es", "ahora"): a first time so told is of now, not of the year it began. */
  presentState: string[];
  /**
   * A record said of a level ("a record", "máximo histórico", "the highest level since 2008"), and one of its lows ("record low",
   * "mínimo histórico", "la cifra más baja"): where an earlier figure of the level's series already bested it, the figure alone
   * does not bear the sentence out (engine/records.ts).
   */
  recordHigh: string[];
  recordLow: string[];
  /** Records said of the whole series, the years after too ("peaked", "tocó techo", "bottomed out"): each also a recordHigh or recordLow. */
  recordWhole: string[];
  /** A record said of a change ("a record drop", "la mayor caída"): the record may lack the years it is said against, so a change so said is left open. */
  recordChange: string[];
  /** A record's span said in years or decades right after it ("the lowest in five years", "su nivel más bajo en una década"). */
  recordSpanYears: string[];
  recordSpanDecades: string[];
  /**
   * Words that give a cause ("because of", "due to", "driven by", "debido a", "gracias a"): a cause said beside a
   * figure is a claim the figures do not settle, so it leaves *accurate* unsaid (a wrong figure is still wrong).
   */
  causes: string[];
  /**
   * Words that open the scene a dated event happened in ("amid", "en medio de", "en plena"): beside the event they set its
   * time, where a cause ("because of", "debido a") claims what brought it about (engine/circumstances.ts).
   */
  backdrops: string[];
  /**
   * Words that open the rule or the program a dated event happened under ("under", "bajo", "durante el gobierno de"): beside
   * the event they are a claim of their own unless its fact's record holds their words ("under the One Big Beautiful Bill Act").
   */
  regimes: string[];
  /**
   * Parts or stages of a dated event's thing that are things of their own ("talks", "review", "exemption", "renegociación",
   * "revisión"): said between a cue's words ("the USMCA exemption expires") or right before its first ("la revisión del T-MEC
   * vence"), the cue's verb is said of them, not of the event.
   */
  eventAspects: string[];
  /** A name set aside for another ("instead of", "rather than", "en lugar de"): with two countries named, which one holds a position is left in doubt. */
  substitution: string[];
  /**
   * Words that set the record straight ("actually", "in fact", "it's", "en realidad", "es"): in a clause after a position's own,
   * beside another country ("…, but it's China", "…, pero en realidad es China"), they give the position to that country, so who holds it is left in doubt.
   */
  correction: string[];
  /** A span said any other way ("in a row", "al hilo", "consecutive quarter", "lleva una década"): a claim of the years before, left open (engine/streaks.ts reads the spans it can check first). */
  streak: string[];
  /** Verbs a particle of change completes into another verb ("make up 23%", "ended up"): the particle after one says no change. */
  particleVerbs: string[];
  /** A negation right after a comma that sets a name aside for the one before it ("China, not Mexico, is…", "China, y no México, es…"): one side of a comparison. */
  setAside: string[];
  /**
   * Pairs of words that say opposite things ("support" / "oppose", "most" / "fewest", "más" / "menos"): a typical
   * claim that says one and not the other is not met by a sentence that says the other and not the one, though
   * every other word of the claim is said ("now oppose expanding the wall" for "now support expanding the wall").
   * Also a measure split in two ("favorable" / "unfavorable"): a number said with one beside a number bound to the
   * other's series is of the series the word names, its cue's other words left unsaid (engine/measures.ts `opposed`).
   */
  opposites: string[][];
  /** Words that, right before a year, say a state ended then ("until 2025", "hasta 2024"): neither that year's record nor the newest settles it; an event so dated ends then. */
  untilTime: string[];
  /** A denial closed by "until" and a time ("did not take effect until 1994", "no entró en vigor sino hasta 2020"): the thing happened then (engine/not-until.ts). */
  notUntil: { deny: string[]; until: string[] };
  /** Words that, right before a year, bound a time before it ("before 2023", "antes de 2023"): as untilTime, and no event's date. */
  beforeTime: string[];
  /**
   * Words that bound a time before a thing named by its article ("before the pandemic", "antes del TLCAN", "antes de que entrara en
   * vigor"): as `beforeTime` before a year, or before a name ("before NAFTA"); a number said so, with no year, is of years the sentence does not name.
   */
  beforeThing: string[];
  /** Words that, right before a year, bound a state's time the other way ("after 2020", "después de 2020", "a partir de 2020"): as untilTime, no one year's record settles it. */
  afterTime: string[];
  /** Words that join one clause to another ("and", "y"): a country named after one leads what follows it ("…, and Canada is the largest market"). */
  addition: string[];
  /** Comparisons that assert something of their own ("above all of Latin America"). */
  comparison: string[];
  /**
   * Comparisons that set what is ranked above others ("ahead of", "surpassing", "por encima de"): said of a country, or of
   * all, beside a first place the record bears out, they say nothing that first place does not.
   */
  ahead: string[];
  /**
   * Verbs of taking another's place ("overtook", "dethroned", "desplazó a"): beside a first place the record bears out they
   * set it above that other, as `ahead` does; with a year, the place was taken then, so the record before must not hold it.
   */
  overtake: string[];
  /** Words that set a place after another's ("after Canada", "behind China", "después de Canadá"): a first place so said is not first. */
  behind: string[];
  /** A place taken said in the passive, up to the word that brings in its taker ("overtaken by", "desplazada por"): the place is the taker's. */
  overtakenBy: string[];
  /** Verbs of losing a place ("lost", "cedió"): the place is no longer the subject's, but the one's it went to (`lostTo`), if named. */
  placeLost: string[];
  /** After a verb of `placeLost`, the words right before the one that took the place ("to Mexico", "frente a México", "a manos de"). */
  lostTo: string[];
  /** Unions of countries ("the European Union", "la UE"): a first place among countries says nothing of them. */
  blocs: string[];
  /** Words that say which way something flows ("exports", "net"): beside a number, a series must use them too. */
  direction: string[];
  /** Particles of a flow's way: "to Mexico" is not "from Mexico"; each is only compared with the other list. */
  toward: string[];
  awayFrom: string[];
  /**
   * The word before the other side of a relation ("deficit with Mexico", "superávit con EU"): a cue
   * that names its other side so is not met by a sentence that names another one there ("el
   * déficit de México con Estados Unidos" is not the U.S.'s deficit with Mexico).
   */
  partnerOf: string[];
  /** Words that name who says a thing ("according to", "de acuerdo con"): a particle among them is no way of a flow. */
  attribution: string[];
  /** Words of a position in an ordering ("largest", "principal"): part of the number, not of what is ranked. */
  rank: string[];
  /** Words right before a number that set it against an earlier one of the same measure: "up from", "frente a", "respecto a". */
  baseline: string[];
  /** The year before the one another number of the sentence is for: "a year earlier", "el año anterior". */
  previousYear: string[];
  /**
   * Words that say the same part of another year, between a change's word of comparison and that year ("down 5.5% from the
   * same period of 2024", "5.5% menos que en el mismo periodo de 2024"): the change is from that year's same months.
   */
  samePeriod: string[];
  /** The words that join a number's scale to what it counts ("millions of transfers", "millones de envíos"). */
  countedOf: string[];
  /** Words of a change, right beside a percentage: "an increase of 2.3%", "un descenso de 26.9%". */
  increase: string[];
  decrease: string[];
  /** A comparison of two measures: "more … than", "más … que" (engine/comparisons.ts). */
  more: string[];
  less: string[];
  than: string[];
  /**
   * Verbs that set one measure above another ("remittances topped oil exports", "superaron a las exportaciones") or below it
   * ("trailed", "quedaron por debajo de"): a comparison of two measures as "more … than" is (engine/comparisons.ts).
   */
  exceedVerbs: string[];
  /**
   * A measure said to have reached its highest or lowest level of all in a year ("hit a record high in 2025", "alcanzaron un
   * máximo histórico en 2025"), with no number: false where the record holds an earlier year past it (engine/comparisons.ts).
   */
  allTimeHigh: string[];
  allTimeLow: string[];
  trailVerbs: string[];
  /** Multiples beside a comparison: "twice", "el triple". */
  double: string[];
  triple: string[];
  /** Any other multiple, or a verb of one ("ten times", "fourfold", "doubled", "diez veces", "se triplicaron"): a factor no check reads. */
  multiple: string[];
  /** The words between a count and what it multiplies ("ten times the 2013 level", "diez veces el nivel de 2013"): read with a year after them, the multiple is checked. */
  timesOf: string[];
  /** Past verbs of a measure that became twice or three times what it was ("doubled", "se duplicaron", "tripled", "se triplicaron"): checked between two years the record holds. */
  doubledVerb: string[];
  tripledVerb: string[];
  /** Past verbs of a measure that went up or down, with no amount ("rose", "fell", "crecieron", "cayeron"): checked between two years the record holds. */
  roseVerb: string[];
  fellVerb: string[];
  /** The words between such a verb and the year it is said of ("in", "between", "since", "en", "entre", "desde"). */
  movedYearLead: string[];
  /** The present, after a figure of a past year: "and today it is even higher", "y hoy". */
  now: string[];
  /** Names in which a word of direction says none ("producto interno bruto", "gross domestic product"). */
  notDirection: string[];
  /**
   * One-word names of a part of what a figure counts: a state ("Texas", "Jalisco"), another
   * country's people ("Venezuelan", "guatemaltecos"), a subgroup ("naturalized"). Like a word of
   * direction, beside a number a series must name it too: a part is not the whole.
   */
  parts: string[];
  /** Nouns of the kinds of part ("states", "cities", "estados"): a typical claim that says one speaks of parts, so a sentence naming some ("Colima, Guerrero…") may be it. */
  partKinds: string[];
  /** Phrases whose word of a part's kind names no part ("United States", "State Department", "Estados Unidos"). */
  notPartKinds: string[];
  /** Names that hold a part's name but are no part: a group named after a place ("Sinaloa Cartel", "Cártel de Jalisco Nueva Generación"). */
  notParts: string[];
  /**
   * One-word names of a sector or a product ("agricultural", "auto", "oil", "sector"; "agrícolas", "petroleras"):
   * said before a number, a series must name it too, as a part (an industry's exports are not all exports). Read
   * only before the number, as a sector after it is often what the number is set against ("surpassing oil revenues").
   */
  sectors: string[];
  /** Words for goods at large ("goods", "products", "mercancías") and words that narrow them to none ("foreign", "importados"): in a position's field they name no sector ("the top destination for American goods"). */
  goodsWhole: string[];
  /**
   * Word classes for reading a figure series' cues: words that state the same measure ("view",
   * "opinion", "perception"; "viven", "residen", "radican"), each class at least two
   * members, each one word or a phrase read only whole, no member in two classes. Read only where a number meets its cue (engine/measure-cues.ts).
   */
  cueClasses: string[][];
  /** Words of time that make a particle of direction that also means "since" ("desde") a running total: "desde hace", "desde enero". */
  sinceTime: string[];
  /**
   * The months' names, whole and short ("january", "jan", "enero", "ene"): one month before another names a span of months ("January-June", "de enero a junio"), not that month.
   * The twelve whole names come first, in the calendar's order: a short name is the month of the first whole name it begins.
   */
  months: string[];
  /** Words right after a number of years that count them from an event the rest of the clause names ("25 years after NAFTA took effect", "tras"). */
  elapsedSince: string[];
  /** Words right after a number of years that count them from a thing's entry into force, its name after them ("20 años de vigencia del TLCAN"). */
  inForceFor: string[];
  /** Words that say a thing is in force, the state its entry into force began ("in force", "vigente"), not that entry ("into force"). */
  inForce: string[];
  /** The pack's words for an entry into force ("took effect"), said after a name to find its dated event. */
  inForceVerb: string[];
  /** Event verbs a subject may follow ("entró en vigor el T-MEC", "se firmó el Acta 323"): a cue that ends in one is read verb first too. */
  subjectAfterVerb: string[];
  /** Words that may open a clause before its year, with a date's month and day ("In 2020, …", "On July 1, 2020, …", "El 1 de julio de 2020, …"): the year is then the time of the event the clause goes on to name. */
  atYear: string[];
  /** Words that place a thing in time from the writing ("yesterday", "last week", "on Monday", "ayer", "el lunes"): an event said with one is dated, though it names no year. */
  relativeTimes: string[];
  /** A time named by an officeholder's term ("during his first term", "en su segundo mandato"): a time the record cannot place, so an event said in one is dated, though no year is said. */
  officeTerms: string[];
  /** Words that, a few words before an officeholder's name, make the name a time ("under", "during", "bajo", "durante el sexenio de"): engine/office-terms.ts. */
  officeLeadIns: string[];
  /** Words that, right after an officeholder's name, make it a time ("administration", "era": "the Biden administration", "Obama-era"). */
  officeHeads: string[];
  /** Pronouns that open a relative clause ("that", "which", "que", "el cual"): a name right after its verb is that verb's object (engine/relative-clauses.ts). */
  relatives: string[];
  /**
   * Endings of a past form or a participle ("-ed", "-ó", "-aron", "-ado"), read on a word as written (lower case, its accents
   * kept), and past forms no ending tells ("threw", "went", "impuso"): a cue of a dated event with a word of either, or of
   * `verbs`, `passive` or `auxiliaries`, says the thing was done ("the Supreme Court threw out Mexico's lawsuit"), where one
   * without names it only ("the first joint review", "la firma del Acta 323").
   */
  actEndings: string[];
  actForms: string[];
  /** The endings of `actEndings` that end a finite past form, no participle ("-ó", "-aron", not "-ado"): a sentence that says one asserts a thing done. */
  pastEndings: string[];
  /** Words that say a thing has not happened yet ("not yet", "has yet to", "todavía no", "sigue sin"): said of a dated event the record dates, the claim was right only before it. */
  notYet: string[];
  /** Words before a number of years that make it a stretch inside a longer time ("the first 10 years of NAFTA"), not the time since its start. */
  spanEdges: string[];
  /** Names a year is part of ("world cup", "mundial"): "the 2026 World Cup" is no number's time. */
  yearNames: string[];
  /** Names of a part of an event ("final", "opener", "partido inaugural", "sorteo"): said in a dated event's cue, the year is the part's, dated apart from the whole. */
  eventParts: string[];
  /** Names in which a word of time gives no period to the sentence's numbers ("reporte mensual", "monthly report"), and spans of months that are the whole year ("de enero a diciembre"). */
  notPeriod: string[];
  /**
   * Verbs that say a report, poll or figure was made public ("published", "released", "publicada", "dada a conocer"): a part
   * of a year said right after one ("a survey published earlier this month", "el informe difundido en junio") is when it
   * came out, no period of the numbers it holds.
   */
  publishedAt: string[];
  /** A trend said from one number to the next ("from 29.8% in 2007 to 42.9% in 2023", "del 29.8% en 2007 al 42.9%"): the words before the first and before the second. */
  trendFrom: string[];
  trendTo: string[];
  /**
   * Verbs that say the level a measure came to, right after "and" joins them to a change said before ("cayeron 4.6% en 2025
   * y sumaron 61,791 millones", "fell 4.6% in 2025 and totaled $61.8 billion"): the subject is the change's, left unsaid.
   */
  levelVerbs: string[];
  /** A range of values ("between 70% and 90%", "entre el 70% y el 90%"): the words before the first and before the second. */
  rangeFrom: string[];
  rangeTo: string[];
  /** A long-held state, not just a past tense ("traditionally", "históricamente"): older records that bear a number out make it right for its time. */
  history: string[];
  /** Leaving a state ("lifted out of", "salieron de la pobreza"): a number so said counts those who left it, a flow out of the state, never its level. */
  exits: string[];
  /**
   * The word that makes a word of change govern an amount ("rose by $30 billion", "se redujo en
   * 125,000 acres-pie"): the amount is a difference between two times, never the measure's level.
   */
  changeBy: string[];
  /**
   * Words right after an amount that make a word of change before it a shortfall ("fell 865,000 acre-feet short of", "se
   * quedó corto"): the gap to what was owed or set, no change between two times.
   */
  shortAfter: string[];
  /**
   * Marks after a name that make it the owner of what follows ("Mexico's", "the U.S.'"), and the
   * words after a position that name whose ordering it is ("partner of", "socio de"): a position
   * among Mexico's or Canada's partners is not one among the U.S.'s.
   */
  possessive: string[];
  fieldOf: string[];
  /** Words that open what a position is for, beside `fieldOf` ("the largest market for U.S. corn", "el principal mercado para"). */
  fieldFor: string[];
  /** Words that open what an amount is of, right after it and its unit ("$42 billion of computers", "mil millones de dólares en computadoras"). */
  amountOf: string[];
  /** Prepositions and adverbs, not function words to the topic scorer, that end what a position or an amount is of ("during 2025", "según el INEGI"). */
  fieldEnds: string[];
  /** Words before the place that holds what a figure counts ("immigrants in Canada", "inmigrantes en Canadá"): read with `fieldOf` after a number, another country there makes it another country's measure. */
  placeIn: string[];
  /** Words that say a claim holds of every one of a kind ("every", "all", "todos"): a typical claim with one is not one without, either way round. */
  universal: string[];
  /** Phrases in which a universal word says no "all of a kind": a period ("every day", "todos los días"), a hedge ("almost all", "casi todos"), a set phrase ("all-time", "sobre todo"). */
  notUniversal: string[];
  /** Words of a hypothesis ("if", "would", "si", "podría"): a sentence with one asserts no typical claim that has none (a thing scheduled, "will be", is no hypothesis). */
  hypothetical: string[];
  /** Words of a hypothesis read only as a sentence's first word ("Si México fuera…"; not the emphatic "México sí es…"). */
  hypotheticalOpeners: string[];
  /**
   * Verbs that make the name said right before them the side a flow leaves ("Mexico sent", "México
   * envió") or reaches ("the U.S. received", "Estados Unidos recibió"); `auxiliaries` may stand between
   * ("Mexico has sent"). A people ("Mexicans sent", "los migrantes mexicanos enviaron": `peoples`) is
   * who moves the flow, not a side of it. After a word of the passive ("were sent", "fueron enviadas"), the
   * name before it is what is sent, not who sends it.
   */
  sendVerbs: string[];
  /** Verbs that make the country said right before them the place a count is kept in ("Mexico recorded", "México registró"). */
  recordVerbs: string[];
  /**
   * Verbs of deploying forces ("deployed", "stationed", "desplegó"): the country said as their subject, as of a verb of
   * recording or sending, is the one whose count it is ("Mexico deployed 10,000 troops" is not the U.S.'s).
   */
  deployVerbs: string[];
  receiveVerbs: string[];
  auxiliaries: string[];
  passive: string[];
  /** The verbs that join a subject to what it is ("are", "son"): after a share's whole, what follows one names the share's part ("80% of … were U.S. citizens"). */
  copulas: string[];
  /** Words that open a restatement of what was just said ("that is", "es decir"): their verb is no copula of the share before them. */
  restatements: string[];
  /** Nouns of what someone argued ("claim", "reclamo"): the content `claimOpeners` open after one is the claim a dated event ruled on (engine/claim-contents.ts). */
  claimNouns: string[];
  /** Words that open a claim's content after its noun and its owner ("Mexico's claim that", "el reclamo de México de que"). */
  claimOpeners: string[];
  /**
   * Words that deny a position said right after them, with only `positionLinks` and determiners between ("is not the largest",
   * "has never been the top", "ya no es el principal"): the position is denied of the subject, right when the record is not it.
   */
  positionDenials: string[];
  positionLinks: string[];
  /**
   * Denials of every time ("never", "nunca") or said as a change ("no longer", "ya no": it was before): the latest record can
   * prove one wrong, but bearing one out takes the history, which a record may not hold whole.
   */
  denialsOnlyDisproved: string[];
  /** A contrast's words ("Canada, not Mexico, is …", "No es China sino México …"; engine/contrast.ts). */
  contrastNot: string[];
  contrastBut: string[];
  /** A copula denied, as the language says it ("{copula} not", "no {copula}"). */
  deniedCopula: string;
  peoples: string[];
  /**
   * A people's word said beside a noun of people (`originNouns`: "Mexican students", "estudiantes mexicanos") says where
   * they come from, as the country said after `originOf` does ("students from Mexico", "estudiantes de México"): each
   * entry the country, then its people's words. Read only in the cue phrases of figure series (engine/measure-cues.ts).
   */
  demonyms: string[][];
  originNouns: string[];
  originOf: string;
  /** A people's word stands before its noun ("Mexican students"), or after it ("estudiantes mexicanos"). */
  demonymFirst: boolean;
  /** The word that brings in a passive verb's agent ("sent by Mexico", "recibidas por Estados Unidos"). */
  agents: string[];
  /** A country's institutions, single words ("government", "authorities", "gobierno"): with its people's name or its possessive ("the Mexican government", "Mexico's government") they are the country itself. */
  institutions: string[];
  /** Bodies that act for a country ("supreme court", "congress", "army", "suprema corte"): the country said as their owner ("the U.S. Supreme Court") is where the body sits, not a side of a claim. */
  bodies: string[];
  /** The speaker's own possessive ("our", "nuestro"): a position it owns with only the U.S. named is the speaker's country's ordering, not the U.S.'s ("Estados Unidos es nuestro principal socio"). */
  ourOwn: string[];
  /** Words that pair a list of numbers with a list of measures by their order ("respectively", "respectivamente"): which measure a number is, its cues do not say. */
  respectively: string[];
  /** Words that make a figure the sum of the countries the clause names ("together", "combined", "juntos", "en conjunto"): with a third country named, not Mexico's own. */
  combined: string[];
  /**
   * Words that say the amount after them is part of one said before ("of which", "de los cuales"): a bare number right after
   * one, beside an amount of money, is money too, its currency said once.
   */
  partitive: string[];
  /** Words between a part and its whole said right after it ("78 of the 104 World Cup matches", "11 de las 16 sedes"): the part is of the whole's kind, named by the words after the whole. */
  wholeAfter: string[];
  /**
   * Particles whose object a position said right after them is ("depends on the largest economy", "vecino de la mayor
   * economía", "exports to the No. 1 market"), and verbs of neighbouring that take one without a particle ("borders the
   * largest economy"): the ranked one is that object, not the clause's subject.
   */
  objectOf: string[];
  /**
   * Words that place a thing apart from the place after them ("outside", "between", "away from"; "fuera de", "entre"):
   * said before a word of a series' cue that the cue does not say them with ("seized between ports of entry" for "seized
   * at ports of entry"), the number is of the rest, not the series' measure.
   */
  apartFrom: string[];
  /** Articles and possessives that stand between such a particle and its position ("the", "la", "su"). */
  determiners: string[];
  /** One-word names of a region, as the packs' text rules write them ("latinamerica" for "América Latina"): a position in a region's ordering is not one among the world's or the U.S.'s partners. */
  regions: string[];
  /** Shapes of text that are no claim however on-topic they are (engine/not-claim-shapes.ts). */
  shapes: ShapeWords;
  /** The words of each compass side, in one order for every language (north, south): a side a number's clause names that its series' cues name another of ("la frontera sur" beside "frontera norte") is another place. */
  compassSides: string[][];
}

/** The words of the shapes of text that assert nothing (engine/not-claim-shapes.ts); entries folded unless said otherwise. */
export interface ShapeWords {
  /** Verbs of asking said after a quoted question ("she asked", "se le preguntó"): the question is reported, not answered. */
  asking: string[];
  /** Labels that open a pointer to another story, before its colon ("READ MORE:", "LEE TAMBIÉN:"). */
  kickers: string[];
  /** Openings of thanks and greetings ("thank you", "bienvenidos"). */
  courtesies: string[];
  /** "Thanks to", "gracias a": thanks when what is thanked for follows (`thanksFor`), a cause otherwise ("thanks to remittances, …"). */
  thanksTo: string[];
  thanksFor: string[];
  /** Words that put an event ahead at a set time ("will", "is scheduled", "está previsto"). */
  scheduled: string[];
  /** Words of a visit set ahead ("will visit", "estará en"): a visit is set for its dates, said by their month or not, and no record dates it. */
  visits: string[];
  /** Endings of a future tense, read on the text as written, with its accents ("visitará", "saldrán"). */
  futureEndings: string[];
  /** Days, times and near times an event is set for, beside the packs' months ("tuesday", "el próximo mes"). */
  timeWords: string[];
  /** A survey's, a report's or their parts' own names, said in the first words of a note on their method ("the survey", "este informe"). */
  methodSubjects: string[];
  /** What such a note says of its subject ("was fielded", "relates only to", "se levantó"). */
  methodVerbs: string[];
  /** Words that report what a survey or report found ("found", "según"): its finding is a claim. */
  findings: string[];
}
