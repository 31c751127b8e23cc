// The site search: which documents are indexed (lessons, their ## and ### sections, glossary
// terms), the MiniSearch options shared by the build (which writes the index) and the browser
// (which loads it), and the query rules. Pure: no Svelte, $app, fetch or browser globals; the
// caller fetches the index file and passes its parsed JSON in.
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { GlossaryEntry } from './dataset/schema.ts';
import type { LessonInfo } from './lesson.ts';

export type SearchKind = 'lesson' | 'section' | 'term';

/** Where a result leads: a lesson (optionally one of its sections) or a glossary entry. */
export type SearchTarget =
	| { page: 'lesson'; slug: string; anchor?: string }
	| { page: 'glossary'; anchor: string };

export interface SearchDoc {
	/** unique: "lesson:<slug>", "section:<slug>#<id>", "term:<id>" */
	id: string;
	kind: SearchKind;
	title: string;
	/** other names a reader may type (a term's aliases) */
	aliases: string;
	/** the searchable body: a lesson's summary and objectives, a section's text, a definition */
	text: string;
	/** the lesson a section belongs to, shown beside the heading */
	lessonTitle?: string;
	/** a short plain-text line shown under the title */
	excerpt: string;
	target: SearchTarget;
}

export interface SearchHit {
	id: string;
	kind: SearchKind;
	title: string;
	lessonTitle?: string;
	excerpt: string;
	target: SearchTarget;
}

/** Bumped when the index's shape changes, so a stale file is refused with a clear message. */
export const SEARCH_INDEX_FORMAT = 1;

export interface SearchIndexFile {
	format: number;
	index: AsPlainObject;
}

export type LessonForSearch = Pick<LessonInfo, 'slug' | 'title' | 'summary' | 'objectives'> & {
	sections: Pick<LessonInfo['sections'][number], 'heading' | 'id' | 'text'>[];
};
export type TermForSearch = Pick<GlossaryEntry, 'id' | 'term' | 'aliases' | 'definition'>;

const EXCERPT_CHARS = 140;

/** The first sentence, or the first EXCERPT_CHARS characters cut at a word. */
export function excerptOf(text: string): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	const sentence = /^.+?[.!?](?=\s|$)/.exec(clean)?.[0] ?? clean;
	if (sentence.length <= EXCERPT_CHARS) return sentence;
	const cut = sentence.slice(0, EXCERPT_CHARS);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_CHARS / 2)).replace(/[\s,;:]+$/, '')}…`;
}

export function searchDocuments(
	lessons: readonly LessonForSearch[],
	glossary: readonly TermForSearch[]
): SearchDoc[] {
	const docs: SearchDoc[] = [];
	for (const lesson of lessons) {
		docs.push({
			id: `lesson:${lesson.slug}`,
			kind: 'lesson',
			title: lesson.title,
			aliases: '',
			text: [lesson.summary, ...lesson.objectives].join(' '),
			excerpt: excerptOf(lesson.summary),
			target: { page: 'lesson', slug: lesson.slug }
		});
		for (const section of lesson.sections) {
			docs.push({
				id: `section:${lesson.slug}#${section.id}`,
				kind: 'section',
				title: section.heading,
				aliases: '',
				text: section.text,
				lessonTitle: lesson.title,
				excerpt: excerptOf(section.text),
				target: { page: 'lesson', slug: lesson.slug, anchor: section.id }
			});
		}
	}
	for (const term of glossary) {
		docs.push({
			id: `term:${term.id}`,
			kind: 'term',
			title: term.term,
			aliases: term.aliases.join(', '),
			text: term.definition,
			excerpt: excerptOf(term.definition),
			target: { page: 'glossary', anchor: term.id }
		});
	}
	return docs;
}

// Words too common to narrow a search; dropping them lets "what is deep processing" find
// "deep processing" when every word must match.
const STOP_WORDS = new Set(
	'a an and are as at be by do does for from how in is it of on or the to was what when where which who why with'.split(
		' '
	)
);

const OPTIONS: Options<SearchDoc> = {
	fields: ['title', 'aliases', 'text'],
	storeFields: ['kind', 'title', 'lessonTitle', 'excerpt', 'target'],
	processTerm: (term) => {
		const t = term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
		return t && !STOP_WORDS.has(t) ? t : null;
	},
	searchOptions: {
		boost: { title: 4, aliases: 3, text: 1 },
		prefix: true,
		fuzzy: (term) => (term.length > 4 ? 0.2 : false)
	}
};

/** Builds the index at build time; the result is written to the static index file as JSON. */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndexFile {
	const engine = new MiniSearch<SearchDoc>(OPTIONS);
	engine.addAll(docs);
	return { format: SEARCH_INDEX_FORMAT, index: engine.toJSON() };
}

export interface SearchEngine {
	search(query: string, limit?: number): SearchHit[];
}

function hitOf(r: SearchResult): SearchHit {
	return {
		id: String(r.id),
		kind: r.kind,
		title: r.title,
		lessonTitle: r.lessonTitle,
		excerpt: r.excerpt,
		target: r.target
	};
}

/**
 * Loads an index file's parsed JSON. Returns an error message (never throws) when the file is
 * not an index this code can read, for example an old one cached by the browser.
 */
export function loadSearchIndex(
	file: unknown
): { engine: SearchEngine; error?: undefined } | { engine?: undefined; error: string } {
	const f = file as Partial<SearchIndexFile> | null;
	if (typeof f !== 'object' || f === null || typeof f.index !== 'object' || f.index === null) {
		return { error: 'The search index file is not in the expected shape.' };
	}
	if (f.format !== SEARCH_INDEX_FORMAT) {
		return { error: 'The search index is out of date. Reload the page to get the new one.' };
	}
	let engine: MiniSearch<SearchDoc>;
	try {
		engine = MiniSearch.loadJS<SearchDoc>(f.index, OPTIONS);
	} catch (e) {
		return { error: `The search index could not be read: ${(e as Error).message}` };
	}
	return {
		engine: {
			search(query, limit = 20) {
				if (!query.trim()) return [];
				// Every word must match; when nothing does, any word may.
				let results = engine.search(query, { combineWith: 'AND' });
				if (!results.length) results = engine.search(query, { combineWith: 'OR' });
				return results.slice(0, limit).map(hitOf);
			}
		}
	};
}
