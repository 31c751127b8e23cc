import { describe, expect, it } from 'vitest';
import type { GlossaryEntry, Source } from '../../../src/lib/content/dataset/schema.ts';
import {
	glossaryView,
	letterOf,
	type LessonForGlossary
} from '../../../src/lib/content/glossary.ts';

const entry = (id: string, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
	id,
	term,
	aliases: [],
	definition: `Definition of ${term}.`,
	related: [],
	sources: ['S1'],
	...extra
});

const sources: Source[] = [
	{ id: 'S1', title: 'A report', publisher: 'A publisher', url: 'https://example.org/a', kind: 'news' },
	{ id: 'S2', title: 'A study', publisher: 'A university', url: 'https://example.org/b', kind: 'news' }
] as Source[];

const glossary = [
	entry('value-chain', 'value chain', { related: ['deep-processing'], sources: ['S2', 'S1'] }),
	entry('deep-processing', 'deep processing', { aliases: ['agro-processing'] }),
	entry('belt-and-road', 'Belt and Road Initiative'),
	entry('amino-acid', 'amino acid'),
	entry('b2b', '3PL logistics'),
	entry('sez', 'Special economic zone')
];

const lessons: LessonForGlossary[] = [
	{ slug: 'one', title: 'Lesson one', concepts: ['deep-processing'], termIds: [] },
	{ slug: 'two', title: 'Lesson two', concepts: [], termIds: ['value-chain', 'deep-processing'] },
	{ slug: 'three', title: 'Lesson three', concepts: ['sez'], termIds: ['sez'] }
];

describe('glossaryView', () => {
	const view = glossaryView(glossary, sources, lessons);
	const items = view.letters.flatMap((l) => l.items);
	const item = (id: string) => items.find((i) => i.id === id)!;

	it('lists every term once, sorted alphabetically regardless of case', () => {
		expect(items.map((i) => i.term)).toEqual([
			'3PL logistics',
			'amino acid',
			'Belt and Road Initiative',
			'deep processing',
			'Special economic zone',
			'value chain'
		]);
	});

	it('groups terms by first letter, with digits and symbols under "#" first', () => {
		expect(view.letters.map((l) => l.letter)).toEqual(['#', 'A', 'B', 'D', 'S', 'V']);
		expect(view.letters.find((l) => l.letter === 'S')!.items.map((i) => i.id)).toEqual(['sez']);
	});

	it('offers every letter in the jump list and marks which ones have terms', () => {
		expect(view.alphabet).toHaveLength(27);
		expect(view.alphabet[0]).toEqual({ letter: '#', present: true });
		expect(view.alphabet.filter((a) => a.present).map((a) => a.letter)).toEqual(
			view.letters.map((l) => l.letter)
		);
		expect(view.alphabet.find((a) => a.letter === 'Z')).toEqual({ letter: 'Z', present: false });
	});

	it('leaves "#" out of the jump list when no term needs it', () => {
		const plain = glossaryView([entry('x', 'xylem')], sources, []);
		expect(plain.alphabet.map((a) => a.letter)).toEqual(
			Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i))
		);
	});

	it('lists the lessons that use a term through concepts or <Term>, in course order, once each', () => {
		expect(item('deep-processing').lessons.map((l) => l.slug)).toEqual(['one', 'two']);
		expect(item('value-chain').lessons.map((l) => l.slug)).toEqual(['two']);
		expect(item('sez').lessons).toEqual([{ slug: 'three', title: 'Lesson three' }]);
		expect(item('amino-acid').lessons).toEqual([]);
	});

	it('resolves sources and related terms to what a reader needs to follow them', () => {
		expect(item('value-chain').sources).toEqual([
			{ id: 'S2', title: 'A study', publisher: 'A university', url: 'https://example.org/b' },
			{ id: 'S1', title: 'A report', publisher: 'A publisher', url: 'https://example.org/a' }
		]);
		expect(item('value-chain').related).toEqual([{ id: 'deep-processing', term: 'deep processing' }]);
		expect(item('deep-processing').aliases).toEqual(['agro-processing']);
	});
});

describe('letterOf', () => {
	it('uses the first letter without accents, upper-cased', () => {
		expect(letterOf('élan')).toBe('E');
		expect(letterOf(' zone')).toBe('Z');
		expect(letterOf('2022 reform')).toBe('#');
	});
});
