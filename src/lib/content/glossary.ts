// The glossary page's data: every term sorted and grouped by first letter, with its sources, its
// related terms and the lessons that use it (listed in frontmatter `concepts` or named by a
// <Term id> in the body). Pure: no Svelte, $app or browser globals.
import type { GlossaryEntry, Source } from './dataset/schema.ts';
import type { LessonInfo } from './lesson.ts';

export interface GlossaryItem {
	id: string;
	term: string;
	aliases: string[];
	definition: string;
	related: { id: string; term: string }[];
	sources: Pick<Source, 'id' | 'title' | 'publisher' | 'url'>[];
	/** in course order */
	lessons: { slug: string; title: string }[];
}

export interface GlossaryLetter {
	/** "A"–"Z", or "#" for terms that start with a digit or symbol */
	letter: string;
	items: GlossaryItem[];
}

export interface GlossaryView {
	/** the jump list: every letter A–Z (and "#" when used), marking which have terms */
	alphabet: { letter: string; present: boolean }[];
	letters: GlossaryLetter[];
}

export type LessonForGlossary = Pick<LessonInfo, 'slug' | 'title' | 'concepts' | 'termIds'>;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function letterOf(term: string): string {
	const first = term.normalize('NFKD').replace(/\p{M}/gu, '').trim().charAt(0).toUpperCase();
	return /[A-Z]/.test(first) ? first : '#';
}

/** Lessons are given in course order; the order is kept in each term's list. */
export function glossaryView(
	glossary: readonly GlossaryEntry[],
	sources: readonly Source[],
	lessons: readonly LessonForGlossary[]
): GlossaryView {
	const termById = new Map(glossary.map((g) => [g.id, g.term]));
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const items: GlossaryItem[] = [...glossary]
		.sort((a, b) => collator.compare(a.term, b.term))
		.map((g) => ({
			id: g.id,
			term: g.term,
			aliases: g.aliases,
			definition: g.definition,
			related: g.related.flatMap((id) => {
				const term = termById.get(id);
				return term ? [{ id, term }] : [];
			}),
			sources: g.sources.flatMap((id) => {
				const s = sourceById.get(id);
				return s ? [{ id: s.id, title: s.title, publisher: s.publisher, url: s.url }] : [];
			}),
			lessons: lessons
				.filter((l) => l.concepts.includes(g.id) || l.termIds.includes(g.id))
				.map((l) => ({ slug: l.slug, title: l.title }))
		}));

	const letters: GlossaryLetter[] = [];
	for (const item of items) {
		const letter = letterOf(item.term);
		const group = letters.find((l) => l.letter === letter);
		if (group) group.items.push(item);
		else letters.push({ letter, items: [item] });
	}
	// "#" (digits, symbols) goes first, as in a printed index.
	letters.sort((a, b) => (a.letter === '#' ? -1 : b.letter === '#' ? 1 : 0));
	const present = new Set(letters.map((l) => l.letter));
	const alphabet = [
		...(present.has('#') ? ['#'] : []),
		...Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i))
	].map((letter) => ({ letter, present: present.has(letter) }));
	return { alphabet, letters };
}
