// Student names as typed, the normalised form used to match them, and the per-student seed derived
// from it (so the printed and the online variant of a student's quiz are the same). The rule is
// documented in docs/teacher-codes.md; changing it changes every student's variant, so it is part
// of the link format. Pure: must not import Svelte, $app or browser globals.
import { utf8 } from './codec.ts';

// Look-alike punctuation that keyboards and phones substitute for one another.
const APOSTROPHES = /[\u2018\u2019\u02bc\u02b9\u0060\u00b4\u2032]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;

/**
 * The matching form of a name: Unicode NFKC; look-alike apostrophes and hyphens unified; trimmed;
 * runs of whitespace collapsed to one space; then case-folded (upper-case, then lower-case, until
 * stable; final sigma as sigma; a dotted capital I as i) and NFKC again.
 */
export function normaliseName(name: string): string {
	const spaced = name
		.normalize('NFKC')
		.replace(APOSTROPHES, "'")
		.replace(HYPHENS, '-')
		.replace(/\s+/g, ' ')
		.trim();
	// Upper then lower case, repeated until stable: one round leaves "ẞ" as "ß", a second makes "ss".
	let folded = spaced;
	for (let i = 0; i < 4; i++) {
		const next = folded.toUpperCase().toLowerCase();
		if (next === folded) break;
		folded = next;
	}
	return folded
		.replace(/\u03c2/g, '\u03c3')
		.replace(/i\u0307/g, 'i')
		.normalize('NFKC');
}

/** 32-bit FNV-1a over UTF-8 bytes, finished with murmur3's mixer so nearby inputs spread out. */
export function hash32(text: string, start = 0x811c9dc5): number {
	let h = start >>> 0;
	for (const b of utf8(text)) {
		h ^= b;
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

export interface SeedSource {
	seed: number;
	perStudentVariant: boolean;
}

/**
 * The seed of one student's variant: the assignment seed when variants are off, otherwise a hash
 * of the assignment seed and the normalised name (an unsigned 32-bit integer).
 */
export function studentSeed(assignment: SeedSource, name: string): number {
	if (!assignment.perStudentVariant) return assignment.seed;
	return hash32(`${assignment.seed >>> 0}\u0000${normaliseName(name)}`);
}
