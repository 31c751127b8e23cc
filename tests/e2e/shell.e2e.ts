import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('home and lessons render from the prerendered HTML', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corridor');
		const lesson = page.locator('main .lesson-card h3 a').first();
		await lesson.click();
		await expect(page.locator('.prose h2').first()).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
	});

	test('an unknown address shows the not-found page', async ({ page }) => {
		const response = await page.goto('/no/such/page');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByRole('link', { name: 'Go to the course' })).toBeVisible();
	});
});

test('the theme follows the system and a chosen theme is remembered', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const darkBg = await bg();
	const toggle = page.getByRole('button', { name: /Colour theme/ });
	await expect(toggle).toHaveAccessibleName('Colour theme: Theme: auto');
	await toggle.click(); // auto -> light
	await expect(toggle).toHaveAccessibleName('Colour theme: Theme: light');
	const lightBg = await bg();
	expect(lightBg).not.toBe(darkBg);
	await page.reload();
	expect(await bg()).toBe(lightBg);
	await expect(page.getByRole('button', { name: /Colour theme/ })).toHaveAccessibleName(
		'Colour theme: Theme: light'
	);
});

test('print hides navigation and keeps the lesson', async ({ page }) => {
	await page.goto('/');
	await page.locator('main .lesson-card h3 a').first().click();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.locator('.prose')).toBeVisible();
});

test('the manifest and icons are served', async ({ request }) => {
	const manifest = await request.get('/manifest.webmanifest');
	expect(manifest.ok()).toBe(true);
	const json = await manifest.json();
	expect(json.name).toMatch(/Corridor/);
	for (const icon of json.icons) expect((await request.get(`/${icon.src}`)).ok()).toBe(true);
});
