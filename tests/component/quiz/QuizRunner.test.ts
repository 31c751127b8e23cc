import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import QuizRunner from '../../../src/lib/components/quiz/QuizRunner.svelte';
import { activeQuizSchema, attemptSchema } from '../../../src/lib/progress/schema.ts';
import type { ActiveQuizInput, Attempt } from '../../../src/lib/progress/schema.ts';
import * as Q from './questions.ts';

const T0 = Date.parse('2025-06-20T10:00:00.000Z');

function setup(props: Record<string, unknown> = {}) {
	let clock = T0;
	const saves: ActiveQuizInput[] = [];
	const onfinish = vi.fn<(a: Attempt) => void>();
	render(QuizRunner, {
		questions: [Q.single, Q.numeric, Q.trueFalse],
		mode: 'practice',
		quizKey: 'lesson:deep-processing',
		scope: { kind: 'lesson', lesson: 'deep-processing' },
		seed: 7,
		datasetVersion: 'abc123',
		attemptId: 'attempt-1',
		now: () => clock,
		onsave: (q: ActiveQuizInput) => saves.push(q),
		onfinish,
		...props
	});
	return {
		user: userEvent.setup(),
		saves,
		onfinish,
		tick: (ms: number) => (clock += ms)
	};
}

// jsdom and user-event are slow on a busy machine; these long flows get room (not a timing test)
vi.setConfig({ testTimeout: 30_000 });

const lastSaved = (saves: ActiveQuizInput[]) => saves[saves.length - 1];

describe('QuizRunner, practice mode', () => {
	it('checks an answer, lets the learner retry or reveal, and counts the first answer', async () => {
		const { user, saves, onfinish, tick } = setup();
		expect(screen.getByText('Question 1 of 3')).toBeInTheDocument();
		// focus starts on the question itself
		expect(document.activeElement).toHaveTextContent(Q.single.prompt);

		await user.click(screen.getByRole('radio', { name: 'Akmola Region' }));
		await user.click(screen.getByRole('button', { name: 'Check answer' }));
		const verdict = screen.getByRole('heading', { name: /Not right/ });
		expect(document.activeElement).toBe(verdict);
		// the explanation would give the answer away, so it waits for a retry or a reveal
		expect(screen.queryByText(/Why:/)).not.toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'Zhambyl Region' })).toBeDisabled();

		await user.click(screen.getByRole('button', { name: 'Try again' }));
		expect(document.activeElement).toHaveTextContent(Q.single.prompt);
		await user.click(screen.getByRole('radio', { name: 'Zhambyl Region' }));
		await user.click(screen.getByRole('button', { name: 'Check answer' }));
		expect(screen.getByRole('heading', { name: /Right/ })).toBeInTheDocument();
		expect(screen.getByText(/Your first answer counts for the score/)).toBeInTheDocument();
		expect(screen.getByText(/The plant is planned in Zhambyl Region/)).toBeInTheDocument();
		const saved = lastSaved(saves);
		expect(
			activeQuizSchema.safeParse({ ...saved, kind: 'active', updatedAt: '2025-06-20T10:00:00Z' })
				.success
		).toBe(true);
		expect(saved.answers[Q.single.id]).toMatchObject({ status: 'wrong', score: 0, checked: true });

		await user.click(screen.getByRole('button', { name: 'Next question' }));
		expect(screen.getByText('Question 2 of 3')).toBeInTheDocument();
		expect(document.activeElement).toHaveTextContent(Q.numeric.prompt);
		expect(lastSaved(saves).position).toBe(1);

		// a number that cannot be read is explained and not counted
		const box = screen.getByRole('textbox', { name: /Your answer/ });
		await user.type(box, 'lots{Enter}');
		expect(screen.getByRole('alert')).toHaveTextContent(/not a number we can read/);
		expect(box).toHaveAttribute('aria-invalid', 'true');
		expect(lastSaved(saves).answers[Q.numeric.id].status).toBeUndefined();
		await user.clear(box);
		await user.type(box, '$790m{Enter}');
		expect(screen.getByRole('heading', { name: /Right/ })).toBeInTheDocument();
		expect(screen.queryByText(/first answer counts/)).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Next question' }));

		await user.click(screen.getByRole('radio', { name: 'False' }));
		await user.click(screen.getByRole('button', { name: 'Check answer' }));
		await user.click(screen.getByRole('button', { name: 'Show the answer' }));
		expect(screen.getByText(/The right answer:/).closest('p')).toHaveTextContent(
			'The right answer: True'
		);
		expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();

		tick(95_000);
		await user.click(screen.getByRole('button', { name: 'See your results' }));
		expect(onfinish).toHaveBeenCalledTimes(1);
		const attempt = onfinish.mock.calls[0][0];
		expect(attemptSchema.safeParse(attempt).error?.issues).toBeUndefined();
		expect(attempt).toMatchObject({
			id: 'attempt-1',
			mode: 'practice',
			seed: 7,
			datasetVersion: 'abc123',
			durationMs: 95_000,
			score: 1,
			maxScore: 3
		});
		expect(attempt.items.map((i) => [i.questionId, i.status])).toEqual([
			[Q.single.id, 'wrong'],
			[Q.numeric.id, 'correct'],
			[Q.trueFalse.id, 'wrong']
		]);
		expect(attempt.items[1]).toMatchObject({
			factKeys: Q.numeric.factKeys,
			lesson: { slug: 'deep-processing', section: 'corn' },
			response: { kind: 'numeric', text: '$790m' }
		});
	});

	it('explains an empty answer instead of grading it', async () => {
		const { user, saves } = setup();
		await user.click(screen.getByRole('button', { name: 'Check answer' }));
		expect(screen.getByText(/Choose an answer first/)).toBeInTheDocument();
		expect(screen.queryByRole('heading', { name: /Not right/ })).not.toBeInTheDocument();
		expect(saves.every((s) => s.answers[Q.single.id]?.status === undefined)).toBe(true);
	});
});

