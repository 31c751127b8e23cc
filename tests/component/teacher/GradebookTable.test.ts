import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import GradebookTable from '../../../src/lib/components/teacher/GradebookTable.svelte';
import { buildGradebook } from '../../../src/lib/teacher/index.ts';
import { codeOf } from '../../fixtures/teacher/class.ts';
import { sampleAssignment } from '../../fixtures/teacher/sample.ts';

// Due 2026-12-01T18:00Z; created 2026-11-28T21:00Z.
const a = sampleAssignment;
const codes = [
	codeOf(a, { name: 'Aigerim Nurlanovna', scores: { 'q:one': 1, 'q:two': 0.5 } }),
	codeOf(a, {
		name: '=HYPERLINK("x") <b>Bold</b>',
		scores: { 'q:one': 0, 'q:two': 1 },
		submittedAt: '2026-12-02T09:00:00.000Z'
	}),
	codeOf(a, { name: 'Ержан', scores: { 'q:one': 1, 'q:three': 0 }, seed: 7 })
];

function renderBook(onselect?: (key: string) => void) {
	const gradebook = buildGradebook(a, codes, Date.parse('2026-12-05T00:00:00.000Z'));
	render(GradebookTable, { gradebook, onselect });
	return gradebook;
}

describe('GradebookTable', () => {
	it('one row per student with score, late by device clock and a column per question', () => {
		renderBook();
		const table = screen.getByRole('table', { name: /Gradebook/ });
		const rows = within(table).getAllByRole('row');
		expect(rows).toHaveLength(1 + 3);
		const headers = within(rows[0])
			.getAllByRole('columnheader')
			.map((h) => h.textContent?.trim());
		expect(headers).toContain('Late (student’s device clock)');
		expect(headers.slice(-3)).toEqual(['Q1', 'Q2', 'Q3']);

		const aigerim = rows.find((r) => r.textContent?.includes('Aigerim'))!;
		expect(aigerim).toHaveTextContent('1.5 of 2');
		expect(aigerim).toHaveTextContent('75%');
		const cells = within(aigerim).getAllByRole('cell');
		expect(cells.at(-3)).toHaveTextContent('Right');
		expect(cells.at(-2)).toHaveTextContent('Partly right (50%)');
		expect(cells.at(-1)).toHaveTextContent('Not in this student’s quiz');

		const late = rows.find((r) => r.textContent?.includes('HYPERLINK'))!;
		expect(within(late).getAllByRole('cell')[4]).toHaveTextContent('Yes');
		expect(within(aigerim).getAllByRole('cell')[4]).toHaveTextContent('No');
	});

	it('renders names from codes as text, never as markup', () => {
		renderBook();
		expect(screen.getByText('=HYPERLINK("x") <b>Bold</b>')).toBeInTheDocument();
		expect(document.querySelector('table b')).toBeNull();
	});

	it('notes a variant that does not match the name', () => {
		renderBook();
		const row = screen.getByRole('rowheader', { name: /Ержан/ }).closest('tr')!;
		expect(row).toHaveTextContent('The variant does not match this name');
	});

	it('asks for the drill-down of the chosen student', async () => {
		const onselect = vi.fn();
		const gradebook = renderBook(onselect);
		await userEvent
			.setup()
			.click(screen.getByRole('button', { name: 'Show the answers of Ержан' }));
		const key = gradebook.rows.find((r) => r.name === 'Ержан')!.key;
		expect(onselect).toHaveBeenCalledWith(key);
	});
});
