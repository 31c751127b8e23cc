// Lesson pages are not hydrated: their terms get their behaviour from termTips() over the
// prerendered markup. This renders that markup as plain HTML (no Svelte) and uses it as a reader.
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { termTips } from '../../../src/lib/markdown/term-tip.ts';

const markup = `
	<p>Plants make <span class="term" data-term role="presentation"><a class="word"
		href="/glossary#lysine" aria-describedby="t1-tip">lysine</a><span class="tip" id="t1-tip"
		role="tooltip" hidden><strong>lysine</strong>: an amino acid.</span></span> and
		<a href="/next">another link</a>.</p>`;

afterEach(() => document.body.replaceChildren());

describe('termTips on prerendered lesson markup', () => {
	it('shows a definition on focus and hover, hides it on Escape, blur and leave', async () => {
		document.body.innerHTML = markup;
		const stop = termTips(document);
		const user = userEvent.setup();
		const tip = screen.getByRole('tooltip', { hidden: true });
		expect(tip).not.toBeVisible();

		await user.tab();
		expect(screen.getByRole('link', { name: 'lysine' })).toHaveFocus();
		expect(tip).toBeVisible();
		await user.keyboard('{Escape}');
		expect(tip).not.toBeVisible();
		await user.tab();
		expect(tip).not.toBeVisible();

		await user.hover(screen.getByRole('link', { name: 'lysine' }));
		expect(tip).toBeVisible();
		await user.unhover(screen.getByRole('link', { name: 'lysine' }));
		expect(tip).not.toBeVisible();

		stop();
		await user.hover(screen.getByRole('link', { name: 'lysine' }));
		expect(tip).not.toBeVisible();
	});
});
