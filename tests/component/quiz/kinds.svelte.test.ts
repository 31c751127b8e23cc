import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { grade } from '../../../src/lib/quiz/grade.ts';
import Matching from '../../../src/lib/components/quiz/kinds/Matching.svelte';
import MultiSelect from '../../../src/lib/components/quiz/kinds/MultiSelect.svelte';
import NumericAnswer from '../../../src/lib/components/quiz/kinds/NumericAnswer.svelte';
import Ordering from '../../../src/lib/components/quiz/kinds/Ordering.svelte';
import RegionPick from '../../../src/lib/components/quiz/kinds/RegionPick.svelte';
import SingleChoice from '../../../src/lib/components/quiz/kinds/SingleChoice.svelte';
import TrueFalse from '../../../src/lib/components/quiz/kinds/TrueFalse.svelte';
import * as Q from './questions.ts';

/**
 * Renders a view with reactive props, so the view's bound `response` is written back to them;
 * returns a function giving the latest response.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function show(view: any, props: Record<string, unknown>) {
	const state = $state<Record<string, unknown>>({ response: undefined, ...props });
	render(view, { props: state });
	return () => $state.snapshot(state.response);
}

describe('SingleChoice', () => {
	it('is a labelled radio group whose choice becomes the response', async () => {
		const user = userEvent.setup();
		const latest = show(SingleChoice, { question: Q.single });
		const group = screen.getByRole('group', { name: Q.single.prompt });
		const radios = within(group).getAllByRole('radio');
		expect(radios).toHaveLength(3);
		await user.click(screen.getByRole('radio', { name: 'Akmola Region' }));
		expect(latest()).toEqual({ kind: 'single', choice: 'b' });
		expect(grade(Q.single, latest()).status).toBe('wrong');
		// keyboard: arrow keys move the choice within the group
		await user.keyboard('{ArrowUp}');
		expect(latest()).toEqual({ kind: 'single', choice: 'a' });
		expect(grade(Q.single, latest()).status).toBe('correct');
	});

	it('cannot be changed while disabled', async () => {
		const user = userEvent.setup();
		const latest = show(SingleChoice, { question: Q.single, disabled: true });
		await user.click(screen.getByRole('radio', { name: 'Zhambyl Region' }));
		expect(latest()).toBeUndefined();
	});
});

describe('MultiSelect', () => {
	it('collects every checked box, in the choices’ order, and unchecks', async () => {
		const user = userEvent.setup();
		const latest = show(MultiSelect, { question: Q.multi });
		expect(screen.getByText(/There may be more than one/)).toBeInTheDocument();
		await user.click(screen.getByRole('checkbox', { name: 'Amino acids' }));
		await user.click(screen.getByRole('checkbox', { name: 'Lysine' }));
		expect(latest()).toEqual({ kind: 'multi', choices: ['a', 'b'] });
		expect(grade(Q.multi, latest()).status).toBe('correct');
		await user.click(screen.getByRole('checkbox', { name: 'Cotton yarn' }));
		await user.click(screen.getByRole('checkbox', { name: 'Lysine' }));
		expect(latest()).toEqual({ kind: 'multi', choices: ['b', 'c'] });
	});
});

describe('TrueFalse', () => {
	it('offers true and false as radio buttons', async () => {
		const user = userEvent.setup();
		const latest = show(TrueFalse, { question: Q.trueFalse });
		await user.click(screen.getByRole('radio', { name: 'False' }));
		expect(latest()).toEqual({ kind: 'true-false', value: false });
		await user.click(screen.getByRole('radio', { name: 'True' }));
		expect(latest()).toEqual({ kind: 'true-false', value: true });
	});
});

describe('NumericAnswer', () => {
	it('says the unit and the tolerance, and keeps what was typed', async () => {
		const user = userEvent.setup();
		const latest = show(NumericAnswer, { question: Q.numeric });
		const box = screen.getByRole('textbox', { name: 'Your answer, in million US dollars' });
		expect(box).toHaveAccessibleDescription(/within 5% of the right figure/);
		await user.type(box, '0.8 billion');
		expect(latest()).toEqual({ kind: 'numeric', text: '0.8 billion' });
		expect(grade(Q.numeric, latest()).status).toBe('correct');
	});

	it('shows an input problem next to the box and marks it invalid', () => {
		show(NumericAnswer, { question: Q.numeric, error: 'Type a number.' });
		const box = screen.getByRole('textbox');
		expect(box).toHaveAttribute('aria-invalid', 'true');
		expect(box).toHaveAccessibleDescription(/Type a number\./);
	});

	it('states an absolute tolerance in the question’s unit', () => {
		show(NumericAnswer, {
			question: { ...Q.numeric, tolerance: { kind: 'absolute', amount: 50_000_000 } }
		});
		expect(screen.getByRole('textbox')).toHaveAccessibleDescription(
			/within 50 million US dollars of the right figure/
		);
	});
});

describe('Ordering', () => {
	it('reorders by buttons, announces each move and keeps focus on the moved item', async () => {
		const user = userEvent.setup();
		const latest = show(Ordering, { question: Q.ordering });
		// the starting order is the response until the learner moves something
		expect(latest()).toEqual({ kind: 'ordering', order: ['a', 'b', 'c'] });
		const up = screen.getByRole('button', { name: 'Move up: Large plant' });
		await user.click(up);
		expect(latest()).toEqual({ kind: 'ordering', order: ['b', 'a', 'c'] });
		expect(screen.getByText('Large plant: now at position 1 of 3.')).toBeInTheDocument();
		// at the top, "up" is disabled, so focus goes to the same item's "down" button
		expect(screen.getByRole('button', { name: 'Move up: Large plant' })).toBeDisabled();
		expect(document.activeElement).toBe(
			screen.getByRole('button', { name: 'Move down: Large plant' })
		);
		await user.click(screen.getByRole('button', { name: 'Move up: Middle plant' }));
		expect(latest()).toEqual({ kind: 'ordering', order: ['b', 'c', 'a'] });
		expect(grade(Q.ordering, latest()).status).toBe('correct');
		const items = screen.getAllByRole('listitem');
		expect(items.map((li) => li.textContent)).toEqual([
			expect.stringContaining('Large plant'),
			expect.stringContaining('Middle plant'),
			expect.stringContaining('Small plant')
		]);
	});
});

describe('Matching', () => {
	it('has one labelled select per item', async () => {
		const user = userEvent.setup();
		const latest = show(Matching, { question: Q.matching });
		await user.selectOptions(screen.getByRole('combobox', { name: 'Lysine' }), 'Corn');
		expect(latest()).toEqual({ kind: 'matching', pairs: { p1: 'b' } });
		expect(grade(Q.matching, latest()).status).toBe('invalid');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Gluten' }), 'Wheat');
		expect(grade(Q.matching, latest()).status).toBe('correct');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Gluten' }), '');
		expect(latest()).toEqual({ kind: 'matching', pairs: { p1: 'b' } });
	});
});

describe('RegionPick', () => {
	it('gives the same answer from the map and from the list', async () => {
		const user = userEvent.setup();
		const latest = show(RegionPick, { question: Q.regionPick });
		const map = screen.getByRole('radiogroup', { name: /Map of region centres/ });
		await user.click(within(map).getByRole('radio', { name: 'Akmola Region' }));
		expect(latest()).toEqual({ kind: 'region-pick', region: 'akmola' });
		const list = screen.getByRole('group', { name: 'Regions' });
		expect(within(list).getByRole('radio', { name: 'Akmola Region' })).toBeChecked();
		await user.click(within(list).getByRole('radio', { name: 'Zhambyl Region' }));
		expect(latest()).toEqual({ kind: 'region-pick', region: 'zhambyl' });
		expect(within(map).getByRole('radio', { name: 'Zhambyl Region' })).toHaveAttribute(
			'aria-checked',
			'true'
		);
	});

	it('moves between map markers with the arrow keys, one tab stop for the map', async () => {
		const user = userEvent.setup();
		const latest = show(RegionPick, { question: Q.regionPick });
		const map = screen.getByRole('radiogroup', { name: /Map of region centres/ });
		const markers = within(map).getAllByRole('radio');
		expect(markers.filter((m) => m.tabIndex === 0)).toHaveLength(1);
		within(map).getByRole('radio', { name: 'Turkistan Region' }).focus();
		// Turkistan (68.25 E) -> east: Zhambyl (71.37 E) is the nearest centre that way
		await user.keyboard('{ArrowRight}');
		expect(latest()).toEqual({ kind: 'region-pick', region: 'zhambyl' });
		expect(document.activeElement).toHaveAccessibleName('Zhambyl Region');
		// Zhambyl -> north: Akmola
		await user.keyboard('{ArrowUp}');
		expect(latest()).toEqual({ kind: 'region-pick', region: 'akmola' });
		expect(markers.filter((m) => m.tabIndex === 0)).toHaveLength(1);
	});
});
