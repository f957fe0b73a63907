import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../scripts/lib/html-text';
import { plainTextBlocks } from '../../scripts/lib/plain-text';

describe('reading text the way a reader sees it', () => {
  it('joins a paragraph wrapped at a fixed width (a PDF or an e-mail) into its sentences', () => {
    const text =
      'The relationship between the United States\nand Mexico is a vital one for both countries.\nIncreasing interdependence has been one of the results of\nNAFTA since its entry into force in the early\n1990s.\n\nSecond paragraph.';
    expect(plainTextBlocks(text)).toEqual([
      'The relationship between the United States and Mexico is a vital one for both countries. Increasing interdependence has been one of the results of NAFTA since its entry into force in the early 1990s.',
      'Second paragraph.',
    ]);
  });

  it('keeps the line breaks of lists and short posts, whose lines end where their sentences do', () => {
    const list = 'Remittances: a record.\nTrade: up again.\nMigration: near zero.';
    expect(plainTextBlocks(list)).toEqual([list]);
    const post = 'remittances hit a record\nthat is more than oil';
    expect(plainTextBlocks(post)).toEqual([post]);
  });

  it("reads a saved page's source-wrapped paragraph as one text", () => {
    const body = `<main><article><p>Water is another old grievance, as the 1944 treaty requires
      Mexico to deliver Rio Grande water to the United States in five-year cycles,
      and Mexico ended the last cycle behind the schedule that the treaty sets for it.</p></article></main>`;
    const [block] = htmlBlocks(`<!doctype html><html><body>${body}</body></html>`);
    expect(block).toContain('as the 1944 treaty requires       Mexico to deliver');
    expect(block).not.toMatch(/requires\n/);
  });
});
