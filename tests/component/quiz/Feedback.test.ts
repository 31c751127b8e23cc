import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Feedback from '../../../src/lib/components/quiz/Feedback.svelte';
import * as Q from './questions.ts';

describe('Feedback', () => {
	it('lists several sources as separate links, separated by a semicolon and a space', () => {
		const question = {
			...Q.single,
			sources: ['S01', 'S02'],
			explanation: 'The plant is planned in Zhambyl Region. Source: First; Second.'
		};
		render(Feedback, {
			question,
			status: 'correct',
			showAnswer: true,
			sources: {
				S01: { title: 'First', url: 'https://example.org/1' },
				S02: { title: 'Second', url: 'https://example.org/2' }
			}
		});
		const list = screen.getByRole('link', { name: 'First' }).closest('p');
		expect(list).toHaveTextContent(/^Sources: First; Second$/);
		expect(screen.getByRole('link', { name: 'Second' })).toHaveAttribute(
			'href',
			'https://example.org/2'
		);
	});
});
