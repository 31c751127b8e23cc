import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';
import { readContentFiles } from '../../scripts/content-files.ts';
import { buildCourse } from '../../src/lib/content/course.ts';
import { loadDataset } from '../../src/lib/content/dataset/index.ts';

// Targets come from the content itself, so the tests keep working as lessons are rewritten.
const files = readContentFiles();
const course = buildCourse(files).course!;
const glossary = loadDataset(files).dataset!.glossary;
const term = glossary.find((g) => g.id === 'lysine') ?? glossary[0];
// A section whose heading is unlikely to appear elsewhere: the longest h2 heading in the course.
const { lesson, section } = course.lessons
	.flatMap((l) => l.sections.filter((s) => s.depth === 2).map((s) => ({ lesson: l, section: s })))
	.sort((a, b) => b.section.heading.length - a.section.heading.length)[0];

const ORIGIN_SUBPATH = `http://127.0.0.1:${process.env.SUBPATH_PORT ?? 4274}`;

/** Presses ArrowDown until the active option matches, as a keyboard user would. */
async function arrowTo(page: Page, box: Locator, matches: (text: string) => boolean) {
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('ArrowDown');
		const id = await box.getAttribute('aria-activedescendant');
		if (id && matches((await page.locator(`[id="${id}"]`).textContent()) ?? '')) return;
	}
	throw new Error('no matching option');
}

test('a glossary term, found from the header by keyboard, opens its glossary entry', async ({
	page
}) => {
	await page.goto(`/lessons/${course.lessons[0].slug}`);
	const box = page.getByRole('combobox', { name: 'Search the course' });
	await box.focus();
	await page.keyboard.type(term.term);
	await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('status').filter({ hasText: /results?\./ })).toHaveText(
		/^\d+ results?\./
	);
	await page.keyboard.press('ArrowDown');
	await expectNoAxeViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page);
	await page.keyboard.press('ArrowUp');
	await arrowTo(page, box, (text) => text.startsWith(term.term) && text.includes('Glossary'));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/glossary#${term.id}$`));
	const entry = page.locator(`[id="${term.id}"]`);
	await expect(entry).toBeInViewport();
	await expect(entry.getByRole('heading', { level: 3 })).toHaveText(term.term);
});

test('a lesson section, found by its topic, opens the lesson at that section', async ({ page }) => {
	await page.goto('/');
	const box = page.getByRole('combobox', { name: 'Search the course' });
	await box.focus();
	await page.keyboard.type(section.heading);
	await arrowTo(
		page,
		box,
		(text) => text.includes(section.heading) && text.includes(`in ${lesson.title}`)
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/lessons/${lesson.slug}#${section.id}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
	const heading = page.locator(`[id="${section.id}"]`);
	await expect(heading).toHaveText(section.heading);
	await expect(heading).toBeInViewport();
});

test('Escape closes the results and Enter without a choice opens the search page', async ({
	page
}) => {
	await page.goto('/');
	const box = page.getByRole('combobox', { name: 'Search the course' });
	await box.focus();
	await page.keyboard.type(term.term);
	await expect(page.getByRole('listbox')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('listbox')).toBeHidden();
	await expect(box).toHaveValue(term.term);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\?q=/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
	const results = page.locator('main ol li a');
	await expect(results.first()).toBeVisible();
	await expect(page.getByRole('link', { name: term.term, exact: true })).toBeVisible();
});

for (const [where, path, script] of [
	['the home page', '/', '/_app/immutable/entry/'],
	['a lesson', `/lessons/${lesson.slug}`, '/_app/immutable/islands/']
] as const) {
	test(`on ${where}, text typed before the page's script has run still gets results`, async ({
		page
	}) => {
		// A slow connection: the page's JavaScript arrives a moment after the HTML.
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		await page.route(`**${script}**`, async (route) => {
			await held;
			await route.continue();
		});
		// Module scripts hold back DOMContentLoaded, so wait only for the HTML to arrive.
		await page.goto(path, { waitUntil: 'commit' });
		const box = page.getByRole('combobox', { name: 'Search the course' });
		await box.focus();
		await page.keyboard.type(term.term);
		release();
		await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
		await expect(box).toHaveValue(term.term);
		await expect(box).toBeFocused();
	});
}

test('the search page reads ?q= and keeps the address in step with the box', async ({ page }) => {
	await page.goto(`/search?q=${encodeURIComponent(section.heading)}`);
	const input = page.getByRole('searchbox', {
		name: 'Search lessons, sections and glossary terms'
	});
	await expect(input).toHaveValue(section.heading);
	await expect(page.getByRole('status').filter({ hasText: 'for “' })).toHaveText(
		new RegExp(`^\\d+ results? for “`)
	);
	await page.getByRole('link', { name: section.heading }).first().click();
	await expect(page).toHaveURL(new RegExp(`/lessons/${lesson.slug}#${section.id}$`));

	await page.goto('/search');
	await page
		.getByRole('searchbox', { name: 'Search lessons, sections and glossary terms' })
		.fill(term.term);
	await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(term.term)}$`));
	await expect(page.getByRole('link', { name: term.term, exact: true })).toBeVisible();
});

test('the search index is fetched only when someone starts to search', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	await page.goto(`/lessons/${lesson.slug}`);
	await page.waitForLoadState('networkidle');
	const before = requests.length;
	expect(requests).not.toContain('/search-index.json');
	await page.getByRole('combobox', { name: 'Search the course' }).focus();
	await expect.poll(() => requests.includes('/search-index.json')).toBe(true);
	// The search code itself arrives with the index, not with the page.
	expect(requests.slice(before).some((p) => p.endsWith('.js'))).toBe(true);
});

test('the glossary lists every term with an anchor and a working A–Z jump list', async ({
	page
}) => {
	await page.goto('/glossary');
	for (const g of glossary) await expect(page.locator(`[id="${g.id}"]`)).toHaveCount(1);
	const letters = page.getByRole('navigation', { name: 'Jump to a letter' });
	const first = letters.getByRole('link').last();
	const letter = (await first.textContent())!.trim();
	await first.focus();
	await page.keyboard.press('Enter');
	const heading = page.getByRole('heading', { level: 2, name: letter, exact: true });
	await expect(heading).toBeInViewport();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page explains that search needs JavaScript and offers lessons and the glossary', async ({
		page
	}) => {
		await page.goto('/search?q=anything');
		await expect(page.getByText(/Search needs JavaScript/)).toBeVisible();
		for (const l of course.lessons) {
			await expect(page.getByRole('link', { name: l.title, exact: true }).first()).toBeVisible();
		}
		await page.getByRole('main').getByRole('link', { name: 'Glossary' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
	});

	test('the header search form still leads to the search page', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('combobox', { name: 'Search the course' }).fill(term.term);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/search\?q=/);
		await expect(page.getByText(/Search needs JavaScript/)).toBeVisible();
	});
});

test('search works when the site is hosted under a sub-path', async ({ page }) => {
	await page.goto(`${ORIGIN_SUBPATH}/corridor/`);
	const box = page.getByRole('combobox', { name: 'Search the course' });
	await box.focus();
	await page.keyboard.type(term.term);
	await arrowTo(page, box, (text) => text.startsWith(term.term));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`${ORIGIN_SUBPATH}/corridor/glossary#${term.id}`);
});
