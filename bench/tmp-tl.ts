import { openBrowser } from './browser/scenarios';
const s = await openBrowser();
for (let i = 0; i < 4; i++) {
  const { page } = await s.newPage();
  page.on('console', (m) => { if (m.text().startsWith('TIMELINE')) console.log(m.text()); });
  await page.evaluate(() => (window as any).__bench.drawer({ members: 100000, pages: 1, replies: true }));
  await page.close();
}
await s.close();
