// @vitest-environment happy-dom
/**
 * A sentence with two checkable claims is read against two records ("third-largest trading partner and second-largest
 * buyer of U.S. exports"): the card, the classroom view, the worksheet and the copied summary say which record each line
 * reads, and list the sources of the second record too, so every line shown has a source the reader can open.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '../../components/ClaimCard';
import { Classroom } from '../../components/Classroom';
import { escapeHtml } from '../../classroom/worksheet';
import { createEngine } from '../../engine/engine';
import { buildSummary } from '../../engine/summary';
import { BUNDLED_FACTS as facts } from '../../store/bundled';
import { pageWithClaim } from './helpers/page-claims';

afterEach(cleanup);

const bundled = createEngine(facts);
const byId = new Map(facts.map((f) => [f.id, f]));
const factById = (id: string) => byId.get(id);

const TWO = "Mexico has become the U.S.' third-largest trading partner and is the second-largest buyer of U.S. exports.";
const ONE = 'Mexico and the United States trade $1.4 billion a day.';

const read = (text: string) => {
  const finding = bundled.analyze(text)[0]!;
  return { finding, fact: byId.get(finding.factId)! };
};

function card(text: string, lang: 'en' | 'es' = 'en') {
  const { finding, fact } = read(text);
  render(<ClaimCard finding={finding} fact={fact} factById={factById} lang={lang} onLangChange={vi.fn()} onClose={vi.fn()} onCopy={vi.fn(async () => true)} onMute={vi.fn()} />);
  return { finding, fact };
}

describe('a card whose lines read two records', () => {
  it('reads the sentence against two facts (the premise of the rest)', () => {
    const { finding } = read(TWO);
    const factIds = new Set((finding.figures ?? []).map((f) => f.factId));
    expect(factIds.size).toBe(2);
  });

  it('names the measure of each line and lists the other record’s sources under it, in both languages', () => {
    const { finding, fact } = card(TWO);
    const other = byId.get(finding.figures!.find((f) => f.factId !== fact.id)!.factId!)!;
    const measures = [...document.querySelectorAll('.figure .figure-measure')].map((m) => m.textContent);
    expect(measures).toEqual(finding.figures!.map((f) => f.measure!.en));
    const group = document.querySelector('.sources .other-sources')!;
    expect(group.querySelector('h4')!.textContent).toBe(`For “${finding.figures!.find((f) => f.factId === other.id)!.measure!.en}”`);
    const hrefs = [...group.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(other.sources.map((s) => s.url)).toContain(href);
    cleanup();
    card(TWO, 'es');
    expect([...document.querySelectorAll('.figure .figure-measure')].map((m) => m.textContent)).toEqual(finding.figures!.map((f) => f.measure!.es));
    expect(document.querySelector('.sources .other-sources h4')!.textContent).toMatch(/^Para «.+»$/);
  });

  it('names no measure where every line reads the card’s own series', () => {
    const { finding } = card(ONE);
    expect(finding.figures!.length).toBeGreaterThan(0);
    expect(document.querySelector('.figure-measure')).toBeNull();
    expect(document.querySelector('.other-sources')).toBeNull();
  });

  it('copies a summary that cites the other record’s source', () => {
    const { finding, fact } = read(TWO);
    const other = byId.get(finding.figures!.find((f) => f.factId !== fact.id)!.factId!)!;
    const summary = buildSummary(finding.text, finding.rating, fact, 'en', finding.figures, factById);
    expect(summary).toContain(fact.sources[0]!.url);
    expect(other.sources.some((s) => summary.includes(s.url))).toBe(true);
    for (const f of finding.figures!) expect(summary).toContain(`${f.measure!.en}: The claim says`);
  });

  it('does the same in the classroom view and its worksheet', () => {
    const { finding, fact } = read(TWO);
    const other = byId.get(finding.figures!.find((f) => f.factId !== fact.id)!.factId!)!;
    const onDownload = vi.fn();
    render(
      <Classroom
        lang="en"
        page={pageWithClaim(finding, 'Trade story', { figures: finding.figures })}
        facts={byId}
        frames={new Map()}
        today="2026-12-06"
        onRefresh={vi.fn()}
        onLangChange={vi.fn()}
        onDownload={onDownload}
      />,
    );
    const measure = finding.figures!.find((f) => f.factId === other.id)!.measure!.en;
    expect(screen.getByRole('heading', { name: `For “${measure}”` })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /HTML/ }));
    fireEvent.click(screen.getByRole('button', { name: /Markdown/ }));
    const [html, markdown] = onDownload.mock.calls.map((c) => c[2] as string);
    const otherUrl = other.sources.find((s) => !fact.sources.some((t) => t.url === s.url))!.url;
    expect(html).toContain(escapeHtml(otherUrl));
    expect(html).toContain(escapeHtml(`${measure}: The claim says`));
    expect(markdown).toContain(otherUrl);
    expect(markdown).toContain(`${measure}: The claim says`);
  });
});
