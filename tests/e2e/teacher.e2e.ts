// A teacher builds an assignment, two students (two browser contexts, so two devices) open the
// link, type their names and finish, and the teacher pastes both codes and reads the gradebook.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchOutsideRequests } from './support';

/** Answers the question on screen with the first thing it offers, whatever its kind. */
async function answerCurrent(page: Page) {
	const form = page.locator('form.question-form');
	const radios = form.getByRole('radio');
	const boxes = form.getByRole('checkbox');
	const selects = form.getByRole('combobox');
	const text = form.getByRole('textbox');
	if (await radios.count()) await radios.first().check();
	else if (await boxes.count()) await boxes.first().check();
	else if (await selects.count()) {
		for (let i = 0; i < (await selects.count()); i++)
			await selects.nth(i).selectOption({ index: 1 });
	} else if (await text.count()) await text.first().fill('100');
	// ordering: the order as shown is already an answer
}

async function takeAssignment(page: Page, link: string, name: string): Promise<string> {
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Class test: the deals');
	await expect(page.getByText(/^Covers: The deals\.$/)).toBeVisible();
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Start' }).click();
	for (let i = 0; i < 10; i++) {
		await answerCurrent(page);
		const finish = page.getByRole('button', { name: 'Finish the test' });
		if (await finish.isVisible()) {
			await finish.click();
			break;
		}
		await page.getByRole('button', { name: 'Next question' }).click();
	}
	await expect(
		page.getByRole('heading', { name: 'Send your result to your teacher' })
	).toBeVisible();
	const code = await page.getByLabel('Your result code').inputValue();
	expect(code).toMatch(/^corridor-r1\./);
	return code;
}

test('a teacher assigns, two students finish, the gradebook shows both and flags a damaged code', async ({
	page,
	browser
}) => {
	const outside = watchOutsideRequests(page);
	await page.goto('/teach');
	await page.getByLabel('Title').fill('Class test: the deals');
	await page.getByRole('checkbox', { name: 'The whole module "The deals"' }).check();
	await page.getByLabel('Questions per lesson').fill('1');
	await page.getByRole('radio', { name: /^Test:/ }).check();
	await page.getByRole('button', { name: 'Create the assignment' }).click();

	const linkBox = page.getByRole('textbox', { name: 'Link for students' });
	const link = await linkBox.inputValue();
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/assignment#a1\./);
	await expect(page.getByRole('img', { name: /QR code of the link/ })).toBeVisible();
	await expect(page.getByText(/A result code only detects accidental damage/)).toBeVisible();
	await expectNoAxeViolations(page);

	const codes: string[] = [];
	for (const name of ['Aigerim Nurlanovna', 'Ержан Сейтқали']) {
		const context = await browser.newContext();
		const student = await context.newPage();
		codes.push(await takeAssignment(student, link, name));
		await context.close();
	}

	const damaged = codes[0].slice(0, 30) + (codes[0][30] === 'A' ? 'B' : 'A') + codes[0].slice(31);
	await page.goto('/teach/results');
	await expect(page.getByRole('combobox', { name: 'Assignment' })).toHaveValue(/[0-9a-z]{8}/);
	await page
		.getByLabel(/Paste result codes/)
		.fill(`Here are our codes:\n${codes[0]}\n${codes[1]}\n${damaged}`);
	await page.getByRole('button', { name: 'Add these codes' }).click();
	await expect(page.getByText(/3 results added/)).toBeVisible();

	const table = page.getByRole('table', { name: /Gradebook/ });
	await expect(table.getByRole('rowheader', { name: /Aigerim Nurlanovna/ })).toBeVisible();
	await expect(table.getByRole('rowheader', { name: /Ержан Сейтқали/ })).toBeVisible();
	await expect(page.getByRole('table', { name: /Item analysis/ })).toBeVisible();
	const flagged = page.getByRole('region', { name: 'Entries not counted' });
	await expect(flagged.getByText(/Entry 3: Damaged\./)).toBeVisible();
	await expect(flagged.getByText(/Entry 1:/)).toHaveCount(0);

	await page.getByRole('button', { name: 'Show the answers of Aigerim Nurlanovna' }).click();
	await expect(page.getByRole('heading', { name: 'Answers of Aigerim Nurlanovna' })).toBeVisible();
	await expect(page.getByText('The right answer:').first()).toBeVisible();
	await expectNoAxeViolations(page);
	expect(outside()).toEqual([]);
});

test('a broken assignment link gets a plain message', async ({ page }) => {
	await page.goto('/assignment#a1.this-is-not-a-real-link');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'This assignment link does not work'
	);
	await expect(page.getByRole('alert')).toContainText(/assignment link/);
	await expectNoAxeViolations(page);
});

test('a link with no assignment in it says what to do', async ({ page }) => {
	await page.goto('/assignment');
	await expect(page.getByRole('alert')).toContainText('Ask your teacher for the link again');
});
