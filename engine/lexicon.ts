/**
 * Hand-written vocabulary of the relationship, in both languages. It is what lets the
 * engine generalise beyond the facts' typical claims: a sentence about "smuggled pills"
 * or "contrabando de fentanilo" reaches the drugs topic without any fact having used
 * those words. Entries are folded and stemmed at load; a phrase becomes a run of stems.
 * Weight 2 = a strong sign of the topic on its own, 1 = a supporting sign.
 */
import type { TopicId } from './topics';

export interface TopicLexicon {
  strong: string[];
  weak: string[];
}

export const TOPIC_LEXICON: Record<TopicId, TopicLexicon> = {
  'trade-volume': {
    strong: ['trade a day', 'trade per day', 'bilateral trade', 'two-way trade', 'comercio bilateral', 'intercambio comercial', 'comercio entre', 'trade between', 'trade with mexico', 'comercio con', 'trade deficit', 'deficit comercial', 'superavit comercial', 'trade surplus', 'cross-border trade', 'comercio transfronterizo', 'goods trade', 'trade volume', 'volumen comercial', 'quadrupled'],
    weak: ['trade', 'comercio', 'comercian', 'comerciamos', 'trading', 'exchange', 'intercambio', 'intercambian', 'goods', 'bienes', 'mercancias', 'merchandise', 'exports', 'exportaciones', 'imports', 'importaciones', 'billion', 'mil millones', 'a day', 'daily', 'diarios', 'al dia', 'record', 'deficit', 'flows', 'commerce', 'quintupled', 'tripled', 'grew', 'crecio', 'multiplicado'],
  },
  'trade-partner-rank': {
    strong: ['trading partner', 'socio comercial', 'largest partner', 'principal socio', 'export market', 'mercado de exportacion', 'top partner', 'primer socio', 'biggest customer', 'mayor cliente', 'overtook china', 'supero a china', 'desplazo a china', 'surpassed china', 'buys more', 'compra mas', 'destino de exportaciones', 'buyer of u.s.'],
    weak: ['partner', 'socio', 'largest', 'biggest', 'top', 'third-largest', 'second-largest', 'mayor', 'principal', 'primer', 'tercer', 'segundo', 'china', 'canada', 'ranking', 'rank', 'overtook', 'supero', 'desplazo', 'buyer', 'comprador', 'customer', 'cliente', 'germany', 'alemania', 'japan', 'japon'],
  },
  'nafta-usmca': {
    strong: ['nafta', 'usmca', 'tlcan', 'tmec', 'tlc', 'free trade agreement', 'tratado de libre comercio', 'trade deal', 'trade agreement', 'acuerdo comercial', 'tariff', 'tariffs', 'arancel', 'aranceles', 'jobs to mexico', 'empleos a mexico', 'shipped our jobs', 'worst trade deal', 'renegotiation', 'renegociacion', 'revision del tmec', 'cusma'],
    weak: ['deal', 'acuerdo', 'tratado', 'agreement', 'jobs', 'empleos', 'trabajos', 'wages', 'salarios', 'factories', 'plants', 'manufacturing', 'duties', 'impuestos', 'rules of origin', 'reglas de origen', 'clinton', 'salinas', 'signed', 'firmo', 'in force', 'vigente', 'vigor', 'replaced', 'reemplazo', 'sustituyo', 'poverty', 'pobreza', 'review', 'revision', '25%'],
  },
  'supply-chains': {
    strong: ['supply chain', 'supply chains', 'cadena de suministro', 'cadenas de suministro', 'cadenas productivas', 'nearshoring', 'relocalizacion', 'relocation', 'maquiladora', 'maquiladoras', 'maquila', 'aerospace', 'aeroespacial', 'engineers', 'ingenieros', 'auto parts', 'autopartes', 'car plant', 'planta automotriz', 'produce together', 'producimos juntos', 'integrated production', 'produccion integrada'],
    weak: ['plant', 'plants', 'planta', 'plantas', 'factory', 'factories', 'fabrica', 'fabricas', 'manufacturing', 'manufactura', 'manufacturera', 'automotive', 'automotriz', 'cars', 'autos', 'vehicles', 'vehiculos', 'parts', 'piezas', 'components', 'componentes', 'queretaro', 'guadalajara', 'monterrey', 'tesla', 'ford', 'gm', 'graduates', 'egresados', 'graduate', 'hub', 'polo', 'industry', 'industria', 'moved', 'movio', 'relocate', 'invest', 'inversion', 'investment', 'engineering', 'ingenieria', 'semiconductors', 'chips'],
  },
  'mexico-economy': {
    strong: ['failed state', 'estado fallido', 'mexican economy', 'economia mexicana', 'economia de mexico', 'gdp', 'pib', 'recession', 'recesion', 'peso', 'superpeso', 'inflation', 'inflacion', 'extreme poverty', 'pobreza extrema', 'middle class', 'clase media', 'progresa', 'oportunidades', 'prospera', 'economic collapse', 'colapso economico', 'investment grade', 'grado de inversion'],
    weak: ['economy', 'economia', 'growth', 'crecimiento', 'grew', 'crecio', 'quarters', 'trimestres', 'poverty', 'pobreza', 'poor', 'pobre', 'pobres', 'stable', 'estable', 'stability', 'estabilidad', 'collapse', 'collapsing', 'colapso', 'rating', 'calificacion', 'banxico', 'debt', 'deuda', 'reserves', 'reservas', 'failing', 'fallido', 'million out of', 'millones de personas'],
  },
  remittances: {
    strong: ['remittance', 'remittances', 'remesa', 'remesas', 'money sent home', 'dinero que envian', 'envios de dinero', 'envio de dinero', 'send money', 'envian dinero', 'mandan dinero', 'sent home', 'money transfers', 'transferencias de dinero', 'remittance tax', 'impuesto a las remesas'],
    weak: ['send', 'sent', 'envian', 'mandan', 'enviaron', 'families', 'familias', 'dollars', 'dolares', 'divisas', 'foreign currency', 'income', 'ingresos', 'banxico', 'record', 'historic', 'historico', 'fell', 'cayeron', 'cayo', 'paisanos', 'connacionales'],
  },
  'migration-flows': {
    strong: ['net migration', 'migracion neta', 'illegal immigration', 'inmigracion ilegal', 'illegal immigrants', 'inmigrantes ilegales', 'undocumented', 'indocumentados', 'migrants', 'migrantes', 'migration', 'migracion', 'immigrants', 'inmigrantes', 'immigration', 'inmigracion', 'deportations', 'deportaciones', 'deported', 'deportados', 'border crossers', 'cruzan la frontera', 'cross the border', 'crossing illegally', 'pour across', 'flood', 'invasion', 'caravan', 'caravana', 'asylum', 'asilo', 'safety valve', 'valvula de escape', 'encounters', 'detenciones', 'apprehensions', 'return migration', 'retorno', 'emigration', 'emigracion', 'remain in mexico', 'quedate en mexico'],
    weak: ['crossing', 'crossed', 'cross', 'cruzan', 'cruzar', 'cruzaron', 'leaving', 'coming', 'salen', 'llegan', 'regresan', 'returning', 'illegal', 'ilegales', 'ilegal', 'border patrol', 'patrulla fronteriza', 'cbp', 'ice', 'pouring', 'millions', 'millones', 'each year', 'cada ano', 'enforcement', 'guardia nacional', 'national guard', 'coyote', 'coyotes', 'polleros', 'mojados', 'wetbacks', 'aliens'],
  },
  diaspora: {
    strong: ['mexicans live in', 'mexicanos viven en', 'mexican-born', 'nacidos en mexico', 'mexican immigrants', 'inmigrantes mexicanos', 'americans live in mexico', 'estadounidenses viven en mexico', 'americans living in mexico', 'mexican americans', 'mexicano-estadounidenses', 'diaspora', 'diaspora', 'expats', 'expatriados', 'retirees', 'jubilados', 'paisanos', 'connacionales', 'comunidad mexicana', 'mexican community', 'of mexican origin', 'de origen mexicano'],
    weak: ['live', 'living', 'viven', 'residen', 'reside', 'resident', 'residents', 'residentes', 'population', 'poblacion', 'community', 'comunidad', 'born', 'nacidos', 'origin', 'origen', 'descent', 'ascendencia', 'americans', 'estadounidenses', 'gringos', 'san miguel', 'chapala', 'cdmx', 'million', 'millones', 'largest', 'mayor'],
  },
  'drugs-fentanyl': {
    strong: ['fentanyl', 'fentanilo', 'drugs', 'drogas', 'narcotics', 'narcoticos', 'drug trafficking', 'narcotrafico', 'drug smuggling', 'trafico de drogas', 'overdose', 'overdoses', 'sobredosis', 'cocaine', 'cocaina', 'heroin', 'heroina', 'meth', 'methamphetamine', 'metanfetamina', 'opioids', 'opioides', 'drug demand', 'demanda de drogas', 'precursors', 'precursores', 'smugglers', 'traffickers', 'traficantes', 'mules', 'mulas', 'pills', 'pastillas'],
    weak: ['smuggled', 'smuggle', 'smuggling', 'contrabando', 'seized', 'seizures', 'decomisos', 'incautaciones', 'decomisado', 'ports of entry', 'puertos de entrada', 'garitas', 'citizens', 'ciudadanos', 'convicted', 'sentenciados', 'consumption', 'consumo', 'addicts', 'adictos', 'demand', 'demanda', 'kill', 'killing', 'matan', 'deaths', 'muertes', 'poison', 'veneno', 'sends', 'manda', 'envia', 'china'],
  },
  'guns-trafficking': {
    strong: ['guns', 'gun', 'armas', 'arma', 'firearms', 'firearm', 'armas de fuego', 'weapons', 'weapon', 'rifles', 'rifle', 'ar-15', 'ak-47', 'cuerno de chivo', 'iron river', 'rio de hierro', 'gun trafficking', 'trafico de armas', 'gun shops', 'armerias', 'gun makers', 'fabricantes de armas', 'smith & wesson', 'atf', 'traced', 'rastreadas', 'fast and furious', 'rapido y furioso', 'ammunition', 'municiones', 'gun stores'],
    weak: ['traced', 'tracing', 'rastreo', 'recovered', 'recuperadas', 'aseguradas', 'seized', 'decomisadas', 'smuggled', 'contrabando', 'sold', 'vendidas', 'bought', 'compradas', 'straw purchasers', 'prestanombres', 'lawsuit', 'demanda', 'second amendment', 'segunda enmienda', 'armed', 'armados', 'arsenal'],
  },
  'border-security': {
    strong: ['border', 'frontera', 'border wall', 'muro fronterizo', 'the wall', 'el muro', 'southern border', 'frontera sur', 'frontera norte', 'ports of entry', 'puertos de entrada', 'port of entry', 'garita', 'garitas', 'rail crossing', 'cruce ferroviario', 'border crossing', 'cruce fronterizo', 'terrorists', 'terroristas', 'border patrol', 'patrulla fronteriza', 'miles long', 'km long', 'kilometros de largo', 'pay for the wall', 'pagar el muro', 'pagara el muro', 'open border', 'frontera abierta', 'bridges', 'puentes', 'fence', 'valla', 'barda'],
    weak: ['wall', 'muro', 'crossings', 'cruces', 'security', 'seguridad', 'cooperation', 'cooperacion', 'troops', 'tropas', 'military', 'militares', 'guardia nacional', 'national guard', 'drones', 'miles', 'millas', 'km', 'kilometers', 'kilometros', 'long', 'largo', 'length', 'longitud', 'bridge', 'puente', 'rail', 'railway', 'ferroviario', 'built', 'construido', 'pay', 'pagar', 'pagara', 'isis', 'terrorism', 'terrorismo'],
  },
  'cartels-violence': {
    strong: ['cartel', 'cartels', 'carteles', 'cartel de sinaloa', 'sinaloa cartel', 'cjng', 'jalisco cartel', 'cartel de jalisco', 'organized crime', 'crimen organizado', 'narco', 'narcos', 'war zone', 'zona de guerra', 'violence', 'violencia', 'homicides', 'homicidios', 'murders', 'asesinatos', 'terrorist organizations', 'organizaciones terroristas', 'foreign terrorist', 'narcoterroristas', 'narco-terrorists', 'if it bleeds', 'kingpin', 'capo', 'el chapo', 'zambada', 'military strikes', 'ataques militares', 'intervencion', 'invade', 'invadir'],
    weak: ['violent', 'violento', 'dangerous', 'peligroso', 'killed', 'muertos', 'asesinados', 'kidnapping', 'secuestro', 'extortion', 'extorsion', 'crime', 'crimen', 'criminals', 'criminales', 'gangs', 'pandillas', 'run by', 'controlled', 'controlan', 'controlado', 'media', 'medios', 'coverage', 'cobertura', 'headlines', 'titulares', 'extradition', 'extradicion', 'extradited', 'extraditado', 'merida initiative', 'iniciativa merida', 'dea', 'sovereignty', 'soberania', 'military', 'ejercito', 'travel warning', 'alerta de viaje'],
  },
  'public-opinion': {
    strong: ['poll', 'polls', 'encuesta', 'encuestas', 'favorable', 'unfavorable', 'desfavorable', 'favorability', 'favorabilidad', 'view of', 'opinion of', 'opinion de', 'imagen de', 'percepcion', 'perception', 'pew', 'gallup', 'chicago council', 'survey', 'sondeo', 'see the u.s.', 'ven a', 'view the', 'opinion publica', 'public opinion', 'thermometer', 'termometro', 'distrust', 'desconfianza', 'trust', 'confianza', 'sentiment', 'hate', 'odian', 'anti-americanism', 'antiamericanismo'],
    weak: ['view', 'views', 'see', 'ven', 'opinion', 'opinan', 'think', 'piensan', 'feel', 'sienten', 'like', 'dislike', 'positive', 'positiva', 'negative', 'negativa', 'percent', 'por ciento', 'majority', 'mayoria', 'two in three', 'dos de cada tres', 'respondents', 'encuestados', 'image', 'imagen', 'rating', 'approval', 'aprobacion', 'hostile', 'friends', 'amigos', 'enemy', 'enemigo', 'ally', 'aliado', 'stereotypes', 'estereotipos'],
  },
  'exchanges-diplomacy': {
    strong: ['consulates', 'consulados', 'consulate', 'consulado', 'consular', 'embassy', 'embajada', 'ambassador', 'embajador', 'study abroad', 'estudiar en', 'exchange students', 'estudiantes de intercambio', 'student exchange', 'intercambio estudiantil', 'intercambio academico', 'public diplomacy', 'diplomacia publica', 'sister cities', 'ciudades hermanas', 'city-to-city', 'fulbright', 'open doors', 'digital diplomacy', 'diplomacia digital', 'consular network', 'red consular'],
    weak: ['students', 'estudiantes', 'studied', 'estudiaron', 'study', 'universities', 'universidades', 'scholarships', 'becas', 'exchange', 'exchanges', 'intercambio', 'intercambios', 'diplomacy', 'diplomacia', 'diplomats', 'diplomaticos', 'visits', 'visita', 'summit', 'cumbre', 'dialogue', 'dialogo', 'cooperation', 'cooperacion', 'mayors', 'alcaldes', 'cities', 'ciudades', 'cultural', 'culture'],
  },
  'water-treaty': {
    strong: ['water treaty', 'tratado de aguas', 'treaty of 1944', 'tratado de 1944', '1944 treaty', 'water debt', 'deuda de agua', 'deuda hidrica', 'colorado river', 'rio colorado', 'riogrande', 'ibwc', 'cila', 'minute 319', 'minute 323', 'acta 319', 'acta 323', 'pulse flow', 'flujo pulso', 'water deliveries', 'entregas de agua', 'acre-feet', 'lake mead', 'presa', 'la boquilla', 'water', 'agua'],
    weak: ['treaty', 'tratado', 'rivers', 'rios', 'river', 'rio', 'delta', 'drought', 'sequia', 'reservoirs', 'presas', 'dams', 'deliver', 'entregar', 'entrega', 'owes', 'debe', 'adeuda', 'debt', 'deuda', 'farmers', 'agricultores', 'chihuahua', 'texas', 'tamaulipas', 'irrigation', 'riego', 'cycle', 'ciclo', 'shortage', 'escasez'],
  },
  'world-cup-2026': {
    strong: ['worldcup 2026', 'mundial 2026', 'mundial de 2026', '2026 worldcup', 'co-host', 'co-hosts', 'cohost', 'co-hosted', 'coanfitrion', 'coanfitriones', 'sede', 'sedes', 'host cities', 'ciudades sede', 'estadio azteca', 'metlife', 'united 2026', 'fifa', 'worldcup'],
    weak: ['mundial', 'hosted', 'host', 'hosts', 'anfitrion', 'organizan', 'organizaran', 'albergara', 'opening match', 'partido inaugural', 'final', 'matches', 'partidos', 'teams', 'selecciones', '48', '104', 'tournament', 'torneo', 'canada', 'fans', 'aficionados', 'tickets', 'boletos', 'visas'],
  },
};

