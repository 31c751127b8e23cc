import { describe, expect, it } from 'vitest';
import {
	dealChart,
	dealPoints,
	factView,
	indicatorChart,
	resolveLessonEmbeds,
	sectorChart
} from '../../../src/lib/content/embeds.ts';
import { parseLesson } from '../../../src/lib/content/lesson.ts';
import { embedDataset } from '../../fixtures/embeds/data.ts';

const dataset = embedDataset();

describe('factView', () => {
	it('formats a value with its qualifier and keeps its sources', () => {
		expect(factView(dataset, 'deal/fufeng-corn/jobs')).toMatchObject({
			text: 'about 1,500 jobs',
			status: 'verified',
			quiz: true,
			sources: ['seed']
		});
	});

	it('names ids and codes in words instead of showing them raw', () => {
		expect(factView(dataset, 'deal/fufeng-corn/region')?.text).toBe('Zhambyl Region');
		expect(factView(dataset, 'deal/lihua-cotton/status')?.text).toBe('under construction');
	});

	it('keeps the other reports of a conflicting value beside it, formatted', () => {
		const v = factView(dataset, 'deal/lihua-cotton/investment');
		expect(v?.status).toBe('conflicting');
		expect(v?.quiz).toBe(false);
		expect(v?.otherReports).toEqual([{ text: '$600 million', sources: ['seed'], note: 'Raised later.' }]);
		const region = factView(dataset, 'deal/lihua-cotton/region');
		expect(region?.otherReports.map((r) => r.text)).toEqual(['Astana']);
	});

	it('returns nothing for an unknown key', () => {
		expect(factView(dataset, 'deal/fufeng-corn/price')).toBeUndefined();
	});
});

describe('dealChart', () => {
	it('draws settled and conflicting values as bars, and says why the others are left out', () => {
		const chart = dealChart(dataset, 'investment');
		expect(chart.unitLabel).toBe('US dollars');
		expect(chart.bars.map((b) => [b.id, b.status])).toEqual([
			['fufeng-corn', 'verified'],
			['lihua-cotton', 'conflicting']
		]);
		expect(chart.left).toEqual([
			{ id: 'tenge-deal', label: 'Fufeng Group', reason: 'reported in tenge, not converted' }
		]);
	});

	it('leaves out deals with no figure for the measure', () => {
		const chart = dealChart(dataset, 'jobs');
		expect(chart.bars.map((b) => b.id)).toEqual(['fufeng-corn']);
		expect(chart.left.map((l) => l.reason)).toEqual(['no figure reported', 'no figure reported']);
	});
});

describe('sectorChart', () => {
	it('sums US-dollar investment by sector and marks a total that includes a conflicting value', () => {
		const chart = sectorChart(dataset);
		expect(chart.bars).toHaveLength(1);
		const [agri] = chart.bars;
		expect(agri.value).toBe(800_000_000 + 420_000_000);
		expect(agri.text).toBe('$1.22 billion');
		expect(agri.status).toBe('conflicting');
		expect(agri.note).toMatch(/calculation/);
		expect(chart.left).toEqual([{ id: 'energy', label: 'Energy', reason: 'no figure in US dollars' }]);
	});
});

describe('indicatorChart', () => {
	it('keeps indicators in the first one’s unit and leaves the others out with a reason', () => {
		const chart = indicatorChart(dataset, ['trade-2024-china', 'sez-count', 'no-such']);
		expect(chart.unit).toBe('USD');
		expect(chart.bars.map((b) => b.id)).toEqual(['trade-2024-china']);
		expect(chart.left.map((l) => l.id)).toEqual(['sez-count', 'no-such']);
	});
});

describe('dealPoints', () => {
	it('places each deal at its region centre and flags a disputed region', () => {
		const points = dealPoints(dataset);
		expect(points.map((p) => [p.dealId, p.centre, p.regionConflict])).toEqual([
			['fufeng-corn', 'Taraz', false],
			['lihua-cotton', 'Taraz', true],
			['tenge-deal', 'Taraz', false]
		]);
		expect(points[0].coordinates).toEqual([42.9, 71.36667]);
		expect(points[0].sources).toContain('geonames');
	});
});

const lessonSource = (body: string, sources = '[]') => `---
title: T
summary: S.
objectives: [Do it.]
sources: ${sources}
---

${body}
`;

describe('resolveLessonEmbeds', () => {
	it('resolves exactly what the lesson uses and numbers sources by first citation', () => {
		const { lesson } = parseLesson(
			'content/lessons/01-x.md',
			lessonSource(
				'<Fact key="deal/fufeng-corn/region" /> <Fact key="deal/lihua-cotton/investment" /> <Term id="lysine">l</Term> <Timeline ids="bri-announced" />',
				'[geonames]'
			)
		);
		const e = resolveLessonEmbeds(dataset, lesson!);
		expect(Object.keys(e.facts)).toEqual(['deal/fufeng-corn/region', 'deal/lihua-cotton/investment']);
		expect(Object.keys(e.terms)).toEqual(['lysine']);
		expect(Object.keys(e.timeline)).toEqual(['bri-announced']);
		expect(e.dealCharts).toEqual({});
		expect(e.points).toEqual([]);
		// seed and S02 come from the first fact; geonames is only in the frontmatter, so it comes last
		expect(e.sourceOrder).toEqual(['seed', 'S02', 'geonames']);
		expect(e.sourceOrder.map((id) => e.sources[id].n)).toEqual([1, 2, 3]);
	});

	it('adds charts and map points only when the lesson has them, and skips unknown ids', () => {
		const { lesson } = parseLesson(
			'content/lessons/01-x.md',
			lessonSource(
				'<DealChart measure="jobs" /> <DealMap /> <IndicatorChart ids="trade-2024-china, sez-count" title="x" /> <Fact key="nope/x" />'
			)
		);
		const e = resolveLessonEmbeds(dataset, lesson!);
		expect(Object.keys(e.dealCharts)).toEqual(['jobs']);
		expect(e.points).toHaveLength(3);
		expect(Object.keys(e.indicators)).toEqual(['trade-2024-china,sez-count']);
		expect(e.facts).toEqual({});
	});
});