describe('QuizRunner, test mode', () => {
	it('gives no feedback until the end and asks for every answer before finishing', async () => {
		const { user, onfinish } = setup({ mode: 'test' });
		await user.click(screen.getByRole('radio', { name: 'Turkistan Region' }));
		await user.click(screen.getByRole('button', { name: 'Next question' }));
		expect(screen.queryByRole('heading', { name: /right/i })).not.toBeInTheDocument();
		expect(screen.getByText('1 of 3 answered')).toBeInTheDocument();

		// unreadable input is explained and keeps the learner on the question
		await user.type(screen.getByRole('textbox'), 'eight hundred{Enter}');
		expect(screen.getByText('Question 2 of 3')).toBeInTheDocument();
		expect(screen.getByRole('alert')).toHaveTextContent(/not a number we can read/);
		await user.clear(screen.getByRole('textbox'));
		await user.click(screen.getByRole('button', { name: 'Next question' }));

		await user.click(screen.getByRole('radio', { name: 'True' }));
		await user.click(screen.getByRole('button', { name: 'Finish the test' }));
		expect(onfinish).not.toHaveBeenCalled();
		expect(screen.getByText(/Still to answer: 2\./)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Go to question 2' }));
		expect(document.activeElement).toHaveTextContent(Q.numeric.prompt);
		await user.type(screen.getByRole('textbox'), '0.8 billion');
		await user.click(screen.getByRole('button', { name: 'Next question' }));
		await user.click(screen.getByRole('button', { name: 'Previous question' }));
		expect(screen.getByRole('textbox')).toHaveValue('0.8 billion');
		await user.click(screen.getByRole('button', { name: 'Next question' }));
		await user.click(screen.getByRole('button', { name: 'Finish the test' }));

		expect(onfinish).toHaveBeenCalledTimes(1);
		const attempt = onfinish.mock.calls[0][0];
		expect(attempt.items.map((i) => i.status)).toEqual(['wrong', 'correct', 'correct']);
		expect(attempt.score).toBe(2);
	});
});

describe('QuizRunner, resuming', () => {
	it('continues at the saved question with the saved answers and start time', async () => {
		const { user, onfinish } = setup({
			mode: 'test',
			resume: {
				kind: 'active',
				quizKey: 'lesson:deep-processing',
				attemptId: 'attempt-9',
				scope: { kind: 'lesson', lesson: 'deep-processing' },
				seed: 7,
				datasetVersion: 'abc123',
				mode: 'test',
				startedAt: '2025-06-20T09:58:00.000Z',
				updatedAt: '2025-06-20T09:59:00.000Z',
				questionIds: [Q.single.id, Q.numeric.id, Q.trueFalse.id],
				position: 2,
				answers: {
					[Q.single.id]: {
						response: { kind: 'single', choice: 'a' },
						checked: false,
						revealed: false
					},
					[Q.numeric.id]: {
						response: { kind: 'numeric', text: '800' },
						checked: false,
						revealed: false
					}
				}
			}
		});
		expect(screen.getByText('Question 3 of 3')).toBeInTheDocument();
		await user.click(screen.getByRole('radio', { name: 'True' }));
		await user.click(screen.getByRole('button', { name: 'Finish the test' }));
		const attempt = onfinish.mock.calls[0][0];
		expect(attempt.id).toBe('attempt-9');
		expect(attempt.durationMs).toBe(120_000);
		expect(attempt.score).toBe(3);
	});
});
