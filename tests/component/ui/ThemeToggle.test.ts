import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ThemeToggle from '../../../src/lib/components/ui/ThemeToggle.svelte';

afterEach(() => {
	localStorage.clear();
	delete document.documentElement.dataset.theme;
});

describe('ThemeToggle', () => {
	it('cycles auto → light → dark → auto, applying and remembering the choice', async () => {
		const user = userEvent.setup();
		render(ThemeToggle);
		const button = screen.getByRole('button', { name: 'Colour theme: Theme: auto' });

		await user.click(button);
		expect(button).toHaveAccessibleName('Colour theme: Theme: light');
		expect(document.documentElement.dataset.theme).toBe('light');
		expect(localStorage.getItem('corridor:theme')).toBe('light');

		await user.click(button);
		expect(document.documentElement.dataset.theme).toBe('dark');
		expect(localStorage.getItem('corridor:theme')).toBe('dark');

		await user.click(button);
		expect(button).toHaveAccessibleName('Colour theme: Theme: auto');
		expect(document.documentElement.dataset.theme).toBeUndefined();
		expect(localStorage.getItem('corridor:theme')).toBeNull();
	});

	it('starts from the theme already applied to the page', () => {
		document.documentElement.dataset.theme = 'dark';
		render(ThemeToggle);
		expect(screen.getByRole('button')).toHaveAccessibleName('Colour theme: Theme: dark');
	});

	it('still switches the theme when storage is blocked', async () => {
		const user = userEvent.setup();
		const original = Storage.prototype.setItem;
		Storage.prototype.setItem = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
		try {
			render(ThemeToggle);
			await user.click(screen.getByRole('button'));
			expect(document.documentElement.dataset.theme).toBe('light');
		} finally {
			Storage.prototype.setItem = original;
		}
	});
});
