import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import PracticeSettingsForm from '../../../src/lib/components/practice/PracticeSettingsForm.svelte';
import {
	DEFAULT_SETTINGS,
	type PracticeSettings
} from '../../../src/lib/components/practice/settings.ts';

const modules = [
	{
		id: 'the-deals',
		title: 'The deals',
		lessons: [
			{ slug: 'the-astana-forum', title: 'The Astana forum' },
			{ slug: 'kinds-of-agreement', title: 'Kinds of agreement' }
		]
	}
];
const concepts = [
	{ id: 'deep-processing', term: 'Deep processing' },
	{ id: 'special-economic-zone', term: 'Special economic zone' }
];

function setup(value: PracticeSettings = DEFAULT_SETTINGS) {
	const onstart = vi.fn();
	render(PracticeSettingsForm, { modules, concepts, value, onstart });
	return { onstart, user: userEvent.setup() };
}

describe('PracticeSettingsForm', () => {
	it('shows the settings it was given (from a bookmarked link)', () => {
		setup({
			...DEFAULT_SETTINGS,
			lessons: ['kinds-of-agreement'],
			concepts: ['special-economic-zone'],
			count: 7,
			difficulty: 3,
			minutes: 5,
			mode: 'test'
		});
		expect(screen.getByRole('checkbox', { name: 'Kinds of agreement' })).toBeChecked();
		expect(screen.getByRole('checkbox', { name: 'The Astana forum' })).not.toBeChecked();
		expect(screen.getByRole('checkbox', { name: 'Special economic zone' })).toBeChecked();
		expect(screen.getByRole('spinbutton', { name: 'Number of questions' })).toHaveValue(7);
		expect(screen.getByRole('radio', { name: 'Hard' })).toBeChecked();
		expect(screen.getByRole('combobox', { name: 'Time limit' })).toHaveDisplayValue('5 minutes');
		expect(screen.getByRole('radio', { name: /^Test/ })).toBeChecked();
	});

	it('starts with the chosen settings', async () => {
		const { onstart, user } = setup();
		await user.click(screen.getByRole('checkbox', { name: 'The Astana forum' }));
		await user.click(screen.getByRole('checkbox', { name: 'Deep processing' }));
		const count = screen.getByRole('spinbutton', { name: 'Number of questions' });
		await user.clear(count);
		await user.type(count, '4');
		await user.click(screen.getByRole('radio', { name: 'Medium' }));
		await user.selectOptions(screen.getByRole('combobox', { name: 'Time limit' }), '10 minutes');
		await user.click(screen.getByRole('radio', { name: /^Test/ }));
		await user.click(screen.getByRole('button', { name: 'Start practice' }));
		expect(onstart).toHaveBeenCalledOnce();
		expect(onstart.mock.calls[0][0]).toEqual({
			lessons: ['the-astana-forum'],
			concepts: ['deep-processing'],
			facts: [],
			count: 4,
			difficulty: 2,
			minutes: 10,
			mode: 'test'
		});
	});

	it('explains a bad number of questions and does not start', async () => {
		const { onstart, user } = setup();
		const count = screen.getByRole('spinbutton', { name: 'Number of questions' });
		await user.clear(count);
		await user.type(count, '99');
		await user.click(screen.getByRole('button', { name: 'Start practice' }));
		expect(onstart).not.toHaveBeenCalled();
		expect(count).toHaveAttribute('aria-invalid', 'true');
		expect(count).toHaveAccessibleDescription(/Type a whole number from 1 to 30/);
		expect(count).toHaveFocus();
	});

	it('keeps the seed of a shared set unless the questions would change', async () => {
		const shared = { ...DEFAULT_SETTINGS, lessons: ['the-astana-forum'], seed: 1234 };
		const first = setup(shared);
		await first.user.click(screen.getByRole('radio', { name: /^Test/ }));
		await first.user.click(screen.getByRole('button', { name: 'Start practice' }));
		expect(first.onstart.mock.calls[0][0].seed).toBe(1234);

		await first.user.click(screen.getByRole('checkbox', { name: 'Kinds of agreement' }));
		await first.user.click(screen.getByRole('button', { name: 'Start practice' }));
		expect(first.onstart.mock.calls[1][0].seed).toBeUndefined();
	});

	it('can leave out the facts from weak spots', async () => {
		const { onstart, user } = setup({ ...DEFAULT_SETTINGS, facts: ['a/b', 'c/d'] });
		const facts = screen.getByRole('checkbox', { name: /2 facts from your weak spots/ });
		expect(facts).toBeChecked();
		await user.click(facts);
		await user.click(screen.getByRole('button', { name: 'Start practice' }));
		expect(onstart.mock.calls[0][0].facts).toEqual([]);
	});
});