/**
 * Anchors decide whether a sentence is about the relationship at all. MX: the Mexican
 * side; US: the U.S. side; BI: words that imply the bilateral relationship on their own.
 */
export const ANCHORS = {
  mx: ['mexico', 'mexican', 'mexicans', 'mexicano', 'mexicanos', 'mexicana', 'mexicanas', 'mexicanidad', 'paisano', 'paisanos', 'connacionales', 'amlo', 'sheinbaum', 'lopez obrador', 'calderon', 'pena nieto', 'fox', 'banxico', 'sre', 'cdmx', 'chilangos', 'tijuana', 'juarez', 'ciudad juarez', 'sinaloa', 'jalisco', 'nuevo laredo', 'matamoros', 'reynosa', 'nogales', 'mexicali', 'sonora', 'chihuahua', 'tamaulipas', 'coahuila', 'michoacan', 'guerrero', 'azteca', 'el chapo', 'cjng', 'nuestro pais', 'el vecino del sur'],
  us: ['usa', 'american', 'americans', 'america', 'estadounidense', 'estadounidenses', 'norteamericano', 'norteamericanos', 'gringo', 'gringos', 'yankees', 'washington', 'white house', 'casa blanca', 'trump', 'biden', 'obama', 'clinton', 'bush', 'harris', 'rubio', 'congress', 'congreso estadounidense', 'texas', 'arizona', 'california', 'el paso', 'san diego', 'laredo', 'our country', 'this country', 'el vecino del norte', 'el norte', 'del otro lado', 'the states', 'cbp', 'ice', 'dea', 'atf', 'border patrol', 'patrulla fronteriza', 'uncle sam', 'tio sam'],
  bi: ['nafta', 'usmca', 'tlcan', 'tmec', 'cusma', 'remittance', 'remittances', 'remesa', 'remesas', 'ibwc', 'cila', 'minute 319', 'minute 323', 'acta 319', 'acta 323', 'tratado de aguas', 'water treaty', 'southern border', 'border wall', 'muro fronterizo', 'frontera norte', 'frontera con estados unidos', 'ports of entry', 'cross-border', 'transfronterizo', 'transfronteriza', 'binacional', 'binational', 'bilateral', 'braceros', 'worldcup 2026', 'mundial 2026', '2026 worldcup', 'mundial de 2026', 'iron river', 'fast and furious', 'rapido y furioso', 'merida initiative', 'iniciativa merida', 'remain in mexico', 'quedate en mexico', 'mexico-usa', 'usa-mexico', 'mexicoestadounidense', 'mexico-estadounidense', 'us-mexico', 'mexican-american', 'mexico-american', 'mexicoamericanos', 'chicanos'],
};

