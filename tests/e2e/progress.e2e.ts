import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sampleExport, sampleProgress } from './progress-data';
import { expectNoAxeViolations } from './support';

const KEY = 'corridor:progress';
const FORUM = '/lessons/the-astana-forum';
const DEEP = '/lessons/deep-processing';

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** Scrolls to the end of the lesson, which counts it as read. */
async function readToEnd(page: Page) {
	await page.getByRole('region', { name: 'Lesson read' }).scrollIntoViewIfNeeded();
	await expect(page.getByText(/You read this lesson on/)).toBeVisible();
}

test('a lesson marked as read stays read after a reload, on the lesson and the course map', async ({
	page
}) => {
	await page.goto(FORUM);
	const button = page.getByRole('button', { name: 'Mark as read' });
	await expect(button).toBeEnabled();
	// Pressed without scrolling, so the end of the lesson is not reached first.
	await button.dispatchEvent('click');
	await expect(page.getByText(/You read this lesson on/)).toBeAttached();
	await expect(page.getByRole('link', { name: /Profile: Learner/ })).toBeVisible();
	await page.reload();
	await expect(page.getByText(/You read this lesson on/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
	await page.goto('/');
	const card = page.locator('.lesson-card', { hasText: 'The Astana forum' });
	await expect(card.getByText(/^✓ Read$/)).toBeVisible();
});

test('scrolling to the end of a lesson counts it as read', async ({ page }) => {
	await page.goto(DEEP);
	await expect(page.getByRole('button', { name: 'Mark as read' })).toBeEnabled();
	await expect(page.getByText(/You read this lesson on/)).toHaveCount(0);
	await readToEnd(page);
	await page.goto('/progress');
	await expect(page.getByText('Lessons read: 1')).toBeVisible();
});

test('two tabs of the same browser both record their work', async ({ context }) => {
	const one = await context.newPage();
	const two = await context.newPage();
	await one.goto(FORUM);
	await two.goto(DEEP);
	await expect(one.getByRole('button', { name: 'Mark as read' })).toBeEnabled();
	await expect(two.getByRole('button', { name: 'Mark as read' })).toBeEnabled();
	await readToEnd(one);
	await readToEnd(two);
	await one.goto('/progress');
	await expect(one.getByText('Lessons read: 2')).toBeVisible();
	await two.reload();
	await expect(two.getByText(/You read this lesson on/)).toBeVisible();
});

test('damaged stored progress: a plain message, the rest works, the damaged copy is kept', async ({
	page
}) => {
	await page.addInitScript((k) => localStorage.setItem(k, '{"version": 2, "profiles": [oops'), KEY);
	await page.goto(FORUM);
	await expect(page.getByText(/Your saved progress was damaged/)).toBeVisible();
	await readToEnd(page);
	const kept = await page.evaluate(() =>
		Object.keys(localStorage)
			.filter((k) => k.startsWith('corridor:progress:quarantine:'))
			.map((k) => localStorage.getItem(k))
	);
	expect(kept).toEqual(['{"version": 2, "profiles": [oops']);
	expect(JSON.parse((await stored(page)) ?? 'null').profiles).toHaveLength(1);
});

test('storage blocked: a message, the site keeps working, export is offered', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(FORUM);
	await expect(page.getByText(/does not let the site store data/)).toBeVisible();
	await readToEnd(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export your progress' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^corridor-progress-.*\.json$/);
	// The export carries what was done on this page, which is all a blocked browser can keep.
	const exported = JSON.parse(readFileSync((await file.path())!, 'utf8'));
	expect(JSON.stringify(exported)).toContain(`"${FORUM.split('/').pop()}"`);
	await page.getByRole('link', { name: 'My progress', exact: true }).click();
	await expect(page.getByText(/does not let the site store data/)).toBeVisible();
	expect(errors).toEqual([]);
});

test('importing a broken file shows a message and changes nothing', async ({ page }) => {
	await page.addInitScript(
		([k, doc]) => {
			if (!localStorage.getItem(k)) localStorage.setItem(k, doc);
		},
		[KEY, JSON.stringify(sampleProgress('Dias', 'dias'))]
	);
	await page.goto('/progress#backup');
	await expect(page.getByText('Showing the progress of “Dias”.')).toBeVisible();
	const before = await stored(page);
	await page.getByLabel('Choose a backup file to import').setInputFiles({
		name: 'progress.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"app":"corridor","kind":"progress","version":2,"data":{"profiles":7}}')
	});
	await expect(page.getByRole('alert')).toHaveText(
		/damaged and could not be read\. Nothing was changed\./
	);
	await page.getByLabel('Choose a backup file to import').setInputFiles({
		name: 'photo.json',
		mimeType: 'application/json',
		buffer: Buffer.from('not json at all')
	});
	await expect(page.getByRole('alert')).toHaveText(/not a Corridor progress backup/);
	expect(await stored(page)).toBe(before);
});

test('importing a good export: preview first, then merge', async ({ page }) => {
	await page.goto('/progress');
	await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();
	await page.getByLabel('Choose a backup file to import').setInputFiles({
		name: 'corridor-progress.json',
		mimeType: 'application/json',
		buffer: Buffer.from(sampleExport('Aigerim'))
	});
	const preview = page.getByRole('group', { name: 'What this import will add' });
	await expect(preview).toContainText('New profiles: 1. New quiz attempts: 3.');
	expect(await stored(page)).toBeNull();
	await preview.getByRole('button', { name: 'Add to my progress' }).click();
	await expect(page.getByText(/Import finished/)).toBeVisible();
	await page.reload();
	await expect(page.getByText('Showing the progress of “Aigerim”.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Quiz history' })).toBeVisible();
	await expect(
		page.getByRole('table', { name: 'Your finished quizzes, newest first' })
	).toBeVisible();
	await expect(page.getByRole('img', { name: /3 quizzes from/ })).toBeVisible();
});

test('My progress with data passes axe in light and dark', async ({ page }) => {
	await page.addInitScript(
		([k, doc]) => localStorage.setItem(k, doc),
		[KEY, JSON.stringify(sampleProgress())]
	);
	await page.goto('/progress');
	await expect(page.getByRole('heading', { name: 'Weak spots' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 390, height: 800 });
	await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('My progress explains that progress needs JavaScript and stays on the device', async ({
		page
	}) => {
		await page.goto('/progress');
		await expect(page.getByText(/needs JavaScript to show your progress/)).toBeVisible();
		await expect(page.getByText(/kept only in this browser, on this device/)).toBeVisible();
		await expect(page.getByRole('heading', { name: 'How the levels are decided' })).toBeVisible();
	});
});
