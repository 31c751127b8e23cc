// Lesson pages are prerendered HTML that SvelteKit does not hydrate; one island script mounts the
// interactive parts (src/lib/islands/lesson.ts). These tests hold both halves: what the page does
// not ship, and that everything a reader uses still works, also under a sub-path.
import { expect, test, type Page } from '@playwright/test';
import { readContentFiles } from '../../scripts/content-files.ts';
import { buildCourse } from '../../src/lib/content/course.ts';

const course = buildCourse(readContentFiles()).course!;
// A lesson that uses glossary terms, found from the content so rewrites do not break the test.
const lesson =
	course.lessons.find((l) => l.embeds.includes('Term')) ??
	(() => {
		throw new Error('no lesson uses <Term>');
	})();
const SUBPATH = `http://127.0.0.1:${process.env.SUBPATH_PORT ?? 4274}/corridor`;

function scriptsOf(page: Page): string[] {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
	});
	return scripts;
}

test('a lesson loads only its island scripts, not the SvelteKit app or its data', async ({
	page
}) => {
	const scripts = scriptsOf(page);
	await page.goto(`/lessons/${lesson.slug}`);
	// The read tracker is mounted and progress has loaded once its button is enabled.
	await expect(page.getByRole('button', { name: 'Mark as read' })).toBeEnabled();
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((s) => !s.startsWith('/_app/immutable/islands/'))).toEqual([]);
	expect(await page.content()).not.toContain('__sveltekit');
});

test('on a lesson, terms, the theme, the citation and progress work by keyboard', async ({
	page
}) => {
	await page.goto(`/lessons/${lesson.slug}`);
	await expect(page.getByRole('button', { name: 'Mark as read' })).toBeEnabled();

	const term = page.locator('main [data-term]').first();
	const tip = term.getByRole('tooltip', { includeHidden: true });
	await term.getByRole('link').focus();
	await expect(tip).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();

	const toggle = page.getByRole('button', { name: /^Colour theme/ });
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAccessibleName('Colour theme: Theme: light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

	// The citation gives the page's full address once the script runs.
	await expect(page.locator('#cite-title + p')).toContainText(
		`http://127.0.0.1:${process.env.E2E_PORT ?? 4273}/lessons/${lesson.slug}`
	);

	await page.getByRole('button', { name: 'Mark as read' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText(/^✓ You read this lesson on/)).toBeVisible();
	await expect(page.getByRole('link', { name: /^Profile: Learner/ })).toBeVisible();
	await page.reload();
	await expect(page.getByText(/^✓ You read this lesson on/)).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('under a sub-path, a lesson finds its scripts and records progress', async ({ page }) => {
	const scripts = scriptsOf(page);
	await page.goto(`${SUBPATH}/lessons/${lesson.slug}`);
	// Reaching the end of the lesson counts it as read.
	const mark = page.getByRole('button', { name: 'Mark as read' });
	await expect(mark).toBeEnabled();
	await mark.scrollIntoViewIfNeeded();
	await expect(page.getByText(/^✓ You read this lesson on/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'See my progress' })).toHaveAttribute(
		'href',
		'/corridor/progress'
	);
	expect(scripts.every((s) => s.startsWith('/corridor/_app/immutable/islands/'))).toBe(true);
});
