// Seeded randomness for the quiz engine. Owns the stream derivation: every question slot gets its
// own independent stream from (seed, slot), so changing one slot never shifts another.
// Pure: wraps pure-rand; must not use Math.random, Svelte, $app or browser globals.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export type Seed = number | string;

export interface Rng {
	/** integer in [min, max], both included */
	int(min: number, max: number): number;
}

/** FNV-1a over UTF-16 code units, then a murmur-style finaliser so near seeds diverge. */
export function hashSeed(...parts: (string | number)[]): number {
	let h = 0x811c9dc5;
	for (const part of parts) {
		const s = `${typeof part}:${part}|`;
		for (let i = 0; i < s.length; i++) {
			h ^= s.charCodeAt(i);
			h = Math.imul(h, 0x01000193);
		}
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h | 0;
}

export function createRng(seed: Seed): Rng {
	const gen = xoroshiro128plus(hashSeed('rng', seed));
	return { int: (min, max) => uniformInt(gen, min, max) };
}

/** An independent stream for one question slot (or any other named purpose). */
export function streamFor(seed: Seed, slot: number | string): Rng {
	return createRng(`${typeof seed}:${seed}#${slot}`);
}

export function int(rng: Rng, min: number, max: number): number {
	return rng.int(min, max);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
	if (items.length === 0) throw new RangeError('pick from an empty list');
	return items[rng.int(0, items.length - 1)];
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** k distinct items in random order (all of them if k >= length). */
export function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
	return shuffle(rng, items).slice(0, Math.max(0, k));
}
