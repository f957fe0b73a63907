/**
 * The words a verdict depends on, per language: what makes a sentence a question, a wish or a
 * note about the text rather than a checkable claim; what turns a statement around
 * (negation); which words pin a stated number to a period of time; and which words say a
 * number measures something other than the record (a tax rate, a tariff). Data only: the
 * engine reads these lists and holds no words of its own. Entries are folded (lower case,
 * no accents); single words match whole words, phrases match as written.
 */
import type { Lang } from './schema';

export interface VerdictWords {
  /** Modal verbs of prescription, wish or possibility: "should", "debería". */
  prescriptive: string[];
  /** Phrases about the text itself or the reader: "in this article", "lee más". */
  meta: string[];
  /** Marks of a citation or a reference-list entry. */
  citation: string[];
  /** Negation words: "not", "never", "no", "nunca". */
  negation: string[];
  /** Words that give a title or fragment something to assert (record, largest, más). */
  assertive: string[];
  /** Finite verbs and auxiliaries common in claims: a fragment without any of them only names a subject. */
  verbs: string[];
  /** Verb endings that mark a finite verb in this language (checked on words of 5+ letters). */
  verbEndings: string[];
  /** A stated number covers only part of a year: "the first ten months", "enero-julio". */
  partYear: string[];
  /** A stated number covers a span of years: "between 2007 and 2011" (with two years), "over the past decade". */
  range: string[];
  /** A stated number is a running total: "since 2008", "in total". */
  cumulative: string[];
  /** A stated number is for a fiscal year. */
  fiscal: string[];
  /** Nouns that, right beside a number, say it measures something else: "a 3.5% tax". */
  otherMeasure: string[];
  /** Words before a number that make it a name, not an amount: "Level 2", "Sección 232". */
  labels: string[];
  /** A number said of what would or will happen is a projection, not a record: "would lose", "podría". */
  projection: string[];
  /** Past-tense markers: a figure told as history is not outdated for being old. */
  past: string[];
  /** Comparisons that assert something of their own ("above all of Latin America"). */
  comparison: string[];
  /** Words that say which way something flows ("exports", "net"): beside a number, a series must use them too. */
  direction: string[];
  /** Particles of a flow's way: "to Mexico" is not "from Mexico"; each is only compared with the other list. */
  toward: string[];
  awayFrom: string[];
  /** Words of a position in an ordering ("largest", "principal"): part of the number, not of what is ranked. */
  rank: string[];
}

