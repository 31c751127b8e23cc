// Review and practice, end to end: a missed fact comes back in Review once the clock has moved on
// (Playwright's page.clock injects the time; the app is unchanged), as a question that tests the
// same fact; practice settings live in the URL and survive a reload.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

const START = new Date('2026-03-02T09:00:00Z');
const LESSON = 'deep-processing';

interface StoredItem {
	factKeys: string[];
	status: string;
}
interface StoredAttempt {
	scope: { kind: string };
	items: StoredItem[];
}

async function attempts(page: Page): Promise<StoredAttempt[]> {
	const text = await page.evaluate(() => localStorage.getItem('corridor:progress'));
	const doc = JSON.parse(text ?? '{"profiles":[]}');
	return doc.profiles.flatMap((p: { attempts: StoredAttempt[] }) => p.attempts);
}

/** Gives the current question a valid answer: the first choice, or 0 for a number. */
async function answerSomething(page: Page) {
	const form = page.locator('main fieldset').first();
	const text = form.getByRole('textbox');
	if (await text.count()) return text.first().fill('0');
	const radio = form.getByRole('radio');
	if (await radio.count()) return radio.first().check();
	const box = form.getByRole('checkbox');
	if (await box.count()) return box.first().check();
	const selects = form.getByRole('combobox');
	for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 });
}

test('a fact answered wrong comes back in Review as a new question on the same fact', async ({
	page
}) => {
	await page.clock.install({ time: START });

	// A one-question test on one lesson, answered until the stored answer is wrong (a number is
	// answered 0, which is never right: every figure in the course is positive).
	let tries = 0;
	for (let seed = 1; seed <= 20; seed++, tries++) {
		await page.goto(`/practice?lesson=${LESSON}&count=1&mode=test&seed=${seed}`);
		await page.getByRole('button', { name: 'Start practice' }).click();
		await answerSomething(page);
		await page.getByRole('button', { name: 'Finish the test' }).click();
		await expect(page.getByRole('button', { name: 'Change settings' })).toBeVisible();
		const [a] = await attempts(page);
		if (a?.items[0].status === 'wrong') break;
		await page.evaluate(() => localStorage.clear());
	}
	expect(tries, 'a one-question set answered wrong').toBeLessThan(20);

	const [first] = await attempts(page);
	expect(first.items[0].status).toBe('wrong');
	const fact = first.items[0].factKeys[0];

	// Straight after the quiz nothing is due yet in Review.
	await page.goto('/review');
	await expect(page.getByText('Nothing is due for review now.')).toBeVisible();

	// Two days later the missed fact is due, and the home page says so.
	await page.clock.setSystemTime(new Date(START.getTime() + 2 * 24 * 3600_000));
	await page.goto('/');
	await expect(page.getByText('1 fact is due for review.')).toBeVisible();
	await page.getByRole('link', { name: 'Review', exact: true }).click();
	await expect(page.getByText('1 fact is due for review now.')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Start review (1 question)' }).click();
	await answerSomething(page);
	await page.getByRole('button', { name: 'Check answer' }).click();
	// after a wrong or partial answer the learner chooses to see the answer
	const results = page.getByRole('button', { name: 'See your results' });
	const show = page.getByRole('button', { name: 'Show the answer' });
	await expect(results.or(show)).toBeVisible();
	if (await show.isVisible()) await show.click();
	await results.click();

	const review = (await attempts(page)).find((a) => a.scope.kind === 'review');
	expect(review, 'a review attempt was recorded').toBeDefined();
	expect(review!.items).toHaveLength(1);
	expect(review!.items[0].factKeys).toContain(fact);

	// The review moved the schedule on: nothing is due now.
	await expect(page.getByText(/Nothing is due for review now|is due for review now/)).toBeVisible();
	await expect(page.getByText('1 fact is due for review now.')).toHaveCount(0);
});

test('practice settings survive a reload through the URL', async ({ page }) => {
	await page.goto('/practice');
	await page
		.getByRole('checkbox', { name: /deep processing/i })
		.first()
		.check();
	const count = page.getByRole('spinbutton', { name: 'Number of questions' });
	await count.fill('3');
	await page.getByRole('radio', { name: 'Easy' }).check();
	await page.getByRole('combobox', { name: 'Time limit' }).selectOption({ label: '5 minutes' });
	await page.getByRole('radio', { name: /^Test/ }).check();
	await page.getByRole('button', { name: 'Start practice' }).click();

	await expect(page.getByRole('timer')).toBeVisible();
	const url = new URL(page.url());
	expect(url.searchParams.get('count')).toBe('3');
	expect(url.searchParams.get('minutes')).toBe('5');
	expect(url.searchParams.get('seed')).toMatch(/^\d+$/);

	await page.reload();
	await expect(page.getByRole('spinbutton', { name: 'Number of questions' })).toHaveValue('3');
	await expect(page.getByRole('radio', { name: 'Easy' })).toBeChecked();
	await expect(page.getByRole('combobox', { name: 'Time limit' })).toHaveValue('5');
	await expect(page.getByRole('radio', { name: /^Test/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /deep processing/i }).first()).toBeChecked();
	await expectNoAxeViolations(page);
});

test('a bad value in a practice link is explained and replaced by its default', async ({
	page
}) => {
	await page.goto('/practice?count=500&lesson=no-such-lesson');
	await expect(page.getByText(/number of questions "500"/)).toBeVisible();
	await expect(page.getByText(/no lesson "no-such-lesson"/)).toBeVisible();
	await expect(page.getByRole('spinbutton', { name: 'Number of questions' })).toHaveValue('10');
});

test('a time limit ends the quiz when it runs out', async ({ page }) => {
	await page.clock.install({ time: START });
	await page.goto(`/practice?lesson=${LESSON}&count=3&minutes=2&mode=test&seed=5`);
	await page.getByRole('button', { name: 'Start practice' }).click();
	await expect(page.getByRole('timer')).toHaveText('2:00');
	await page.clock.runFor(91_000);
	await expect(page.getByText(/seconds left\./)).toBeAttached();
	await page.clock.runFor(30_000);
	await expect(page.getByText('Time is up. Here is how you did.').first()).toBeVisible();
	const all = await attempts(page);
	expect(all).toHaveLength(1);
	expect(all[0].scope.kind).toBe('practice');
});
