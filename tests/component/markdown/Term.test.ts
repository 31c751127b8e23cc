import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createRawSnippet } from 'svelte';
import Term from '../../../src/lib/markdown/Term.svelte';
import { embedsFor, renderEmbed } from './embeds.ts';

const words = createRawSnippet(() => ({ render: () => '<span>amino acids</span>' }));
const embeds = embedsFor('<Term id="lysine">lysine</Term>');

describe('Term', () => {
	it('shows the definition on keyboard focus and hides it on Escape and on blur', async () => {
		const user = userEvent.setup();
		renderEmbed(Term, { id: 'lysine', children: words }, embeds);
		const tip = screen.getByRole('tooltip', { hidden: true });
		expect(tip).not.toBeVisible();

		await user.tab();
		const link = screen.getByRole('link', { name: 'amino acids' });
		expect(link).toHaveFocus();
		expect(link).toHaveAttribute('href', '/glossary#lysine');
		expect(tip).toBeVisible();
		expect(link).toHaveAccessibleDescription(expect.stringContaining(tip.textContent!.slice(-20)));

		await user.keyboard('{Escape}');
		expect(tip).not.toBeVisible();
		await user.tab();
		await user.tab({ shift: true });
		expect(tip).toBeVisible();
		await user.tab();
		expect(tip).not.toBeVisible();
	});

	it('shows the definition on hover', async () => {
		const user = userEvent.setup();
		renderEmbed(Term, { id: 'lysine', children: words }, embeds);
		await user.hover(screen.getByText('amino acids'));
		expect(screen.getByRole('tooltip')).toHaveTextContent(/^lysine: /);
		await user.unhover(screen.getByText('amino acids'));
		expect(screen.getByRole('tooltip', { hidden: true })).not.toBeVisible();
	});

	it('stays focusable with its definition when the site has no glossary page', async () => {
		const user = userEvent.setup();
		renderEmbed(Term, { id: 'lysine', children: words }, embeds, false);
		expect(screen.queryByRole('link')).toBeNull();
		await user.tab();
		expect(screen.getByRole('term')).toHaveFocus();
		expect(screen.getByRole('tooltip')).toBeVisible();
	});
});
