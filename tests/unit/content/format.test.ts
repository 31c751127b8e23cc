import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	formatFact,
	formatIsoDate,
	formatNumberWithUnit
} from '../../../src/lib/content/format.ts';
import type { FactValue } from '../../../src/lib/content/dataset/index.ts';

const fact = (f: Partial<FactValue>): FactValue => ({
	value: 1,
	qualifier: 'exact',
	status: 'verified',
	sources: ['seed'],
	quiz: true,
	...f
});

describe('formatFact', () => {
	it.each([
		[{ value: 800000000, unit: 'USD' }, '$800 million'],
		[{ value: 3700000000, unit: 'USD' }, '$3.7 billion'],
		[{ value: 24000000000, unit: 'USD', qualifier: 'over' }, 'over $24 billion'],
		[{ value: 1500, unit: 'jobs', qualifier: 'about' }, 'about 1,500 jobs'],
		[{ value: 1320, unit: 'MW' }, '1,320 MW'],
		[{ value: 1000000, unit: 't/yr' }, '1 million tonnes a year'],
		[{ value: 50000, unit: 't/yr' }, '50,000 tonnes a year'],
		[{ value: 420000000000, unit: 'KZT' }, '420 billion tenge'],
		[{ value: 17, unit: 'count', asOf: '2025-12-25' }, '17 (as of December 2025)'],
		[{ value: 90000000, unit: 'USD', qualifier: 'up_to' }, 'up to $90 million'],
		[{ value: 500000000, max: 800000000, unit: 'USD', qualifier: 'range' }, '$500 million–$800 million'],
		[{ value: 5.92, unit: 'percent' }, '5.92%'],
		[{ value: 2060, unit: 'year' }, '2060'],
		[{ value: 1, unit: 'jobs' }, '1 job'],
		[{ value: '2025-06-16' }, '16 June 2025'],
		[{ value: '2023-05' }, 'May 2023'],
		[{ value: ['China', 'United States', 'Europe'] }, 'China, United States, and Europe'],
		[{ value: [42.9, 71.36667] }, '42.9° N, 71.37° E'],
		[{ value: 'Taraz' }, 'Taraz']
	] as [Partial<FactValue>, string][])('%o -> %s', (f, expected) => {
		expect(formatFact(fact(f))).toBe(expected);
	});

	it('can leave out the as-of date', () => {
		expect(formatFact(fact({ value: 17, unit: 'count', asOf: '2025-12' }), 'en', { asOf: false })).toBe(
			'17'
		);
	});
});

describe('formatNumberWithUnit', () => {
	const units = ['USD', 'KZT', 't/yr', 't', 'MW', 'jobs', 'ha', 'TEU', 'count', 'km'] as const;
	it('always puts the qualifier first and never loses it', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.01, max: 1e13, noNaN: true }),
				fc.constantFrom(...units),
				fc.constantFrom(['about', 'about '], ['over', 'over '], ['up_to', 'up to ']),
				(value, unit, [qualifier, prefix]) => {
					const text = formatNumberWithUnit(value, unit, qualifier as 'about');
					expect(text.startsWith(prefix)).toBe(true);
					expect(text).toBe(prefix + formatNumberWithUnit(value, unit));
				}
			)
		);
	});
	it('never converts tenge into dollars', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1e12 }), (value) => {
				const text = formatNumberWithUnit(value, 'KZT');
				expect(text.endsWith(' tenge')).toBe(true);
				expect(text).not.toContain('$');
			})
		);
	});
});

describe('formatIsoDate', () => {
	it('shows a year alone and leaves text that is not a date unchanged', () => {
		expect(formatIsoDate('2004')).toBe('2004');
		expect(formatIsoDate('soon')).toBe('soon');
	});
});
