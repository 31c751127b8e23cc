// Source citations for quiz feedback: the titles and links of a question's sources, and its
// explanation without the trailing "Source: ..." sentence when that sentence only repeats them.
// UI helper: no storage, no globals.
import type { Question } from '../../quiz/model.ts';

export interface SourceInfo {
	title: string;
	url?: string;
}
export type SourceMap = Record<string, SourceInfo>;

export function sourcesOf(q: Question, map: SourceMap | undefined) {
	return q.sources.map((id) => ({ id, title: map?.[id]?.title ?? id, url: map?.[id]?.url }));
}

/** The explanation, minus its final "Source: A; B." when the list of sources is shown anyway. */
export function explanationBody(q: Question, map: SourceMap | undefined): string {
	if (!map) return q.explanation;
	const cite = ` Source: ${sourcesOf(q, map)
		.map((s) => s.title)
		.join('; ')}.`;
	return q.explanation.endsWith(cite) ? q.explanation.slice(0, -cite.length) : q.explanation;
}
