import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, sitePages, watchOutsideRequests } from './support';

const pages = sitePages();

test('the build has the pages the course needs', () => {
	expect(pages).toEqual(expect.arrayContaining(['/', '/about', '/404']));
	expect(pages.filter((p) => p.startsWith('/lessons/')).length).toBeGreaterThanOrEqual(2);
});

for (const path of pages) {
	test(`${path}: accessible, no console errors, nothing leaves the device`, async ({ page }) => {
		// Two full axe scans per page; on long pages (the glossary, ~850 elements) colour-contrast
		// alone takes 10 s or more on a busy machine, over the default 30 s for both.
		test.slow();
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		const outside = watchOutsideRequests(page);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page).toHaveTitle(/Corridor/);
		await expectNoAxeViolations(page);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
		expect(outside()).toEqual([]);
	});
}
