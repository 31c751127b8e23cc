import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import AssignmentForm from '../../../src/lib/components/teacher/AssignmentForm.svelte';
import type { OutlineModule } from '../../../src/lib/components/teacher/variant.ts';
import {
	assignmentSchema,
	decodeAssignment,
	encodeAssignment,
	type Assignment
} from '../../../src/lib/teacher/index.ts';

const outline: OutlineModule[] = [
	{
		id: 'the-deals',
		title: 'The deals',
		lessons: [
			{ slug: 'the-astana-forum', title: 'The Astana forum' },
			{ slug: 'kinds-of-agreement', title: 'Kinds of agreement' }
		]
	},
	{
		id: 'adding-value',
		title: 'Adding value',
		lessons: [{ slug: 'deep-processing', title: 'Deep processing' }]
	}
];
const NOW = Date.parse('2026-11-28T10:00:00.000Z');

function setup() {
	const oncreate = vi.fn<(a: Assignment) => void>();
	render(AssignmentForm, {
		outline,
		datasetVersion: 'ds-1',
		now: () => NOW,
		newSeed: () => 4242,
		oncreate
	});
	return { oncreate, user: userEvent.setup() };
}

describe('AssignmentForm', () => {
	it('builds a valid assignment from whole modules and single lessons, which survives a link', async () => {
		const { oncreate, user } = setup();
		await user.type(screen.getByLabelText('Title'), '  Week 3  ');
		await user.click(screen.getByRole('checkbox', { name: 'The whole module "The deals"' }));
		await user.click(screen.getByRole('checkbox', { name: 'Deep processing' }));
		const count = screen.getByLabelText('Questions per lesson');
		await user.clear(count);
		await user.type(count, '3');
		await user.click(screen.getByRole('radio', { name: /^Test:/ }));
		await user.selectOptions(screen.getByLabelText('Attempts allowed'), '2');
		await user.click(screen.getByRole('checkbox', { name: /own variant/ }));
		await user.click(screen.getByRole('button', { name: 'Create the assignment' }));

		expect(oncreate).toHaveBeenCalledTimes(1);
		const a = oncreate.mock.calls[0][0];
		expect(assignmentSchema.safeParse(a).success).toBe(true);
		expect(a).toMatchObject({
			title: 'Week 3',
			modules: ['the-deals'],
			lessons: ['deep-processing'],
			questionsPerLesson: 3,
			mode: 'test',
			attemptsAllowed: 2,
			perStudentVariant: false,
			seed: 4242,
			createdAt: new Date(NOW).toISOString(),
			datasetVersion: 'ds-1'
		});
		expect(a.dueAt).toBeUndefined();
		const back = decodeAssignment(encodeAssignment(a));
		expect(back.ok && back.assignment).toEqual(a);
	});

	it('a lesson inside a chosen module is shown as included and not listed twice', async () => {
		const { oncreate, user } = setup();
		await user.type(screen.getByLabelText('Title'), 'Deals');
		await user.click(screen.getByRole('checkbox', { name: 'The Astana forum' }));
		await user.click(screen.getByRole('checkbox', { name: 'The whole module "The deals"' }));
		const inside = screen.getByRole('checkbox', { name: 'The Astana forum' });
		expect(inside).toBeChecked();
		expect(inside).toBeDisabled();
		await user.click(screen.getByRole('button', { name: 'Create the assignment' }));
		expect(oncreate.mock.calls[0][0]).toMatchObject({ modules: ['the-deals'], lessons: [] });
	});

	it('lists every problem in words and creates nothing', async () => {
		const { oncreate, user } = setup();
		const count = screen.getByLabelText('Questions per lesson');
		await user.clear(count);
		await user.type(count, '50');
		await user.click(screen.getByRole('button', { name: 'Create the assignment' }));
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Type a title.');
		expect(alert).toHaveTextContent('Choose at least one module or lesson.');
		expect(alert).toHaveTextContent('Questions per lesson must be a whole number from 1 to 20.');
		expect(alert).toHaveFocus();
		expect(oncreate).not.toHaveBeenCalled();
	});

	it('refuses a due date that has already passed and keeps a future one in UTC', async () => {
		const { oncreate, user } = setup();
		await user.type(screen.getByLabelText('Title'), 'Due test');
		await user.click(screen.getByRole('checkbox', { name: 'Deep processing' }));
		const due = screen.getByLabelText('Due date (optional)');
		await user.type(due, '2020-01-01T09:00');
		await user.click(screen.getByRole('button', { name: 'Create the assignment' }));
		expect(screen.getByRole('alert')).toHaveTextContent('The due date has already passed.');
		expect(oncreate).not.toHaveBeenCalled();

		await user.clear(due);
		await user.type(due, '2026-12-01T18:30');
		await user.click(screen.getByRole('button', { name: 'Create the assignment' }));
		const a = oncreate.mock.calls[0][0];
		expect(a.dueAt).toBe(new Date('2026-12-01T18:30').toISOString());
	});
});
