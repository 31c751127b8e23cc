import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import SearchBox from '../../../src/lib/components/search/SearchBox.svelte';
import {
	buildSearchIndex,
	loadSearchIndex,
	searchDocuments
} from '../../../src/lib/content/search.ts';

const goto = vi.hoisted(() => vi.fn());
vi.mock('$app/navigation', () => ({ goto }));

const docs = searchDocuments(
	[
		{
			slug: 'deep-processing',
			title: 'What deep processing means',
			summary: 'Why grain becomes starch.',
			objectives: ['Define deep processing.'],
			sections: [
				{
					heading: 'Where the value is added',
					id: 'where-the-value-is-added',
					text: 'Each step adds value.'
				}
			]
		}
	],
	[
		{
			id: 'value-chain',
			term: 'value chain',
			aliases: [],
			definition: 'The steps from raw material to product.'
		},
		{ id: 'lysine', term: 'lysine', aliases: [], definition: 'An amino acid for feed.' }
	]
);

function loader() {
	const file = JSON.parse(JSON.stringify(buildSearchIndex(docs)));
	return vi.fn(async () => loadSearchIndex(file));
}

beforeEach(() => {
	goto.mockClear();
	// jsdom does not lay out pages, so it has no scrollIntoView.
	Element.prototype.scrollIntoView = vi.fn();
});

describe('SearchBox', () => {
	it('loads the index only when the box first gets focus', async () => {
		const user = userEvent.setup();
		const load = loader();
		render(SearchBox, { load });
		expect(load).not.toHaveBeenCalled();
		await user.click(screen.getByRole('combobox', { name: 'Search the course' }));
		expect(load).toHaveBeenCalledTimes(1);
		await user.tab();
		await user.click(screen.getByRole('combobox'));
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('shows results as options, announces how many, and chooses one with the arrow keys and Enter', async () => {
		const user = userEvent.setup();
		render(SearchBox, { load: loader() });
		const box = screen.getByRole('combobox', { name: 'Search the course' });
		expect(box).toHaveAttribute('aria-expanded', 'false');
		await user.click(box);
		await user.keyboard('value');

		const list = await screen.findByRole('listbox', { name: 'Search results' });
		expect(box).toHaveAttribute('aria-expanded', 'true');
		expect(box).toHaveAttribute('aria-controls', list.id);
		const options = screen.getAllByRole('option');
		const hrefs: Record<string, string> = {
			'value chain': '/glossary#value-chain',
			'Where the value is added': '/lessons/deep-processing#where-the-value-is-added'
		};
		const titleOf = (o: HTMLElement) => Object.keys(hrefs).find((k) => o.textContent!.includes(k));
		expect(options.slice(0, 2).map(titleOf).sort()).toEqual(Object.keys(hrefs).sort());
		expect(options[2]).toHaveTextContent('See all results for “value”');
		expect(screen.getByRole('status')).toHaveTextContent(/^2 results\./);
		expect(box).not.toHaveAttribute('aria-activedescendant');

		await user.keyboard('{ArrowDown}');
		expect(box).toHaveAttribute('aria-activedescendant', options[0].id);
		expect(options[0]).toHaveAttribute('aria-selected', 'true');
		await user.keyboard('{ArrowDown}');
		expect(box).toHaveAttribute('aria-activedescendant', options[1].id);
		expect(options[0]).toHaveAttribute('aria-selected', 'false');
		expect(box).toHaveFocus();

		await user.keyboard('{Enter}');
		expect(goto).toHaveBeenCalledWith(hrefs[titleOf(options[1])!]);
		expect(box).toHaveValue('');
		expect(box).toHaveAttribute('aria-expanded', 'false');
	});

	it('wraps around with the arrow keys; ArrowUp from the box goes to the last option', async () => {
		const user = userEvent.setup();
		render(SearchBox, { load: loader() });
		const box = screen.getByRole('combobox');
		await user.click(box);
		await user.keyboard('lysine');
		await screen.findByRole('listbox');
		const [term, all] = screen.getAllByRole('option');
		await user.keyboard('{ArrowUp}');
		expect(box).toHaveAttribute('aria-activedescendant', all.id);
		await user.keyboard('{ArrowDown}');
		expect(box).toHaveAttribute('aria-activedescendant', term.id);
		await user.keyboard('{Enter}');
		expect(goto).toHaveBeenCalledWith('/glossary#lysine');
	});

	it('goes to the search page when Enter is pressed without choosing an option', async () => {
		const user = userEvent.setup();
		render(SearchBox, { load: loader() });
		await user.click(screen.getByRole('combobox'));
		await user.keyboard('amino acid{Enter}');
		expect(goto).toHaveBeenCalledWith('/search?q=amino%20acid');
	});

	it('closes with Escape, reopens with ArrowDown, and a second Escape clears the box', async () => {
		const user = userEvent.setup();
		render(SearchBox, { load: loader() });
		const box = screen.getByRole('combobox');
		await user.click(box);
		await user.keyboard('lysine');
		await screen.findByRole('listbox');
		await user.keyboard('{Escape}');
		expect(box).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByRole('listbox')).toBeNull();
		expect(box).toHaveValue('lysine');
		await user.keyboard('{ArrowDown}');
		expect(box).toHaveAttribute('aria-expanded', 'true');
		expect(box).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0].id);
		await user.keyboard('{Escape}{Escape}');
		expect(box).toHaveValue('');
		expect(goto).not.toHaveBeenCalled();
	});

	it('says so when nothing matches, and when the index cannot be loaded', async () => {
		const user = userEvent.setup();
		const { unmount } = render(SearchBox, { load: loader() });
		await user.click(screen.getByRole('combobox'));
		await user.keyboard('xylophone');
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent('No results for “xylophone”.')
		);
		expect(screen.queryAllByRole('option').map((o) => o.textContent?.trim())).toEqual([
			'See all results for “xylophone”'
		]);
		unmount();

		render(SearchBox, {
			load: async () => ({ error: 'The search index could not be loaded (HTTP 404).' })
		});
		await user.click(screen.getByRole('combobox'));
		await user.keyboard('lysine');
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(
				'Search is not available: The search index could not be loaded (HTTP 404).'
			)
		);
	});

	it('chooses an option with the mouse', async () => {
		const user = userEvent.setup();
		render(SearchBox, { load: loader() });
		await user.click(screen.getByRole('combobox'));
		await user.keyboard('lysine');
		await user.click(await screen.findByRole('option', { name: /^lysine/ }));
		expect(goto).toHaveBeenCalledWith('/glossary#lysine');
	});
});
