/**
 * The topic ids are a public contract (see docs/topics.md and ../shared/spec/topics.md):
 * `scan` prints them, corpora label with them. This list is their one source of truth.
 */
export const TOPIC_IDS = [
  'trade-volume',
  'trade-partner-rank',
  'nafta-usmca',
  'supply-chains',
  'mexico-economy',
  'remittances',
  'migration-flows',
  'diaspora',
  'drugs-fentanyl',
  'guns-trafficking',
  'border-security',
  'cartels-violence',
  'public-opinion',
  'exchanges-diplomacy',
  'water-treaty',
  'world-cup-2026',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export const TOPIC_LABELS: Record<TopicId, { en: string; es: string }> = {
  'trade-volume': { en: 'Trade volume', es: 'Volumen comercial' },
  'trade-partner-rank': { en: 'Trading-partner rank', es: 'Lugar como socio comercial' },
  'nafta-usmca': { en: 'NAFTA, USMCA and trade policy', es: 'TLCAN, T-MEC y política comercial' },
  'supply-chains': { en: 'Supply chains and manufacturing', es: 'Cadenas de suministro y manufactura' },
  'mexico-economy': { en: "Mexico's economy", es: 'Economía de México' },
  remittances: { en: 'Remittances', es: 'Remesas' },
  'migration-flows': { en: 'Migration flows', es: 'Flujos migratorios' },
  diaspora: { en: 'Diaspora', es: 'Diáspora' },
  'drugs-fentanyl': { en: 'Drugs and fentanyl', es: 'Drogas y fentanilo' },
  'guns-trafficking': { en: 'Gun trafficking', es: 'Tráfico de armas' },
  'border-security': { en: 'The border', es: 'La frontera' },
  'cartels-violence': { en: 'Cartels and violence', es: 'Cárteles y violencia' },
  'public-opinion': { en: 'Public opinion', es: 'Opinión pública' },
  'exchanges-diplomacy': { en: 'Exchanges and diplomacy', es: 'Intercambios y diplomacia' },
  'water-treaty': { en: 'Shared water', es: 'Agua compartida' },
  'world-cup-2026': { en: 'World Cup 2026', es: 'Mundial 2026' },
};

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}
