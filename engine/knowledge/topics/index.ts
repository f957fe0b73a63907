/**
 * The topic files, one per id of engine/topics.ts (the type asks for every id). Each holds
 * the topic's vocabulary per language and its clause patterns; engine/knowledge/index.ts
 * checks them. Adding a topic: its id in engine/topics.ts, its file here and a line below.
 */
import type { TopicId } from '../../topics';
import tradeVolume from './trade-volume.json';
import tradePartnerRank from './trade-partner-rank.json';
import naftaUsmca from './nafta-usmca.json';
import supplyChains from './supply-chains.json';
import mexicoEconomy from './mexico-economy.json';
import remittances from './remittances.json';
import migrationFlows from './migration-flows.json';
import diaspora from './diaspora.json';
import drugsFentanyl from './drugs-fentanyl.json';
import gunsTrafficking from './guns-trafficking.json';
import borderSecurity from './border-security.json';
import cartelsViolence from './cartels-violence.json';
import publicOpinion from './public-opinion.json';
import exchangesDiplomacy from './exchanges-diplomacy.json';
import waterTreaty from './water-treaty.json';
import worldCup2026 from './world-cup-2026.json';

export const TOPIC_FILES: Record<TopicId, unknown> = {
  'trade-volume': tradeVolume,
  'trade-partner-rank': tradePartnerRank,
  'nafta-usmca': naftaUsmca,
  'supply-chains': supplyChains,
  'mexico-economy': mexicoEconomy,
  remittances: remittances,
  'migration-flows': migrationFlows,
  diaspora: diaspora,
  'drugs-fentanyl': drugsFentanyl,
  'guns-trafficking': gunsTrafficking,
  'border-security': borderSecurity,
  'cartels-violence': cartelsViolence,
  'public-opinion': publicOpinion,
  'exchanges-diplomacy': exchangesDiplomacy,
  'water-treaty': waterTreaty,
  'world-cup-2026': worldCup2026,
};
