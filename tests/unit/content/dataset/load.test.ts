import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../../src/lib/content/issues.ts';
import { getFact, loadDataset } from '../../../../src/lib/content/dataset/index.ts';
import { brokenCases, smallDataset } from './fixtures.ts';

describe('loadDataset on a small valid dataset', () => {
	it('loads with no issues and counts each record type', () => {
		const r = loadDataset(smallDataset());
		expect(r.issues.map(formatIssue)).toEqual([]);
		expect(r.dataset).toBeDefined();
		const counts = Object.fromEntries(r.summary.map((s) => [s.type, s.count]));
		expect(counts).toMatchObject({ deals: 1, regions: 2, companies: 2, glossary: 2, timeline: 1 });
	});

	it('registers every fact under its key', () => {
		const { dataset } = loadDataset(smallDataset());
		expect(getFact(dataset!, 'deal/fufeng-corn/investment')?.value).toBe(800000000);
		expect(getFact(dataset!, 'deal/fufeng-corn/capacity/corn-intake')?.unit).toBe('t/yr');
		expect(getFact(dataset!, 'region/zhambyl/centre')?.value).toBe('Taraz');
		expect(getFact(dataset!, 'indicator/sez-count')?.value).toBe(17);
		expect(getFact(dataset!, 'timeline/bri-announced')?.value).toBe('2013-09-07');
		expect(getFact(dataset!, 'event/forum-2025/totalValue')?.qualifier).toBe('over');
		expect(getFact(dataset!, 'deal/fufeng-corn/nothing')).toBeUndefined();
		expect(getFact(dataset!, 'toString')).toBeUndefined();
	});

	it('fills defaults: qualifier exact, empty lists', () => {
		const { dataset } = loadDataset(smallDataset());
		expect(getFact(dataset!, 'region/zhambyl/centre')?.qualifier).toBe('exact');
		expect(dataset!.regions.find((r) => r.id === 'astana')?.aliases).toEqual([]);
	});

	it('ignores files outside content/data', () => {
		const r = loadDataset({ ...smallDataset(), 'content/lessons/01-x.md': '---\n---\n' });
		expect(r.issues).toEqual([]);
	});

	it('reports a missing file by name', () => {
		const files = smallDataset();
		delete files['content/data/timeline.yaml'];
		const r = loadDataset(files);
		expect(r.dataset).toBeUndefined();
		expect(r.issues.map(formatIssue)).toEqual(['content/data/timeline.yaml: file is missing']);
	});
});

describe('loadDataset on broken fixtures', () => {
	const cases = brokenCases();

	it('has at least ten distinct broken fixtures, each with an expected message', () => {
		expect(cases.length).toBeGreaterThanOrEqual(10);
		for (const c of cases) expect(c.expected.length, c.name).toBeGreaterThan(0);
	});

	it.each(cases.map((c) => [c.name, c] as const))('%s: fails with its expected message', (_, c) => {
		const r = loadDataset(c.files);
		expect(r.dataset).toBeUndefined();
		expect(r.issues.map(formatIssue).sort()).toEqual([...c.expected].sort());
	});
});
