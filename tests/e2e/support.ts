// Shared helpers for the end-to-end tests: the list of prerendered pages, an axe scan, and a
// guard that fails on any request leaving 127.0.0.1 (no tracking, no third-party requests).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every prerendered page of build/, as a URL path ("/", "/about", "/lessons/x"). */
export function sitePages(root = 'build'): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) {
				if (name !== '_app') walk(p);
			} else if (name.endsWith('.html')) {
				const rel = relative(root, p)
					.split('\\')
					.join('/')
					.replace(/\.html$/, '');
				out.push(rel === 'index' ? '/' : '/' + rel.replace(/\/index$/, ''));
			}
		}
	};
	walk(root);
	return out.sort();
}

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
