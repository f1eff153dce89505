// Screenshots of the built demo (dist-demo/, from `npm run build:demo`) at desktop and phone
// size, light and dark, into screenshots/ (ignored by git: CI keeps them as artifacts). Fails
// on a console error or a failed request (a missing favicon included), which a picture hides.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { serveStatic } from '../bench/browser/serve';
import { chromiumArgs, resolveChromium } from '../test/chromium';

const OUT = resolve('screenshots');
const SIZES = [
  { name: 'desktop', width: 1400, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

mkdirSync(OUT, { recursive: true });
const server = await serveStatic(resolve('dist-demo'));
const browser = await chromium.launch({ executablePath: await resolveChromium(), args: chromiumArgs, headless: true });
const problems: string[] = [];
try {
  for (const size of SIZES) {
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, hasTouch: size.name === 'phone' });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${size.name} ${theme}: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${size.name} ${theme}: ${response.status()} ${response.url()}`);
      });
      await page.goto(server.url);
      await page.getByRole('button', { name: /Design Team/ }).click();
      await page.getByLabel('Theme').selectOption(theme);
      // Wait for the history, not for a fixed time.
      await page.locator('.rrr-message').first().waitFor();
      const file = `${OUT}/demo-${size.name}-${theme}.png`;
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
