import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchOutsideRequests } from './support.ts';

// The lesson every course build has (see content/course.yaml); its quiz has at least 4 questions.
const LESSON = 'deep-processing';
const MODULE = 'the-deals';

async function tabTo(page: Page, target: Locator, max = 60) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

/** Answers the question on screen with the keyboard only, whatever its kind. */
async function answerByKeyboard(page: Page) {
	const form = page.locator('form.question-form');
	const selects = form.locator('select');
	const n = await selects.count();
	if (n > 0) {
		for (let i = 0; i < n; i++) {
			await tabTo(page, selects.nth(i));
			await page.keyboard.press('ArrowDown');
		}
		return;
	}
	const box = form.getByRole('textbox');
	if (await box.count()) {
		await tabTo(page, box);
		await page.keyboard.type('800');
		return;
	}
	// focus is on the question's legend: the first control follows it (a radio, a checkbox, a map
	// marker, or an ordering button); Space chooses or moves it
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
}

const progressText = (page: Page) => page.locator('.progress-text');

async function questionCount(page: Page): Promise<number> {
	const text = (await progressText(page).textContent()) ?? '';
	return Number(/of (\d+)/.exec(text)?.[1]);
}

test('practice mode with the keyboard only: check, retry or reveal, results', async ({ page }) => {
	const outside = watchOutsideRequests(page);
	await page.goto(`/lessons/${LESSON}`);
	const quizLink = page.getByRole('link', { name: /^Quiz: / }).last();
	await tabTo(page, quizLink, 200);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/lessons/${LESSON}/quiz$`));

	const start = page.getByRole('button', { name: 'Start the quiz' });
	await tabTo(page, start);
	await page.keyboard.press('Enter');
	await expect(progressText(page)).toContainText('Question 1 of');
	const total = await questionCount(page);

	for (let i = 1; i <= total; i++) {
		await expect(progressText(page)).toContainText(`Question ${i} of ${total}`);
		// focus moved to the new question
		await expect(page.locator('legend:focus')).toHaveCount(1);
		await answerByKeyboard(page);
		await tabTo(page, page.getByRole('button', { name: 'Check answer' }));
		await page.keyboard.press('Enter');
		const verdict = page.locator('.feedback .verdict');
		await expect(verdict).toBeFocused();
		if (await page.getByRole('button', { name: 'Show the answer' }).count()) {
			await tabTo(page, page.getByRole('button', { name: 'Show the answer' }));
			await page.keyboard.press('Enter');
			await expect(page.getByText('The right answer:')).toBeVisible();
		}
		await expect(page.locator('.feedback').getByText('Why:')).toBeVisible();
		const next = page.getByRole('button', {
			name: i === total ? 'See your results' : 'Next question'
		});
		await tabTo(page, next);
		await page.keyboard.press('Enter');
	}

	await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
	await expect(page.getByText(/You scored .* out of/)).toBeVisible();
	await expect(page.locator('.reviewed')).toHaveCount(total);
	await expectNoAxeViolations(page);
	expect(outside()).toEqual([]);
});

test('test mode: reload mid-quiz, resume, finish and see results', async ({ page }) => {
	await page.goto(`/lessons/${LESSON}/quiz`);
	const practice = page.getByRole('radio', { name: /Practice/ });
	await tabTo(page, practice);
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: /Test/ })).toBeChecked();
	await tabTo(page, page.getByRole('button', { name: 'Start the quiz' }));
	await page.keyboard.press('Enter');
	const total = await questionCount(page);
	await expectNoAxeViolations(page);

	await answerByKeyboard(page);
	await tabTo(page, page.getByRole('button', { name: 'Next question' }));
	await page.keyboard.press('Enter');
	await expect(progressText(page)).toContainText(`Question 2 of ${total}`);
	// no feedback in test mode
	await expect(page.locator('.feedback')).toHaveCount(0);

	await page.reload();
	await expect(page.getByRole('heading', { name: 'You have a quiz in progress' })).toBeVisible();
	await expect(page.getByText(/Test mode, at question 2 of/)).toBeVisible();
	await tabTo(page, page.getByRole('button', { name: 'Resume the quiz' }));
	await page.keyboard.press('Enter');
	await expect(progressText(page)).toContainText(`Question 2 of ${total}`);
	await expect(page.getByText(`1 of ${total} answered`)).toBeVisible();

	for (let i = 2; i <= total; i++) {
		await answerByKeyboard(page);
		const next = page.getByRole('button', {
			name: i === total ? 'Finish the test' : 'Next question'
		});
		await tabTo(page, next);
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
	await expect(page.locator('.reviewed')).toHaveCount(total);
	await expect(page.getByText('Test mode.')).toBeVisible();

	// the finished quiz is no longer offered for resuming
	await page.reload();
	await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'You have a quiz in progress' })).toHaveCount(0);
});

test('an unreadable number is explained, not counted', async ({ page }) => {
	// seed 2 of this module's quiz has a numeric question among its first few (dataset of June 2025)
	await page.goto(`/modules/${MODULE}/quiz?seed=2`);
	await page.getByRole('radio', { name: /Test/ }).check();
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	const total = await questionCount(page);
	const box = page.locator('form.question-form').getByRole('textbox');
	for (let i = 1; i < total && (await box.count()) === 0; i++) {
		await page.getByRole('button', { name: 'Next question' }).click();
	}
	await expect(box, 'this quiz variant should contain a numeric question').toHaveCount(1);
	const at = await progressText(page).textContent();
	await box.fill('lots of money');
	await box.press('Enter');
	await expect(page.getByRole('alert')).toContainText('is not a number we can read');
	await expect(box).toHaveAttribute('aria-invalid', 'true');
	await expect(progressText(page)).toHaveText(at!);
	await box.fill('800 million');
	await box.press('Enter');
	await expect(progressText(page)).not.toHaveText(at!);
});

test('the prerendered quiz page says what it covers and that it needs JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`/lessons/${LESSON}/quiz`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Quiz:');
	await expect(page.getByText('This quiz asks about what the lesson teaches:')).toBeVisible();
	await expect(page.getByText(/this quiz needs JavaScript/)).toBeVisible();
	// no "Preparing the quiz…" that would never finish
	await expect(page.getByText('Preparing the quiz…')).toBeHidden();
	await context.close();
});
