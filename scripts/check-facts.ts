/**
 * `npx tsx scripts/check-facts.ts`: validates facts/ and narratives/ and prints, per topic,
 * how many facts there are and which of them still lack a series per figure key or a short form.
 */
import { formatProblem } from '../engine/schema';
import { TOPIC_IDS } from '../engine/topics';
import { loadData } from './lib/data-files';

const { facts, problems } = loadData();
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(2);
}
for (const topic of TOPIC_IDS) {
  const inTopic = facts.filter((f) => f.topic === topic);
  const gaps = inTopic.flatMap((f) => {
    const described = new Set((f.series ?? []).map((s) => s.key));
    const missing = [...new Set((f.figures ?? []).map((g) => g.key))].filter((k) => !described.has(k));
    const out: string[] = [];
    if (missing.length) out.push(`${f.id}: no series for ${missing.join(', ')}`);
    if (!f.short) out.push(`${f.id}: no short form`);
    return out;
  });
  console.log(`${topic.padEnd(22)} ${String(inTopic.length).padStart(3)} facts${gaps.length ? `\n  ${gaps.join('\n  ')}` : ''}`);
}
console.log(`total ${facts.length} facts`);
