import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import QuizResults from '../../../src/lib/components/quiz/QuizResults.svelte';
import { buildAttempt } from '../../../src/lib/components/quiz/session.ts';
import * as Q from './questions.ts';

const questions = [Q.single, Q.numeric, Q.ordering];
const attempt = buildAttempt(
	{
		id: 'a1',
		scope: { kind: 'lesson', lesson: 'deep-processing' },
		seed: 3,
		datasetVersion: 'v1',
		mode: 'test',
		startedAt: '2025-06-20T10:00:00.000Z',
		finishedAt: '2025-06-20T10:04:12.000Z'
	},
	questions,
	{
		[Q.single.id]: { response: { kind: 'single', choice: 'a' }, checked: false, revealed: false },
		[Q.numeric.id]: { response: { kind: 'numeric', text: '500' }, checked: false, revealed: false },
		[Q.ordering.id]: {
			response: { kind: 'ordering', order: ['b', 'a', 'c'] },
			checked: false,
			revealed: false
		}
	}
);

describe('QuizResults', () => {
	it('shows the score, the time and every question with both answers and a lesson link', () => {
		render(QuizResults, {
			attempt,
			questions,
			lessons: { 'deep-processing': 'Deep processing' },
			sources: { S02: { title: 'Test source', url: 'https://example.org/s02' } }
		});
		// single right, numeric wrong, ordering: 2 of 3 pairs in order
		expect(screen.getByText(/You scored 1\.7 out of 3 \(56%\)\./)).toBeInTheDocument();
		expect(screen.getByText('Time taken: 4 minutes and 12 seconds.')).toBeInTheDocument();
		const items = screen.getAllByRole('listitem').filter((li) => li.matches('.reviewed'));
		expect(items).toHaveLength(3);
		const numeric = within(items[1]);
		expect(numeric.getByText(/Your answer:/).closest('p')).toHaveTextContent(
			'Your answer: 500 (million US dollars)'
		);
		expect(numeric.getByText(/The right answer:/).closest('p')).toHaveTextContent(
			'The right answer: 800 million US dollars'
		);
		expect(numeric.getByRole('heading', { name: /Not right/ })).toBeInTheDocument();
		expect(within(items[2]).getByRole('heading', { name: /Partly right/ })).toBeInTheDocument();
		// the explanation's "Source:" sentence becomes a linked list of sources
		expect(numeric.getByRole('link', { name: 'Test source' })).toHaveAttribute(
			'href',
			'https://example.org/s02'
		);
		expect(numeric.getByText(/Why:/).closest('p')).not.toHaveTextContent('Source:');
		expect(numeric.getByRole('link', { name: 'Deep processing' })).toHaveAttribute(
			'href',
			'/lessons/deep-processing#corn'
		);
	});

	it("names the section a lesson link goes to, when the section's heading is known", () => {
		render(QuizResults, {
			attempt,
			questions,
			lessons: { 'deep-processing': 'Deep processing' },
			sections: { 'deep-processing': { facts: {}, headings: { corn: 'Corn: starch and lysine' } } }
		});
		const numeric = within(
			screen.getAllByRole('listitem').filter((li) => li.matches('.reviewed'))[1]
		);
		expect(
			numeric.getByRole('link', { name: 'Deep processing, section “Corn: starch and lysine”' })
		).toHaveAttribute('href', '/lessons/deep-processing#corn');
	});

	it('offers a new variant and a retry of the missed ones', async () => {
		const user = userEvent.setup();
		const onnewvariant = vi.fn();
		const onretrymissed = vi.fn();
		render(QuizResults, { attempt, questions, onnewvariant, onretrymissed });
		await user.click(screen.getByRole('button', { name: 'Retry the ones I missed' }));
		await user.click(screen.getByRole('button', { name: 'Try a new variant' }));
		expect(onretrymissed).toHaveBeenCalledTimes(1);
		expect(onnewvariant).toHaveBeenCalledTimes(1);
		// a lesson not in the course is not linked
		expect(screen.queryByRole('link', { name: /Deep processing/ })).not.toBeInTheDocument();
	});
});
