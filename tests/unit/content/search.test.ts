import { describe, expect, it } from 'vitest';
import { buildCourse } from '../../../src/lib/content/course.ts';
import { loadDataset } from '../../../src/lib/content/dataset/index.ts';
import {
	buildSearchIndex,
	excerptOf,
	loadSearchIndex,
	searchDocuments,
	SEARCH_INDEX_FORMAT,
	type LessonForSearch,
	type TermForSearch
} from '../../../src/lib/content/search.ts';
import { readContentFiles } from '../../../scripts/content-files.ts';

const lessons: LessonForSearch[] = [
	{
		slug: 'deep-processing',
		title: 'What deep processing means',
		summary: 'Why a country that grows grain wants to sell starch and gluten instead.',
		objectives: ['Define deep processing.', 'Explain where value is added.'],
		sections: [
			{
				heading: 'From a field to a factory',
				id: 'from-a-field-to-a-factory',
				text: 'A farmer who sells raw grain is paid for weight. A mill splits it.'
			},
			{
				heading: 'Benefits and risks',
				id: 'benefits-and-risks',
				text: 'A dry year can leave the plant short of corn.'
			}
		]
	},
	{
		slug: 'special-economic-zones',
		title: 'Special economic zones',
		summary: 'What a zone offers an investor.',
		objectives: ['Compare two zones.'],
		sections: [
			{
				heading: 'Khorgos on the border',
				id: 'khorgos-on-the-border',
				text: 'A dry port where trains change gauge.'
			}
		]
	}
];

const glossary: TermForSearch[] = [
	{
		id: 'contract-farming',
		term: 'contract farming',
		aliases: ['off-take contract with farmers'],
		definition: 'A processor agrees in advance to buy a farmer’s crop.'
	},
	{
		id: 'lysine',
		term: 'lysine',
		aliases: ['L-lysine'],
		definition: 'An amino acid that pigs and poultry need in their feed.'
	}
];

function engineOf(docs = searchDocuments(lessons, glossary)) {
	// Round-trip through JSON, as the browser receives the file.
	const file = JSON.parse(JSON.stringify(buildSearchIndex(docs)));
	const { engine, error } = loadSearchIndex(file);
	expect(error).toBeUndefined();
	return engine!;
}

describe('searchDocuments', () => {
	it('makes one document per lesson, per section and per glossary term, with unique ids', () => {
		const docs = searchDocuments(lessons, glossary);
		expect(docs.map((d) => d.kind)).toEqual([
			'lesson',
			'section',
			'section',
			'lesson',
			'section',
			'term',
			'term'
		]);
		expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
	});

	it('points sections at their lesson and anchor, and terms at the glossary', () => {
		const docs = searchDocuments(lessons, glossary);
		const section = docs.find((d) => d.title === 'Benefits and risks')!;
		expect(section.target).toEqual({
			page: 'lesson',
			slug: 'deep-processing',
			anchor: 'benefits-and-risks'
		});
		expect(section.lessonTitle).toBe('What deep processing means');
		expect(docs.find((d) => d.title === 'lysine')!.target).toEqual({
			page: 'glossary',
			anchor: 'lysine'
		});
		expect(docs.find((d) => d.kind === 'lesson')!.target).toEqual({
			page: 'lesson',
			slug: 'deep-processing'
		});
	});
});

describe('excerptOf', () => {
	it('keeps the first sentence when it is short', () => {
		expect(excerptOf('One sentence here.  Another one.')).toBe('One sentence here.');
	});

	it('cuts a long sentence at a word and marks the cut', () => {
		const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
		const out = excerptOf(long);
		expect(out.endsWith('…')).toBe(true);
		expect(out.length).toBeLessThanOrEqual(141);
		expect(long.startsWith(out.slice(0, -1))).toBe(true);
		expect(out.slice(0, -1)).toMatch(/word\d+$/);
	});
});

describe('search index', () => {
	it('finds a glossary term by its name, a prefix of it, an alias and a typo', () => {
		const engine = engineOf();
		expect(engine.search('lysine')[0].id).toBe('term:lysine');
		expect(engine.search('lysi')[0].id).toBe('term:lysine');
		expect(engine.search('L-lysine')[0].id).toBe('term:lysine');
		expect(engine.search('contrakt farming')[0].id).toBe('term:contract-farming');
	});

	it('finds a section by words in its text and returns where it leads', () => {
		const engine = engineOf();
		const [hit] = engine.search('gauge');
		expect(hit).toMatchObject({
			kind: 'section',
			title: 'Khorgos on the border',
			lessonTitle: 'Special economic zones',
			target: { page: 'lesson', slug: 'special-economic-zones', anchor: 'khorgos-on-the-border' }
		});
		expect(hit.excerpt).toBe('A dry port where trains change gauge.');
	});

	it('ranks a title match above a match in body text', () => {
		const hits = engineOf().search('deep processing');
		expect(hits[0].id).toBe('lesson:deep-processing');
	});

	it('requires every word when some document has them all, ignoring common words', () => {
		const ids = engineOf()
			.search('what is a dry port')
			.map((h) => h.id);
		expect(ids).toEqual(['section:special-economic-zones#khorgos-on-the-border']);
	});

	it('falls back to any word when no document has them all', () => {
		const ids = engineOf()
			.search('khorgos lysine')
			.map((h) => h.id);
		expect(ids).toEqual(
			expect.arrayContaining(['term:lysine', 'section:special-economic-zones#khorgos-on-the-border'])
		);
	});

	it('returns nothing for an empty query or a word that is nowhere, and respects the limit', () => {
		const engine = engineOf();
		expect(engine.search('   ')).toEqual([]);
		expect(engine.search('xylophone')).toEqual([]);
		expect(engine.search('dry', 1)).toHaveLength(1);
	});

	it('refuses a file that is not an index, or an index in another format, with a message', () => {
		expect(loadSearchIndex(null).error).toMatch(/not in the expected shape/);
		expect(loadSearchIndex('text').error).toMatch(/not in the expected shape/);
		const file = buildSearchIndex(searchDocuments(lessons, glossary));
		expect(loadSearchIndex({ ...file, format: SEARCH_INDEX_FORMAT + 1 }).error).toMatch(
			/out of date/
		);
		expect(loadSearchIndex({ format: SEARCH_INDEX_FORMAT, index: { nonsense: 1 } }).error).toMatch(
			/could not be read/
		);
	});
});

describe('the real course', () => {
	const files = readContentFiles();
	const { course } = buildCourse(files);
	const { dataset } = loadDataset(files);

	it('indexes every lesson section and every glossary term', () => {
		const docs = searchDocuments(course!.lessons, dataset!.glossary);
		const sections = course!.lessons.reduce((n, l) => n + l.toc.length, 0);
		expect(docs.filter((d) => d.kind === 'section')).toHaveLength(sections);
		expect(docs.filter((d) => d.kind === 'term')).toHaveLength(dataset!.glossary.length);
	});

	it('finds each glossary term among the first five results for its exact name', () => {
		const engine = engineOf(searchDocuments(course!.lessons, dataset!.glossary));
		const misses = dataset!.glossary.filter((g) => {
			const hits = engine.search(g.term, 5);
			return !hits.some((h) => h.id === `term:${g.id}`);
		});
		expect(misses.map((g) => g.term)).toEqual([]);
	});
});
