// Shared helpers for the end-to-end tests: the list of prerendered pages, an axe scan, and a
// guard that fails on any request leaving 127.0.0.1 (no tracking, no third-party requests).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export { sitePages } from './support-pages.js';

export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, 'axe violations').toEqual([]);
}

/** Records every request that leaves the local server; call the returned function to read them. */
export function watchOutsideRequests(page: Page): () => string[] {
	const outside: string[] = [];
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') outside.push(req.url());
	});
	return () => outside;
}
