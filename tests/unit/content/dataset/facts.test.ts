import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	datasetRefs,
	factKeysBySource,
	factSchema,
	isQuizUsable,
	loadDataset,
	parseFactKey,
	type FactValue
} from '../../../../src/lib/content/dataset/index.ts';
import { smallDataset } from './fixtures.ts';

const base: FactValue = { value: 1, unit: 'count', qualifier: 'exact', status: 'verified', sources: ['seed'], quiz: true };

describe('isQuizUsable', () => {
	it('accepts verified and seed-only values marked quiz: true', () => {
		expect(isQuizUsable(base)).toBe(true);
		expect(isQuizUsable({ ...base, status: 'seed-only' })).toBe(true);
	});
	it('refuses values not marked for quizzes, and unsettled values even if marked', () => {
		expect(isQuizUsable({ ...base, quiz: false })).toBe(false);
		expect(isQuizUsable({ ...base, status: 'uncertain' })).toBe(false);
		expect(isQuizUsable({ ...base, status: 'conflicting' })).toBe(false);
	});
});

describe('fact schema', () => {
	const statuses = ['verified', 'seed-only', 'conflicting', 'uncertain'] as const;
	it('never lets an uncertain or conflicting value parse with quiz: true', () => {
		fc.assert(
			fc.property(fc.constantFrom(...statuses), fc.boolean(), (status, quiz) => {
				const r = factSchema.safeParse({
					...base,
					status,
					quiz,
					otherReports: [{ value: 2, unit: 'count', sources: ['S02'] }]
				});
				if (r.success) expect(isQuizUsable(r.data)).toBe(quiz);
				else expect(quiz && (status === 'uncertain' || status === 'conflicting')).toBe(true);
			})
		);
	});
	it('rejects zero and negative numbers but accepts any positive one', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
				expect(factSchema.safeParse({ ...base, value }).success).toBe(value > 0);
			})
		);
	});
	it('requires a max above the value for a range', () => {
		expect(factSchema.safeParse({ ...base, qualifier: 'range', max: 5 }).success).toBe(true);
		expect(factSchema.safeParse({ ...base, qualifier: 'range', max: 1 }).success).toBe(false);
		expect(factSchema.safeParse({ ...base, max: 5 }).success).toBe(false);
	});
	it('rejects a qualifier other than exact on text', () => {
		expect(factSchema.safeParse({ ...base, value: 'Taraz', unit: undefined, qualifier: 'about' }).success).toBe(false);
	});
});

describe('queries', () => {
	const { dataset } = loadDataset(smallDataset());
	it('datasetRefs lists glossary ids, source ids and fact keys', () => {
		const refs = datasetRefs(dataset!);
		expect([...refs.conceptIds].sort()).toEqual(['deep-processing', 'lysine']);
		expect(refs.sourceIds.has('S02')).toBe(true);
		expect(refs.factKeys.has('deal/fufeng-corn/jobs')).toBe(true);
		expect(refs.factKeys.size).toBe(Object.keys(dataset!.facts).length);
	});
	it('factKeysBySource says what each source supports', () => {
		const bySource = factKeysBySource(dataset!);
		expect(bySource.get('geonames')).toEqual(['region/zhambyl/centreCoordinates']);
		expect(bySource.get('S02')).toContain('deal/fufeng-corn/investment');
	});
	it('parseFactKey splits keys and rejects malformed ones', () => {
		expect(parseFactKey('deal/fufeng-corn/capacity/corn-intake')).toEqual({
			kind: 'deal',
			id: 'fufeng-corn',
			field: 'capacity',
			item: 'corn-intake'
		});
		expect(parseFactKey('indicator/sez-count')).toMatchObject({ kind: 'indicator', id: 'sez-count' });
		expect(parseFactKey('not a key')).toBeUndefined();
	});
});
