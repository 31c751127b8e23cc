import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DealChart from '../../../src/lib/markdown/DealChart.svelte';
import IndicatorChart from '../../../src/lib/markdown/IndicatorChart.svelte';
import Timeline from '../../../src/lib/markdown/Timeline.svelte';
import ValueChain from '../../../src/lib/markdown/ValueChain.svelte';
import DealMapView from '../../../src/lib/components/data/DealMapView.svelte';
import { dealPoints, type MapView } from '../../../src/lib/content/embeds.ts';
import { dataset, embedsFor, renderEmbed } from './embeds.ts';

describe('DealChart', () => {
	const embeds = embedsFor('<DealChart measure="investment" />');

	it('has a text alternative naming every bar and its figure, conflicts in words', () => {
		renderEmbed(DealChart, { measure: 'investment' }, embeds);
		const img = screen.getByRole('img');
		expect(img).toHaveAccessibleName(
			'Bar chart: Investment announced per deal, in US dollars. Fufeng Group: $800 million; Fufeng Group: $420 million (reports differ).'
		);
	});

	it('has a table of figures, status and sources with row and column headers', () => {
		renderEmbed(DealChart, { measure: 'investment' }, embeds);
		const table = screen.getByRole('table', { hidden: true });
		const headers = within(table)
			.getAllByRole('columnheader', { hidden: true })
			.map((h) => h.textContent);
		expect(headers).toEqual(['Item', 'Figure', 'Status', 'Notes', 'Sources']);
		const rows = within(table).getAllByRole('row', { hidden: true }).slice(1);
		expect(rows.map((r) => r.textContent)).toEqual([
			expect.stringMatching(/Fufeng Group\$800 millionverified/),
			expect.stringMatching(
				/Fufeng Group\$420 millionreports differAnnounced at the forum\..*also reported: \$600 million/
			)
		]);
	});

	it('says which deals are not bars and why', () => {
		const { container } = renderEmbed(DealChart, { measure: 'investment' }, embeds);
		expect(container).toHaveTextContent(
			'Not shown: Fufeng Group (reported in tenge, not converted).'
		);
	});
});

describe('IndicatorChart', () => {
	it('reads its ids in any spacing and names its bars in the text alternative', () => {
		const embeds = embedsFor('<IndicatorChart ids="trade-2024-china" title="Trade" />');
		renderEmbed(IndicatorChart, { ids: ' trade-2024-china ', title: 'Trade' }, embeds);
		expect(screen.getByRole('img')).toHaveAccessibleName(
			'Bar chart: Trade, in US dollars. Trade in 2024 (Chinese customs): $43.82 billion.'
		);
	});
});

describe('Timeline', () => {
	it('is an ordered list of dated entries', () => {
		const embeds = embedsFor('<Timeline ids="bri-announced" />');
		renderEmbed(Timeline, { ids: 'bri-announced' }, embeds);
		const items = within(screen.getByRole('list')).getAllByRole('listitem');
		expect(items).toHaveLength(1);
		expect(items[0].querySelector('time')).toHaveAttribute('datetime', '2013-09-07');
		expect(items[0]).toHaveTextContent('7 September 2013');
	});
});

describe('ValueChain', () => {
	it('is an ordered list of its steps for screen readers', () => {
		renderEmbed(ValueChain, { steps: 'Corn | Starch|Lysine', caption: 'A chain' }, embedsFor(''));
		const items = within(screen.getByRole('list')).getAllByRole('listitem');
		expect(items.map((i) => i.textContent?.trim())).toEqual([
			'Step 1 of 3: Corn',
			'Step 2 of 3: Starch',
			'Step 3 of 3: Lysine'
		]);
	});
});

describe('DealMapView', () => {
	const map: MapView = {
		width: 100,
		height: 50,
		outline: 'M0,0l10,0l0,10z',
		markers: dealPoints(dataset).map((p, i) => ({ ...p, x: 10 * i, y: 20 }))
	};
	const sources = embedsFor('<DealMap />').sources;

	it('has a text alternative: the map names its list, the list names each deal, region and centre', () => {
		renderEmbed(DealMapView, { map, highlight: ['lihua-cotton'], sources }, embedsFor(''));
		expect(screen.getByRole('img')).toHaveAccessibleName(
			/3 numbered markers.*The list below names each deal/
		);
		const items = within(screen.getByRole('list')).getAllByRole('listitem');
		expect(items[0]).toHaveTextContent(
			/^1 Fufeng Group: Corn plant\. Region: Zhambyl Region, marker at Taraz\.$/
		);
		expect(items[1]).toHaveTextContent(
			/Cotton cluster\. .* highlighted ⚠ sources differ on the region$/
		);
		expect(items[2]).not.toHaveTextContent(/highlighted|differ/);
	});
});