/**
 * Passing mentions: sport, food, travel, weather, culture. A sentence dominated by these
 * is not a claim about the relationship unless it carries strong topic evidence.
 */
export const OFF_TOPIC = ['goal', 'goals', 'gol', 'goles', 'scored', 'anoto', 'match', 'partido', 'beat', 'vencio', 'derroto', 'gano', 'won', 'defeated', 'draw', 'empate', 'empataron', 'league', 'liga', 'gold cup', 'copa oro', 'nations league', 'friendly', 'amistoso', 'coach', 'entrenador', 'tecnico', 'seleccion', 'el tri', 'national team', 'striker', 'delantero', 'halftime', 'medio tiempo', 'penalty', 'penal', 'boxing', 'boxeo', 'baseball', 'beisbol', 'nfl', 'nba', 'mlb', 'grand prix', 'gran premio', 'f1', 'checo', 'recipe', 'receta', 'tacos', 'taco', 'burrito', 'guacamole', 'salsa', 'tequila', 'mezcal', 'cuisine', 'cocina', 'restaurant', 'restaurante', 'food', 'comida', 'chef', 'dish', 'platillo', 'delicious', 'delicioso', 'cancun', 'tulum', 'cabo', 'los cabos', 'puerto vallarta', 'oaxaca', 'beach', 'playa', 'playas', 'resort', 'vacation', 'vacaciones', 'trip', 'viaje', 'tourists', 'turistas', 'itinerary', 'hotel', 'hurricane', 'huracan', 'storm', 'tormenta', 'tropical', 'forecast', 'pronostico', 'rain', 'lluvias', 'weather', 'clima', 'concert', 'concierto', 'museum', 'museo', 'movie', 'pelicula', 'album', 'festival', 'dia de muertos', 'day of the dead', 'telenovela', 'wrestling', 'lucha libre'];

