// Checks the real dataset in content/data: it loads cleanly and covers what lessons need.
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../../src/lib/content/issues.ts';
import {
	getFact,
	isQuizUsable,
	loadDataset,
	type Dataset
} from '../../../../src/lib/content/dataset/index.ts';
import { realDataset } from './fixtures.ts';

const result = loadDataset(realDataset());
const dataset = result.dataset as Dataset;

describe('content/data', () => {
	it('loads with no problems', () => {
		expect(result.issues.map(formatIssue)).toEqual([]);
	});

	it('has the five itemised deals with investment, region, company and status', () => {
		expect(dataset.deals.map((d) => d.id).sort()).toEqual(
			['dalian-hesheng-grain', 'fufeng-corn', 'lihua-cotton', 'tbea-energy', 'wanlin-vegetables'].sort()
		);
		for (const d of dataset.deals) {
			for (const field of ['investment', 'region', 'company', 'status', 'sector', 'announcedOn'])
				expect(getFact(dataset, `deal/${d.id}/${field}`), `${d.id} ${field}`).toBeDefined();
			expect(d.event).toBe('forum-2025');
			expect(d.concepts.length).toBeGreaterThan(0);
		}
	});

	it('marks the known conflicts and keeps them out of quizzes', () => {
		for (const key of ['deal/lihua-cotton/investment', 'deal/wanlin-vegetables/region']) {
			const f = getFact(dataset, key)!;
			expect(f.status).toBe('conflicting');
			expect(isQuizUsable(f)).toBe(false);
			expect(f.otherReports?.length).toBeGreaterThan(0);
		}
	});

	it('has seven partner companies with no deal and every deal company itemised', () => {
		const partners = dataset.companies.filter((c) => c.partnerOnly).map((c) => c.id);
		expect(partners).toHaveLength(7);
		for (const d of dataset.deals) expect(partners).not.toContain(d.company.value);
	});

	it('has 17 regions and 4 cities, each with GeoNames coordinates; regions have centres', () => {
		expect(dataset.regions.filter((r) => r.kind === 'region')).toHaveLength(17);
		expect(dataset.regions.filter((r) => r.kind === 'city')).toHaveLength(4);
		for (const r of dataset.regions) {
			expect(r.centreCoordinates?.sources, r.id).toContain('geonames');
			if (r.kind === 'region') expect(r.centre, r.id).toBeDefined();
		}
	});

	it('labels every yearly trade figure with whose statistics it is', () => {
		const trade = dataset.indicators.filter((i) => i.topic === 'trade' && i.fact.year);
		expect(trade.length).toBeGreaterThanOrEqual(5);
		const years = new Set(trade.map((i) => `${i.fact.year}/${i.fact.reporter}`));
		for (const y of ['2022/china', '2022/kazakhstan', '2023/china', '2023/kazakhstan', '2024/china'])
			expect(years).toContain(y);
	});

	it('has at least 25 glossary terms, including the course concepts', () => {
		expect(dataset.glossary.length).toBeGreaterThanOrEqual(25);
		const ids = new Set(dataset.glossary.map((g) => g.id));
		for (const id of [
			'deep-processing',
			'import-substitution',
			'special-economic-zone',
			'belt-and-road',
			'energy-mix',
			'memorandum-of-understanding',
			'capital-intensity'
		])
			expect(ids).toContain(id);
	});

	it('keeps the second check\'s corrections: no quiz on the dry port area or 2022 corridor cargo', () => {
		expect(isQuizUsable(getFact(dataset, 'indicator/khorgos-dry-port-area')!)).toBe(false);
		expect(isQuizUsable(getFact(dataset, 'indicator/middle-corridor-cargo-2022')!)).toBe(false);
	});
});
