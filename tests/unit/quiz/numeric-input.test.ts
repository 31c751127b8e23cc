import { describe, expect, it } from 'vitest';
import { parseNumericInput, withinTolerance } from '../../../src/lib/quiz/numeric-input.ts';

describe('parseNumericInput', () => {
	const M = 1e6;
	it.each([
		['800', M, 800e6],
		['800 million', 1, 800e6],
		['0.8 billion', M, 800e6],
		['$800m', 1, 800e6],
		['US$ 800 mln', 1, 800e6],
		['1,500', 1, 1500],
		['1 500', 1, 1500],
		['1.5k', 1, 1500],
		['3.7 bn', 1, 3.7e9],
		['3.7bn USD', 1, 3.7e9],
		['about 70%', 1, 70],
		['58 agreements', 1, 58],
		['1 m t', 1, 1e6],
		['.5', 1, 0.5]
	])('reads %j (bare numbers x %d) as %d', (input, scale, expected) => {
		const r = parseNumericInput(input, scale);
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.value).toBeCloseTo(expected, 6);
	});

	it.each(['', '   ', 'eight hundred', '800 gazillion', '12abc34', '1.2.3'])(
		'rejects %j with a message instead of throwing',
		(input) => {
			const r = parseNumericInput(input);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
		}
	);

	it('accepts values within a relative or absolute tolerance only', () => {
		expect(withinTolerance(0.8e9, 800e6, { kind: 'relative', amount: 0 })).toBe(true);
		expect(withinTolerance(810, 800, { kind: 'relative', amount: 0.02 })).toBe(true);
		expect(withinTolerance(830, 800, { kind: 'relative', amount: 0.02 })).toBe(false);
		expect(withinTolerance(58, 58, { kind: 'absolute', amount: 0 })).toBe(true);
		expect(withinTolerance(59, 58, { kind: 'absolute', amount: 0 })).toBe(false);
	});
});
