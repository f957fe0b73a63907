/**
 * The options page at its extension URL, used as a person would: settings, the fact
 * browser and its bilingual search, a user fact added (after a refused attempt), an
 * all-or-nothing import, an export.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionUrl, launchWithExtension, type LaunchedBrowser } from '../../scripts/lib/browser';
import { ROOT } from '../../scripts/lib/data-files';

const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(extensionUrl(browser, 'options.html'));
});

afterAll(async () => {
  await browser?.close();
});

const validFact = {
  id: 'user-bridge-test',
  topic: 'border-security',
  statement: { en: 'A test statement about a border bridge.', es: 'Un enunciado de prueba sobre un puente fronterizo.' },
  asOf: '2024',
  sources: [{ publisher: 'Example Publisher', title: 'Example report', url: 'https://example.org/report', date: '2024-05' }],
  claims: [{ text: 'The bridge carries most trucks', lang: 'en', rating: 'needs-context' }],
  keywords: { en: ['bridge'], es: ['puente'] },
};

describe('options page', () => {
  it('changes settings and keeps them', async () => {
    await page.getByLabel('Underline').check();
    await page.reload();
    await expect(page.getByLabel('Underline').isChecked()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'options-settings.png'), fullPage: true });
  });

  it('browses and searches the fact base in both languages', async () => {
    await page.getByRole('tab', { name: 'Fact base' }).click();
    const items = page.locator('.claim-button');
    await items.first().waitFor();
    const all = await items.count();
    expect(all).toBeGreaterThanOrEqual(60);
    await page.getByPlaceholder(/Search facts/).fill('remesas');
    await expect.poll(() => items.count()).toBeLessThan(all);
    expect(await items.count()).toBeGreaterThan(0);
    await items.first().click();
    await expect(page.locator('h2').first().textContent()).resolves.toMatch(/Remittances/);
    expect(await page.locator('a[href^="http"][rel="noopener noreferrer"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'options-fact.png'), fullPage: true });
    await page.getByRole('button', { name: /Back to the list/ }).click();
  });

  it('refuses a bad user fact with clear problems, then saves a good one', async () => {
    await page.getByPlaceholder(/Search facts/).fill('');
    await page.getByRole('button', { name: 'Add a fact' }).click();
    await page.getByLabel(/^Id/).fill('user-my-fact');
    await page.getByLabel(/Statement in English/).fill('Mexico and the U.S. share a 3,145 km border.');
    await page.getByLabel(/Statement in Spanish/).fill('México y EE.UU. comparten una frontera de 3,145 km.');
    await page.getByLabel(/^As of/).fill('2017');
    await page.getByLabel('Source publisher').fill('International Boundary and Water Commission');
    await page.getByLabel('Source title').fill('Boundary facts');
    await page.getByLabel(/Source URL/).fill('javascript:alert(1)');
    await page.getByLabel('Source date').fill('2017');
    await page.getByRole('button', { name: 'Save fact' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/sources\.0\.url: must be an http/);
    await page.screenshot({ path: join(ARTIFACTS, 'options-problems.png'), fullPage: true });
    await page.getByLabel(/Source URL/).fill('https://www.ibwc.gov/');
    await page.getByRole('button', { name: 'Save fact' }).click();
    await page.getByPlaceholder(/Search facts/).fill('user-my-fact');
    await expect.poll(() => page.locator('.claim-button').count()).toBe(1);
  });

  it('imports all-or-nothing and exports the user facts', async () => {
    await page.getByRole('tab', { name: 'Import and export' }).click();
    const bad = JSON.stringify({ format: 'puente-fact-pack', version: 1, facts: [validFact, { ...validFact, id: 'user-bad', sources: [] }] });
    await page.getByLabel(/Or paste JSON here/).fill(bad);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/user-bad.*sources: needs at least one source/);
    const good = JSON.stringify({ format: 'puente-fact-pack', version: 1, facts: [validFact] });
    await page.getByLabel(/Or paste JSON here/).fill(good);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Imported 1 fact\./);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export your facts' }).click()]);
    const path = join(ARTIFACTS, 'export.json');
    await download.saveAs(path);
    const pack = JSON.parse(readFileSync(path, 'utf8')) as { format: string; facts: { id: string }[] };
    expect(pack.format).toBe('puente-fact-pack');
    expect(pack.facts.map((f) => f.id).sort()).toEqual(['user-bridge-test', 'user-my-fact']);
    // The refused pack wrote nothing: "user-bad" is nowhere.
    expect(pack.facts.some((f) => f.id === 'user-bad')).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'options-import.png'), fullPage: true });
  });
});