export const VERDICT_WORDS: Record<Lang, VerdictWords> = {
  en: {
    prescriptive: ['should', 'shouldn\'t', 'could', 'must', 'need to', 'needs to', 'ought to', 'let\'s', 'we have to', 'has to', 'have to', 'would be', 'might', 'may have to', 'it is time to', 'it\'s time to'],
    meta: ['in this article', 'this article', 'this essay', 'this report', 'this post', 'this thread', 'this piece', 'in this piece', 'below we', 'we look at', 'we examine', 'we explore', 'read more', 'click here', 'subscribe', 'sign up', 'see also', 'related:', 'follow us', 'share this', 'this story has been updated', 'editor\'s note'],
    citation: ['retrieved from', 'available at', 'accessed on', 'doi:', 'isbn', 'et al.', 'pp.', 'vol.', 'working paper', 'cited in'],
    negation: ['not', 'no', 'never', 'n\'t', 'neither', 'nor', 'nobody', 'nothing', 'none', 'without', 'hardly'],
    assertive: ['record', 'largest', 'biggest', 'highest', 'lowest', 'top', 'first', 'most', 'least', 'more', 'less', 'fewer', 'rises', 'falls', 'surges', 'drops', 'soars', 'plunges', 'overtakes', 'tops', 'hits', 'doubles', 'triples'],
    verbs: ['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'can', 'gets', 'got', 'sends', 'send', 'sent', 'comes', 'come', 'came', 'makes', 'make', 'made', 'takes', 'take', 'took', 'gives', 'give', 'gave', 'buys', 'buy', 'bought', 'sells', 'sell', 'sold', 'pays', 'pay', 'paid', 'lives', 'live', 'crosses', 'flows', 'killed', 'kills', 'built', 'builds', 'says', 'said'],
    verbEndings: ['ed'],
    partYear: ['first half', 'second half', 'first quarter', 'second quarter', 'third quarter', 'fourth quarter', 'first three months', 'first six months', 'first nine months', 'first ten months', 'first eleven months', 'first months', 'months of', 'so far this year', 'year to date', 'year-to-date', 'through june', 'through july', 'through august', 'through september', 'through october', 'through november', 'january-', 'january through', 'january to', 'from january', 'in january', 'in february', 'in march', 'in april', 'in may', 'in june', 'in july', 'in august', 'in september', 'in october', 'in november', 'in december', 'last month', 'this month', 'per month', 'a month', 'monthly', 'a week', 'per week', 'weekly', 'seasonally adjusted', 'q1', 'q2', 'q3', 'q4', 'quarterly'],
    range: ['over the past', 'over the last', 'in the past decade', 'in the last decade', 'past decade', 'last decade', 'in the past five years', 'over five years', 'over a decade', 'per decade'],
    cumulative: ['since', 'in total', 'so far', 'to date', 'all told', 'cumulative', 'altogether'],
    fiscal: ['fiscal year', 'fiscal', 'fy'],
    labels: ['level', 'phase', 'title', 'section', 'article', 'chapter', 'minute', 'route', 'highway', 'interstate', 'grade', 'category', 'stage', 'step', 'number', 'no.', 'room', 'gate', 'lane', 'exit', 'flight', 'case', 'resolution', 'bill', 'h.r.', 'proposition', 'prop', 'amendment', 'executive order', 'covid', 'g', 'tier', 'group', 'version'],
    projection: ['would', 'could', 'might', 'will', 'expected to', 'projected', 'projects', 'forecast', 'forecasts', 'is set to', 'are set to', 'going to', 'is likely to', 'are likely to', 'estimated to reach', 'threatens to', 'if'],
    past: ['was', 'were', 'had been', 'used to', 'at the time', 'back then', 'in the past', 'previously', 'formerly', 'ago'],
    comparison: ['more than any', 'above all', 'ahead of all', 'larger than', 'bigger than', 'higher than', 'lower than', 'smaller than', 'greater than', 'outranks', 'ahead of', 'behind only', 'second only to', 'surpassing', 'surpasses', 'overtook', 'overtaking', 'than canada', 'than china', 'even higher', 'even more', 'even larger', 'still higher', 'in the world'],
    direction: ['export', 'exports', 'exported', 'exporting', 'exporter', 'import', 'imports', 'imported', 'importing', 'net', 'gross', 'inflow', 'outflow', 'outflows', 'inflows'],
    toward: ['to', 'into', 'toward', 'towards'],
    awayFrom: ['from'],
    rank: ['largest', 'biggest', 'top', 'leading', 'main', 'number', 'one', 'no', 'first', 'second', 'third', 'fourth', 'fifth', 'second-largest', 'third-largest', 'largest', '1', '2', '3'],
    otherMeasure: ['tax', 'taxes', 'tariff', 'tariffs', 'duty', 'duties', 'levy', 'fee', 'fees', 'commission', 'interest', 'inflation', 'discount', 'fine', 'raise', 'pay raise', 'wage increase', 'cut', 'rate hike', 'approval', 'turnout', 'probability', 'chance', 'odds'],
  },
  es: {
    prescriptive: ['debe', 'deben', 'deberia', 'deberian', 'deberiamos', 'debemos', 'podria', 'podrian', 'podriamos', 'hay que', 'tiene que', 'tienen que', 'tenemos que', 'habria que', 'urge', 'ojala', 'es hora de', 'necesita', 'necesitan', 'necesitamos'],
    meta: ['en este articulo', 'este articulo', 'este texto', 'este ensayo', 'este informe', 'esta nota', 'en esta nota', 'a continuacion', 'lee mas', 'leer mas', 'haz clic', 'da clic', 'suscribete', 'siguenos', 'ver tambien', 'te puede interesar', 'comparte', 'nota del editor', 'esta nota fue actualizada'],
    citation: ['recuperado de', 'disponible en', 'consultado el', 'doi:', 'isbn', 'et al.', 'pp.', 'vol.', 'documento de trabajo', 'citado en'],
    negation: ['no', 'nunca', 'jamas', 'ni', 'tampoco', 'nadie', 'nada', 'ningun', 'ninguna', 'ninguno', 'sin'],
    assertive: ['record', 'historico', 'historica', 'mayor', 'menor', 'primer', 'primero', 'principal', 'mas', 'menos', 'sube', 'suben', 'cae', 'caen', 'crece', 'crecen', 'supera', 'superan', 'rebasa', 'duplica', 'triplica', 'se dispara', 'se desploma'],
    verbs: ['es', 'son', 'fue', 'fueron', 'era', 'eran', 'esta', 'estan', 'estaba', 'estaban', 'ha', 'han', 'hay', 'habia', 'sera', 'seran', 'tiene', 'tienen', 'tuvo', 'manda', 'mandan', 'envia', 'envian', 'viene', 'vienen', 'llega', 'llegan', 'cruza', 'cruzan', 'vive', 'viven', 'compra', 'compran', 'vende', 'venden', 'paga', 'pagan', 'pago', 'dijo', 'dice', 'dicen', 'hace', 'hacen', 'hizo', 'da', 'dan', 'dio'],
    verbEndings: ['aron', 'ieron', 'aban', 'ando', 'iendo', 'ara', 'era'],
    partYear: ['primer semestre', 'segundo semestre', 'primer trimestre', 'segundo trimestre', 'tercer trimestre', 'cuarto trimestre', 'primeros tres meses', 'primeros seis meses', 'primeros nueve meses', 'primeros diez meses', 'primeros once meses', 'primeros meses', 'meses de', 'en lo que va del ano', 'en lo que va de', 'acumulado del ano', 'enero-', 'de enero a', 'entre enero y', 'enero a', 'en enero', 'en febrero', 'en marzo', 'en abril', 'en mayo', 'en junio', 'en julio', 'en agosto', 'en septiembre', 'en octubre', 'en noviembre', 'en diciembre', 'el mes pasado', 'este mes', 'al mes', 'por mes', 'mensual', 'mensuales', 'a la semana', 'por semana', 'semanal', 'cifras desestacionalizadas', 'desestacionalizado', 'desestacionalizada', 'trimestral'],
    range: ['en los ultimos', 'durante los ultimos', 'en la ultima decada', 'en la decada', 'ultima decada', 'en cinco anos', 'en una decada', 'por decada'],
    cumulative: ['desde', 'en total', 'hasta ahora', 'a la fecha', 'acumulado', 'acumulada', 'en conjunto'],
    fiscal: ['ano fiscal', 'fiscal'],
    labels: ['nivel', 'fase', 'titulo', 'seccion', 'articulo', 'capitulo', 'acta', 'minuta', 'ruta', 'carretera', 'grado', 'categoria', 'etapa', 'paso', 'numero', 'num.', 'no.', 'sala', 'puerta', 'carril', 'salida', 'vuelo', 'caso', 'resolucion', 'iniciativa', 'enmienda', 'orden ejecutiva', 'covid', 'g', 'grupo', 'version', 'distrito', 'zona'],
    projection: ['podria', 'podrian', 'perderia', 'perderian', 'costaria', 'costarian', 'seria', 'serian', 'habria', 'tendria', 'tendrian', 'afectaria', 'afectarian', 'dejaria', 'dejarian', 'quitaria', 'reduciria', 'aumentaria', 'sera', 'seran', 'se espera', 'se proyecta', 'proyecta', 'proyectan', 'pronostica', 'pronostican', 'preve', 'prevén', 'preven', 'estima que', 'va a', 'van a', 'amenaza con', 'si'],
    past: ['era', 'eran', 'fue', 'fueron', 'habia', 'habian', 'solia', 'en su momento', 'entonces', 'en el pasado', 'antes', 'anteriormente', 'hace anos', 'hace una decada', 'hace mas de'],
    comparison: ['por encima de', 'mas que cualquier', 'mayor que', 'menor que', 'mas grande que', 'mas alto que', 'mas bajo que', 'supera a', 'superando a', 'supero a', 'solo detras de', 'detras de', 'despues de', 'que canada', 'que china', 'de america latina', 'de latinoamerica', 'todavia mayor', 'aun mayor', 'todavia mas', 'aun mas', 'en el mundo', 'del mundo'],
    direction: ['exporta', 'exportan', 'exporto', 'exportaron', 'exportaciones', 'exportacion', 'exportador', 'importa', 'importan', 'importo', 'importaciones', 'importacion', 'neta', 'neto', 'netas', 'netos', 'saldo', 'bruto', 'bruta'],
    toward: ['a', 'al', 'hacia'],
    awayFrom: ['desde'],
    rank: ['principal', 'mayor', 'primer', 'primero', 'primera', 'segundo', 'segunda', 'tercer', 'tercero', 'tercera', 'cuarto', 'quinto', 'lugar', 'numero', 'uno', 'mas', 'grande', '1', '2', '3'],
    otherMeasure: ['impuesto', 'impuestos', 'gravamen', 'arancel', 'aranceles', 'tasa de interes', 'interes', 'comision', 'comisiones', 'cuota', 'inflacion', 'descuento', 'multa', 'aumento salarial', 'recorte', 'aprobacion', 'participacion electoral', 'probabilidad'],
  },
};
