import { expect, test } from '@playwright/test';

test('keyboard only: skip link, open a lesson, use its contents, go to the next lesson', async ({
	page
}) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	// Tab forward from main until the first lesson link has focus, as a keyboard user would.
	const firstLesson = page.locator('main .lesson-card h3 a').first();
	const title = (await firstLesson.textContent())!.trim();
	for (
		let i = 0;
		i < 30 && !(await firstLesson.evaluate((el) => el === document.activeElement));
		i++
	) {
		await page.keyboard.press('Tab');
	}
	await expect(firstLesson).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

	// The table of contents is reachable and moves to its section.
	const toc = page.getByRole('navigation', { name: 'On this page' });
	const firstEntry = toc.getByRole('link').first();
	const target = (await firstEntry.getAttribute('href'))!;
	for (
		let i = 0;
		i < 40 && !(await firstEntry.evaluate((el) => el === document.activeElement));
		i++
	) {
		await page.keyboard.press('Tab');
	}
	await expect(firstEntry).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${target}$`));
	await expect(page.locator(target)).toBeInViewport();

	// Next lesson, by keyboard.
	const next = page
		.getByRole('navigation', { name: 'Lessons' })
		.getByRole('link', { name: /Next lesson/ });
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title);
});
