import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import WeakSpots from '../../../src/lib/components/progress/WeakSpots.svelte';
import { parsePracticeQuery } from '../../../src/lib/components/practice/settings.ts';
import {
	applyAttempt,
	createProfile,
	emptyProgress,
	type ProgressDoc
} from '../../../src/lib/progress/index.ts';
import { at, attempt, item } from '../../unit/progress/make.ts';

const lessons = { 'deep-processing': 'Deep processing', 'belt-and-road': 'Belt and Road' };
const concepts = {
	'deep-processing': 'Deep processing',
	'belt-and-road': 'Belt and Road Initiative'
};

function docWith(items: Parameters<typeof attempt>[2]): ProgressDoc {
	const created = createProfile(emptyProgress(), { id: 'p1', name: 'Ana' }, at(0));
	if (!created.ok) throw new Error(created.error);
	return applyAttempt(created.value, 'p1', attempt('a1', at(5), items), at(5));
}

describe('WeakSpots', () => {
	it('says there is nothing yet when nothing was missed', () => {
		const doc = docWith([item('correct')]);
		render(WeakSpots, { doc, profileId: 'p1', lessons, concepts });
		expect(screen.getByRole('heading', { name: 'Weak spots' })).toBeInTheDocument();
		expect(screen.getByText(/No weak spots yet/)).toBeInTheDocument();
		expect(screen.queryByRole('link', { name: 'Practise these' })).toBeNull();
	});

	it('says there is nothing yet without a profile', () => {
		render(WeakSpots, { doc: emptyProgress(), profileId: null, lessons, concepts });
		expect(screen.getByText(/No weak spots yet/)).toBeInTheDocument();
	});

	it('lists missed topics and facts, most missed first, with links to the lesson section', () => {
		const doc = docWith([
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
		]);
		render(WeakSpots, {
			doc,
			profileId: 'p1',
			lessons,
			concepts,
			factLabel: (k: string) => `Label of ${k}`
		});
		const topics = screen.getByRole('heading', { name: 'Topics you miss most' })
			.nextElementSibling as HTMLElement;
		const rows = within(topics).getAllByRole('listitem');
		expect(rows.map((r) => r.querySelector('.name')?.textContent)).toEqual([
			'Deep processing',
			'Belt and Road Initiative'
		]);
		expect(rows[0]).toHaveTextContent('0% right over 2 answers');
		expect(rows[1]).toHaveTextContent('50% right over 2 answers');

		const facts = screen.getByRole('heading', { name: 'Facts you miss most' })
			.nextElementSibling as HTMLElement;
		expect(within(facts).getAllByRole('listitem')[0]).toHaveTextContent(
			'Label of deal/fufeng-corn/investment'
		);
		const read = within(facts).getAllByRole('link', { name: /Read again/ });
		expect(read[0]).toHaveAccessibleName('Read again: Deep processing');
		expect(read[0].getAttribute('href')).toMatch(/\/lessons\/deep-processing#what-it-means$/);
	});

	it('links a practice set on exactly those topics and facts', () => {
		const doc = docWith([
			item('wrong', { fact: 'deal/fufeng-corn/investment' }),
			item('partial', { fact: 'deal/fufeng-corn/jobs', concepts: ['belt-and-road'] })
		]);
		render(WeakSpots, { doc, profileId: 'p1', lessons, concepts });
		const link = screen.getByRole('link', { name: 'Practise these' });
		const url = new URL(link.getAttribute('href')!, 'http://x');
		expect(url.pathname).toMatch(/\/practice$/);
		const { settings, problems } = parsePracticeQuery(url.searchParams, {
			lessons: Object.keys(lessons),
			concepts: Object.keys(concepts)
		});
		expect(problems).toEqual([]);
		expect(settings.concepts.sort()).toEqual(['belt-and-road', 'deep-processing']);
		expect(settings.facts.sort()).toEqual(['deal/fufeng-corn/investment', 'deal/fufeng-corn/jobs']);
	});
});