/**
 * Raw substrings, one of which every relevant sentence contains (a Mexico-side or
 * bilateral anchor before normalisation). Text without any is skipped at once.
 */
export const PREFILTER = ['mexic', 'mejic', 'paisano', 'connacional', 'amlo', 'sheinbaum', 'obrador', 'calder', 'peña nieto', 'banxico', 'cdmx', 'chilango', 'tijuana', 'juarez', 'sinaloa', 'jalisco', 'laredo', 'matamoros', 'reynosa', 'nogales', 'sonora', 'chihuahua', 'tamaulipas', 'coahuila', 'michoac', 'guerrero', 'azteca', 'chapo', 'cjng', 'nuestro país', 'vecino del sur', 'nafta', 'usmca', 'tlcan', 't-mec', 't mec', 'tmec', 'cusma', 'remesa', 'remittance', 'ibwc', 'cila', 'minute 3', 'acta 3', 'water treaty', 'tratado de aguas', 'southern border', 'border wall', 'muro', 'the wall', 'frontera', 'ports of entry', 'cross-border', 'transfronteriz', 'binacional', 'binational', 'bracero', 'world cup', 'mundial', 'copa del mundo', 'iron river', 'fast and furious', 'furioso', 'mérida', 'chicano', 'cartel', 'cártel', 'narco', 'fentan', 'border', 'rio grande', 'río bravo', 'colorado river', 'río colorado', 'el tri'];
