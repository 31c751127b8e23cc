import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Fact from '../../../src/lib/markdown/Fact.svelte';
import { embedsFor, renderEmbed } from './embeds.ts';

const fact = (key: string) => renderEmbed(Fact, { key }, embedsFor(`<Fact key="${key}" />`));

describe('Fact', () => {
	it('shows the value with its qualifier and numbered links to its sources', () => {
		const { container } = fact('deal/fufeng-corn/jobs');
		expect(container).toHaveTextContent('about 1,500 jobs');
		const link = screen.getByRole('link', { name: 'Source 1: Seed article' });
		expect(link).toHaveAttribute('href', '#source-seed');
		expect(link).toHaveTextContent('1');
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('marks a conflicting value in words and shows the other reports with their sources', () => {
		const { container } = fact('deal/lihua-cotton/investment');
		expect(container).toHaveTextContent('$420 million');
		const mark = screen.getByRole('button', { name: 'reports differ' });
		const details = container.querySelector(
			`#${mark.getAttribute('popovertarget')}`
		) as HTMLElement;
		expect(details).not.toBeNull();
		expect(details).toHaveTextContent('Sources report different values');
		expect(details).toHaveTextContent('$600 million');
		expect(details).toHaveTextContent('Raised later.');
		expect(
			within(details)
				.getAllByRole('link', { hidden: true })
				.map((a) => a.getAttribute('href'))
		).toEqual(['#source-S02', '#source-seed']);
	});

	it('marks an uncertain value visibly', () => {
		fact('deal/lihua-cotton/capacity/plant');
		expect(screen.getByRole('button', { name: 'uncertain' })).toBeInTheDocument();
	});

	it('shows the date of a value that changes, unless the sentence says when (dated="in-text")', () => {
		const key = 'indicator/sez-count';
		const embeds = embedsFor(`<Fact key="${key}" />`);
		const dated = renderEmbed(Fact, { key }, embeds);
		expect(dated.container).toHaveTextContent(/^17 \(as of December 2025\)/);
		dated.unmount();
		const inText = renderEmbed(Fact, { key, dated: 'in-text' }, embeds);
		expect(inText.container).toHaveTextContent(/^17\[1\]$/);
	});

	it('names a key the page has no data for instead of failing', () => {
		const { container } = renderEmbed(Fact, { key: 'deal/x/y' }, embedsFor(''));
		expect(container).toHaveTextContent('[missing fact: deal/x/y]');
	});
});
