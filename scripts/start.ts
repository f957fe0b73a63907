/**
 * `npm start`: opens Chromium with the built extension on the bundled demo page. With no
 * display (or with CI set) it runs headless, opens a card, saves a screenshot and prints
 * its path, so you can see the product on any machine.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, serveStatic, waitForClaims } from './lib/browser';
import { ROOT } from './lib/data-files';
import { OverlayProbe } from './lib/overlay-probe';

const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');
const server = await serveStatic();
const browser = await launchWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(`${server.url}/demo/index.html`);
await waitForClaims(page);
const count = await page.evaluate(() => CSS.highlights.get('puente-claim')?.size ?? 0);
console.log(`Puente found ${count} claim(s) on the demo page: ${server.url}/demo/index.html`);

if (headless) {
  const point = await page.evaluate(() => {
    const range = [...CSS.highlights.get('puente-claim')!][0] as Range;
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + 20, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  // The card lives in a closed shadow root: found through the DevTools protocol, as the inspector does.
  await new OverlayProbe(page).waitFor('[role="dialog"]');
  // Past the card's 120 ms fade-in, so the screenshot shows it as a reader does.
  await page.waitForTimeout(300);
  const dir = join(ROOT, 'tests', 'artifacts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'start-demo.png');
  await page.screenshot({ path: file });
  console.log(`No display: ran headless, opened a card, and saved a screenshot to ${file}`);
  await browser.close();
  await server.close();
} else {
  console.log('Click a highlighted claim to open its card. Close the browser window to stop.');
  browser.context.on('close', () => void server.close());
}
