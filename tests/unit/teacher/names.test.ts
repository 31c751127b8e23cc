import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName, studentSeed } from '../../../src/lib/teacher/names.ts';

describe('normaliseName', () => {
	it.each([
		['  Aigerim   Nurlanovna ', 'aigerim nurlanovna'],
		['AIGERIM\tNURLANOVNA', 'aigerim nurlanovna'],
		['Айгерім  Нұрланқызы', 'айгерім нұрланқызы'],
		['ӘСЕЛ ҒАЛЫМҚЫЗЫ', 'әсел ғалымқызы'],
		['Straße', 'strasse'],
		['ΟΔΥΣΣΕΥΣ', 'οδυσσευσ'],
		['İlhan', 'ilhan'],
		['Ｗａｎｇ　Ｌｉ', 'wang li'],
		['O’Neil', "o'neil"],
		['Jean‐Luc', 'jean-luc'],
		['王 小明', '王 小明']
	])('%j matches %j', (typed, expected) => {
		expect(normaliseName(typed)).toBe(expected);
	});

	it('treats composed and decomposed letters alike', () => {
		expect(normaliseName('Jose\u0301')).toBe(normaliseName('Jos\u00e9'));
		expect(normaliseName('\u0419')).toBe(normaliseName('\u0418\u0306'));
	});

	it('is idempotent and never leaves outer or double spaces', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (name) => {
				const once = normaliseName(name);
				expect(normaliseName(once)).toBe(once);
				expect(once).not.toMatch(/^\s|\s$|\s\s/);
			}),
			{ numRuns: 2000 }
		);
	});

	it('ignores case for any letters', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (name) => {
				expect(normaliseName(name.toUpperCase())).toBe(normaliseName(name.toLowerCase()));
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('studentSeed', () => {
	const on = { seed: 987654, perStudentVariant: true };
	const off = { seed: 987654, perStudentVariant: false };

	it('gives the same variant to the same name however it is typed', () => {
		expect(studentSeed(on, 'Aigerim  Nurlanovna')).toBe(studentSeed(on, ' aigerim nurlanovna'));
	});

	it('gives the assignment seed to everyone when variants are off', () => {
		expect(studentSeed(off, 'Aigerim')).toBe(987654);
		expect(studentSeed(off, 'Daniyar')).toBe(987654);
	});

	it('gives different students and different assignments different seeds', () => {
		const names = Array.from({ length: 500 }, (_, i) => `Student ${i}`);
		const seeds = new Set(names.map((n) => studentSeed(on, n)));
		expect(seeds.size).toBe(names.length);
		expect(studentSeed(on, 'Aigerim')).not.toBe(studentSeed({ ...on, seed: 987655 }, 'Aigerim'));
	});

	it('always returns an unsigned 32-bit integer', () => {
		fc.assert(
			fc.property(fc.nat({ max: 0xffffffff }), fc.string(), (seed, name) => {
				const s = studentSeed({ seed, perStudentVariant: true }, name);
				expect(Number.isInteger(s) && s >= 0 && s <= 0xffffffff).toBe(true);
			})
		);
	});
});
