import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import MasteryLevel from '../../../src/lib/components/progress/MasteryLevel.svelte';
import MasteryOverview from '../../../src/lib/components/progress/MasteryOverview.svelte';
import MasteryRule from '../../../src/lib/components/progress/MasteryRule.svelte';
import { FAMILIAR_ACCURACY, MASTERY_WINDOW } from '../../../src/lib/progress/index.ts';
import { names } from './helpers.ts';

const filledMarks = (el: HTMLElement) => el.querySelectorAll('.mark.filled').length;

describe('MasteryLevel', () => {
	it.each([
		['not-started', 'Not started', 0],
		['attempted', 'Attempted', 1],
		['familiar', 'Familiar', 2],
		['proficient', 'Proficient', 3],
		['mastered', 'Mastered', 4]
	] as const)('shows %s in words and with %s filled marks', (level, word, filled) => {
		const { container } = render(MasteryLevel, { level });
		expect(container).toHaveTextContent(word);
		expect(filledMarks(container)).toBe(filled);
		expect(container.querySelectorAll('.mark')).toHaveLength(4);
	});
});

describe('MasteryOverview', () => {
	it('shows each module as points and each concept with its level, and links to the rule', () => {
		render(MasteryOverview, {
			names,
			modules: [
				{
					moduleId: 'adding-value',
					concepts: [
						{ concept: 'deep-processing', level: 'proficient' },
						{ concept: 'value-added', level: 'not-started' }
					],
					points: 80,
					maxPoints: 200,
					fraction: 0.4
				}
			],
			concepts: [
				{
					concept: 'deep-processing',
					level: 'proficient',
					answered: 7,
					recentAccuracy: 0.92,
					updatedAt: '2025-09-01T08:00:00.000Z'
				}
			]
		});
		expect(screen.getByRole('heading', { name: 'Adding value' })).toBeInTheDocument();
		expect(screen.getByText('40%')).toBeInTheDocument();
		expect(screen.getByText('(80 of 200 mastery points)')).toBeInTheDocument();
		expect(screen.getByRole('progressbar', { name: 'Adding value' })).toHaveAttribute(
			'value',
			'80'
		);
		const row = screen.getByRole('row', { name: /Deep processing/ });
		expect(within(row).getByText('Proficient')).toBeInTheDocument();
		expect(row).toHaveTextContent('92%');
		expect(screen.getByRole('link', { name: 'How the levels are decided' })).toHaveAttribute(
			'href',
			'#mastery-rule'
		);
	});

	it('explains when no concept has been answered yet', () => {
		render(MasteryOverview, { names, modules: [], concepts: [] });
		expect(screen.getByText(/have not answered any questions yet/)).toBeInTheDocument();
		expect(screen.queryByRole('table')).toBeNull();
	});
});

describe('MasteryRule', () => {
	it('states the rule with the numbers the code uses', () => {
		render(MasteryRule);
		const rule = screen.getByRole('region', { name: 'How the levels are decided' });
		expect(rule).toHaveTextContent(`your last ${MASTERY_WINDOW} answers`);
		expect(rule).toHaveTextContent(
			`at least ${Math.round(FAMILIAR_ACCURACY * 100)}% of them right`
		);
		expect(rule).toHaveTextContent('Only a mastery challenge gives this level');
	});
});
