import { expect, test, type Locator, type Page } from '@playwright/test';

/** Tabs forward until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 60) {
	for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(target).toBeFocused();
}

const projectColumn = (table: Locator) =>
	table.locator('tbody tr th[scope="row"] .project').allTextContents();

test('the deal table sorts and filters by keyboard, and says what it shows', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/data');
	const table = page.getByRole('table', { name: /The itemised deals/ });
	await expect(table).toBeVisible();
	const initial = await projectColumn(table);
	expect(initial.length).toBeGreaterThanOrEqual(5);

	const investment = table.getByRole('columnheader', { name: /Investment/ });
	const sortButton = investment.getByRole('button', { name: /Investment/ });
	await tabTo(page, sortButton);
	await page.keyboard.press('Enter');
	await expect(investment).toHaveAttribute('aria-sort', 'descending');
	// largest first: the TBEA energy package ($3.7 billion) leads
	expect((await projectColumn(table))[0]).toMatch(/Power plant/);
	await page.keyboard.press('Enter');
	await expect(investment).toHaveAttribute('aria-sort', 'ascending');
	expect((await projectColumn(table))[0]).toMatch(/Onion/);

	const project = table.getByRole('columnheader', { name: /Project/ });
	await project.getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(project).toHaveAttribute('aria-sort', 'ascending');
	await expect(investment).not.toHaveAttribute('aria-sort');
	const sorted = await projectColumn(table);
	expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));

	const region = page.getByLabel('Region', { exact: true });
	await region.focus();
	await region.selectOption('Turkistan Region');
	const rows = await projectColumn(table);
	expect(rows.length).toBeGreaterThan(0);
	expect(rows.length).toBeLessThan(initial.length);
	await expect(
		page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ deals/ })
	).toBeVisible();

	const search = page.getByLabel('Search projects and companies');
	await search.focus();
	await page.keyboard.type('no such project');
	await expect(table.getByRole('cell', { name: 'No deal matches these filters.' })).toBeVisible();
	await page.getByRole('button', { name: 'Clear the filters' }).click();
	expect(await projectColumn(table)).toHaveLength(initial.length);
});

test('the table, charts and map have text alternatives, and conflicts are marked in words', async ({
	page
}) => {
	await page.goto('/data');
	const charts = page.getByRole('img', { name: /^Bar chart: / });
	await expect(charts).toHaveCount(2);
	await expect(charts.first()).toHaveAccessibleName(/\$800 million/);
	await expect(charts.first()).toHaveAccessibleName(/reports differ/);
	await expect(
		page.getByRole('img', { name: /Map of Kazakhstan with \d+ numbered markers/ })
	).toBeVisible();
	const legend = page.locator('figure.map ol li');
	expect(await legend.count()).toBeGreaterThanOrEqual(5);
	await expect(legend.first()).toContainText(/Region: .* marker at /);

	const mark = page
		.getByRole('table')
		.first()
		.getByRole('button', { name: 'reports differ' })
		.first();
	await mark.click();
	await expect(
		page.getByRole('note').filter({ hasText: 'Sources report different values' })
	).toBeVisible();
	await page.keyboard.press('Escape');

	// every citation number points at an entry of the page's source list
	const cites = page.locator('a[href^="#source-"]');
	expect(await cites.count()).toBeGreaterThan(10);
	for (const href of new Set(
		await cites.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
	))
		await expect(page.locator(href)).toHaveCount(1);
});

test('without JavaScript the deal table still renders every deal', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/data');
	const rows = page.getByRole('table', { name: /The itemised deals/ }).locator('tbody tr');
	expect(await rows.count()).toBeGreaterThanOrEqual(5);
	await context.close();
});

test('the sources page lists what each source supports and credits the map data', async ({
	page
}) => {
	await page.goto('/sources');
	await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
	const s02 = page.locator('#source-S02');
	await s02.getByText('Supports').click();
	await expect(s02.locator('.supports')).toBeVisible();
	await expect(s02).toContainText(
		/Supports.*Corn deep-processing plant in Zhambyl Region \(.*investment/
	);
	await expect(
		page.getByText(/GeoNames, used under the Creative Commons Attribution 4\.0/)
	).toBeVisible();
	await expect(page.getByText(/Natural Earth, which is in the public domain/)).toBeVisible();
});

test('a lesson fact shows its conflict, cites its sources, and a term explains itself on focus', async ({
	page
}) => {
	await page.goto('/lessons/the-astana-forum');
	const mark = page.locator('.lesson-body').getByRole('button', { name: 'reports differ' }).first();
	await tabTo(page, mark, 120);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('note').filter({ hasText: 'Other reports' })).toBeVisible();
	await page.keyboard.press('Escape');

	const cite = page.locator('.lesson-body a[href^="#source-"]').first();
	await cite.click();
	await expect(page.locator((await cite.getAttribute('href'))!)).toBeVisible();

	const term = page.locator('.lesson-body .term .word').first();
	await term.focus();
	await expect(page.getByRole('tooltip')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('tooltip')).toBeHidden();
	await expect(page.getByRole('heading', { name: 'How to cite this page' })).toBeVisible();
	await expect(page.getByText(/Dataset version \w+, \d+ \w+ \d{4}\./)).toBeVisible();
});
