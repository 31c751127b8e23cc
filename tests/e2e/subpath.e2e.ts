import { expect, test } from '@playwright/test';

const ORIGIN = `http://127.0.0.1:${process.env.SUBPATH_PORT ?? 4274}`;
const BASE = '/corridor';

test('hosted under a sub-path, every link and asset resolves', async ({ page, request }) => {
	const failed: string[] = [];
	page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
	const seen = new Set<string>();
	const queue = [`${BASE}/`];
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const res = await page.goto(ORIGIN + path);
		expect(res?.status(), path).toBe(200);
		const hrefs = await page.$$eval('a[href], link[href]', (els) =>
			els.map((e) => (e as HTMLAnchorElement).href)
		);
		for (const href of hrefs) {
			const url = new URL(href);
			if (url.origin !== ORIGIN) continue;
			expect(url.pathname.startsWith(BASE), `${href} on ${path}`).toBe(true);
			if (url.pathname.match(/\.\w+$/)) {
				expect((await request.get(url.href)).status(), url.href).toBe(200);
			} else queue.push(url.pathname);
		}
	}
	expect(seen.size).toBeGreaterThan(3);
	expect(failed).toEqual([]);
});
