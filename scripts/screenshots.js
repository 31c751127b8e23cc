// Developer aid (not a test): screenshots of pages at phone and desktop widths, light and dark,
// into test-results/screens/. Usage: node scripts/screenshots.js [path ...] (server must be running).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const origin = process.env.ORIGIN ?? 'http://127.0.0.1:4273';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/about'];
const out = 'test-results/screens';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
for (const [name, viewport] of [
	['phone', { width: 390, height: 844 }],
	['desktop', { width: 1440, height: 900 }]
]) {
	for (const scheme of ['light', 'dark']) {
		const page = await browser.newPage({ viewport, colorScheme: scheme });
		for (const path of paths) {
			await page.goto(origin + path);
			await page.waitForTimeout(150);
			const file = `${out}/${name}-${scheme}${path.replace(/[/#?=&]+/g, '_') || '_'}.png`;
			await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
			console.log(file);
		}
		await page.close();
	}
}
await browser.close();
