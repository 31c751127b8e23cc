import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, pick, shuffle, streamFor } from '../../../src/lib/quiz/rng.ts';

const draw = (seed: number | string, slot: number | string, n = 8) => {
	const r = streamFor(seed, slot);
	return Array.from({ length: n }, () => r.int(0, 1_000_000));
};

describe('rng', () => {
	it('gives the same stream for the same seed and slot', () => {
		fc.assert(
			fc.property(fc.integer(), fc.nat(50), (seed, slot) => {
				expect(draw(seed, slot)).toEqual(draw(seed, slot));
			})
		);
	});

	it('gives different streams to different slots and seeds', () => {
		expect(draw(1, 0)).not.toEqual(draw(1, 1));
		expect(draw(1, 0)).not.toEqual(draw(2, 0));
		expect(draw('1', 0)).not.toEqual(draw(1, 0));
	});

	it('keeps int within bounds', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.integer({ min: -50, max: 50 }),
				fc.nat(100),
				(seed, min, span) => {
					const r = createRng(seed);
					for (let i = 0; i < 20; i++) {
						const v = r.int(min, min + span);
						expect(v).toBeGreaterThanOrEqual(min);
						expect(v).toBeLessThanOrEqual(min + span);
					}
				}
			)
		);
	});

	it('shuffles into a permutation of the input', () => {
		fc.assert(
			fc.property(fc.integer(), fc.array(fc.integer()), (seed, xs) => {
				const out = shuffle(createRng(seed), xs);
				expect([...out].sort((a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b));
			})
		);
	});

	it('picks an element of the list and refuses an empty one', () => {
		const r = createRng(3);
		expect(['a', 'b', 'c']).toContain(pick(r, ['a', 'b', 'c']));
		expect(() => pick(r, [])).toThrow();
	});
});
