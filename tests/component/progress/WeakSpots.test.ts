import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import WeakSpots from '../../../src/lib/components/progress/WeakSpots.svelte';
import type { ProgressNames } from '../../../src/lib/components/progress/labels.ts';
import { parsePracticeQuery } from '../../../src/lib/components/practice/settings.ts';
import {
	applyAttempt,
	createProfile,
	emptyProgress,
	weakSpots,
	type ProgressDoc
} from '../../../src/lib/progress/index.ts';
import { at, attempt, item } from '../../unit/progress/make.ts';

const names: ProgressNames = {
	lessons: { 'deep-processing': 'Deep processing', 'belt-and-road': 'Belt and Road' },
	modules: {},
	concepts: { 'deep-processing': 'Deep processing', 'belt-and-road': 'Belt and Road Initiative' },
	facts: { 'deal/fufeng-corn': 'Fufeng corn plant' }
};

function docWith(items: Parameters<typeof attempt>[2]): ProgressDoc {
	const created = createProfile(emptyProgress(), { id: 'p1', name: 'Ana' }, at(0));
	if (!created.ok) throw new Error(created.error);
	return applyAttempt(created.value, 'p1', attempt('a1', at(5), items), at(5));
}

const renderFor = (doc: ProgressDoc) => render(WeakSpots, { ...weakSpots(doc, 'p1'), names });

describe('WeakSpots', () => {
	it('says there is nothing yet when nothing was missed, and offers no practice set', () => {
		renderFor(docWith([item('correct')]));
		expect(screen.getByRole('heading', { name: 'Weak spots' })).toBeInTheDocument();
		expect(screen.getByText(/not missed any questions yet/)).toBeInTheDocument();
		expect(screen.queryByRole('link', { name: 'Practise these' })).toBeNull();
	});

	it('lists missed concepts and facts, most missed first, with links to the lesson', () => {
		renderFor(
			docWith([
				item('wrong', { fact: 'deal/fufeng-corn/investment' }),
				item('wrong', { fact: 'deal/fufeng-corn/investment' }),
				item('wrong', {
					fact: 'indicator/trade-2024',
					concepts: ['belt-and-road'],
					lesson: 'belt-and-road'
				}),
				item('correct', {
					fact: 'indicator/trade-2024',
					concepts: ['belt-and-road'],
					lesson: 'belt-and-road'
				})
			])
		);
		const concepts = screen.getByRole('heading', { name: 'Concepts' })
			.nextElementSibling as HTMLElement;
		const rows = within(concepts).getAllByRole('listitem');
		expect(rows[0]).toHaveTextContent('Deep processing');
		expect(rows[0]).toHaveTextContent('0% right in 2 answers');
		expect(rows[1]).toHaveTextContent('Belt and Road Initiative');
		expect(rows[1]).toHaveTextContent('50% right in 2 answers');

		const facts = screen.getByRole('heading', { name: 'Facts' }).nextElementSibling as HTMLElement;
		expect(within(facts).getAllByRole('listitem')[0]).toHaveTextContent(
			'Fufeng corn plant: investment'
		);
		const read = within(facts).getAllByRole('link', { name: /Read again/ });
		expect(read[0]).toHaveAccessibleName('Read again: Deep processing');
		expect(read[0].getAttribute('href')).toMatch(/\/lessons\/deep-processing#what-it-means$/);
	});

	it('links a practice set on exactly those concepts and facts', () => {
		renderFor(
			docWith([
				item('wrong', { fact: 'deal/fufeng-corn/investment' }),
				item('partial', { fact: 'deal/fufeng-corn/jobs', concepts: ['belt-and-road'] })
			])
		);
		const link = screen.getByRole('link', { name: 'Practise these' });
		const url = new URL(link.getAttribute('href')!, 'http://x');
		expect(url.pathname).toMatch(/\/practice$/);
		const { settings, problems } = parsePracticeQuery(url.searchParams, {
			lessons: Object.keys(names.lessons),
			concepts: Object.keys(names.concepts)
		});
		expect(problems).toEqual([]);
		expect(settings.concepts.sort()).toEqual(['belt-and-road', 'deep-processing']);
		expect(settings.facts.sort()).toEqual(['deal/fufeng-corn/investment', 'deal/fufeng-corn/jobs']);
	});
});
