// @vitest-environment happy-dom
/**
 * What a claim's highlight covers, through every site adapter: the claim's sentence, never
 * the link that follows it (a t.co link, a card's address) nor a control's label ("See more").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PageClaims } from '../../content/page-claims';
import { buildTextMap } from '../../content/textmap';
import { createEngine } from '../../engine/engine';
import { segmentSentences } from '../../engine/segment';
import { facebookAdapter } from '../../sites/facebook';
import { genericAdapter } from '../../sites/generic';
import { redditAdapter } from '../../sites/reddit';
import type { SiteAdapter } from '../../sites/types';
import { xAdapter } from '../../sites/x';
import { SAMPLE_FACTS } from './helpers/sample-facts';

const CLAIM = 'Mexico and the United States trade $1.4 billion a day.';
const texts = (t: string) => segmentSentences(t).map((s) => s.text);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a sentence ends before the web address that follows it', () => {
  it('in lower case after its full stop (an address shown without its scheme)', () => {
    expect(texts('Fewer than at the 2007 peak. fronteradata.example/diaspora')).toEqual(['Fewer than at the 2007 peak.', 'fronteradata.example/diaspora']);
    expect(texts('Not migrants. ussc.gov/research/quick…')).toEqual(['Not migrants.', 'ussc.gov/research/quick…']);
    expect(texts('Trade tops a record. freightbridge.example')).toEqual(['Trade tops a record.', 'freightbridge.example']);
  });

  it('with no full stop, when the addresses end the text', () => {
    expect(texts('Remittances hit a record https://t.co/Abc1 https://t.co/Def2')).toEqual(['Remittances hit a record', 'https://t.co/Abc1 https://t.co/Def2']);
    expect(texts('Las remesas marcaron récord: www.example.mx/remesas')).toEqual(['Las remesas marcaron récord:', 'www.example.mx/remesas']);
  });

  it('and keeps an address inside a sentence, decimals and abbreviations as they were', () => {
    expect(texts('Data at pewresearch.org/short-reads show it. Then it grew.')).toEqual(['Data at pewresearch.org/short-reads show it.', 'Then it grew.']);
    expect(texts('Trade was $1.4 billion vs. 3.5 million at 5 p.m. yesterday.')).toEqual(['Trade was $1.4 billion vs. 3.5 million at 5 p.m. yesterday.']);
    expect(texts('The U.S. data.gov portal lists it.')).toEqual(['The U.S. data.gov portal lists it.']);
    expect(texts('https://t.co/Abc1')).toEqual(['https://t.co/Abc1']);
  });
});

/** A post on each site, its claim followed by a link shown as its address, a hashtag and a "See more" control. */
const PAGES: [SiteAdapter, string][] = [
  [
    xAdapter,
    `<article><div data-testid="tweetText" lang="en"><span>${CLAIM} </span><a href="https://t.co/Qm8vYx1"><span aria-hidden="true">https://</span>fronteradata.example/diaspora</a></div></article>`,
  ],
  [redditAdapter, `<shreddit-post><div slot="text-body"><p>${CLAIM} <a href="https://www.example.org/trade">https://www.example.org/trade</a></p></div></shreddit-post>`],
  [
    facebookAdapter,
    `<div role="feed"><div role="article"><div data-ad-preview="message"><div dir="auto">${CLAIM} Economists expect more trade <div role="button" tabindex="0">See more</div></div></div></div></div>`,
  ],
  [genericAdapter, `<main><article><p>${CLAIM} <a href="https://example.com/report">example.com/report</a></p></article></main>`],
];

describe('a claim’s range, through every site adapter', () => {
  const engine = createEngine(SAMPLE_FACTS);
  const added: Range[] = [];
  const highlights = { add: (r: Range) => added.push(r), delete: () => undefined, setFocus: () => undefined } as never;

  it.each(PAGES.map(([adapter, html]) => [adapter.name, adapter, html] as const))('%s: covers the sentence only, never the link or control after it', (_name, adapter, html) => {
    document.body.innerHTML = html;
    added.length = 0;
    const claims = new PageClaims(engine, highlights, { lang: 'en', muted: new Set() });
    const blocks = adapter.blocks(document);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) claims.read(block);
    expect(added.map((r) => r.toString().trim())).toEqual([CLAIM]);
  });

  it('reads a control inside a post as no part of its text', () => {
    document.body.innerHTML = '<div id="b">Remittances rose <div role="button">See more</div></div>';
    expect(buildTextMap(document.getElementById('b')!).text).toBe('Remittances rose ');
  });
});
