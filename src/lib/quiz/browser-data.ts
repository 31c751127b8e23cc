// The part of the dataset that quiz generation reads, small enough to ship with a quiz page, and
// the way back to a full Dataset value in the browser (the fact index is rebuilt, not shipped).
// Owns: which fields are dropped. A test builds quizzes from the full and the pruned dataset over
// many seeds and requires identical questions, so a generator that starts reading a dropped
// field fails that test instead of silently changing quizzes.
// Pure: must not import Svelte, $app, browser globals, zod or the YAML loader.
import { collectFacts } from '../content/dataset/facts.ts';
import type { Dataset } from './data.ts';

export type QuizDataset = Omit<Dataset, 'facts'>;

type Rec = Record<string, unknown>;
const without = <T extends Rec>(r: T, keys: readonly string[]): T =>
	Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))) as T;

/** The records generators use, minus prose they never read (record notes, aliases, profiles). */
export function pruneForQuiz(ds: Dataset): QuizDataset {
	return {
		version: ds.version,
		// explanations cite sources by title only
		sources: ds.sources.map((s) => ({ ...pick(s, ['id', 'title']) }) as Dataset['sources'][number]),
		// questions name concepts by their term
		glossary: ds.glossary.map(
			(g) =>
				({
					...pick(g, ['id', 'term']),
					aliases: [],
					related: []
				}) as unknown as Dataset['glossary'][number]
		),
		regions: ds.regions.map((r) => without(r, ['note', 'aliases'])),
		companies: ds.companies.map(
			(c) =>
				({ ...pick(c, ['id', 'name', 'partnerOnly']) }) as unknown as Dataset['companies'][number]
		),
		events: ds.events.map((e) => without(e, ['note'])),
		deals: ds.deals.map((d) => without(d, ['note'])),
		sezs: ds.sezs.map((z) => without(z, ['note', 'aliases'])),
		indicators: ds.indicators,
		timeline: ds.timeline.map((t) => without(t, ['note']))
	};
}

function pick<T extends object>(r: T, keys: readonly (keyof T)[]): Partial<T> {
	return Object.fromEntries(keys.filter((k) => k in r).map((k) => [k, r[k]])) as Partial<T>;
}

/** A Dataset again: the records plus their fact index, rebuilt the way the loader builds it. */
export function datasetFromQuizData(data: QuizDataset): Dataset {
	const { version, ...records } = data;
	const { facts } = collectFacts(records as unknown as Record<string, readonly object[]>);
	return { version, ...records, facts };
}

const rebuilt = new WeakMap<QuizDataset, Dataset>();

/**
 * datasetFromQuizData, done once per shipped object: a page passes its page data's dataset every
 * time it builds questions and the fact index is rebuilt only the first time.
 */
export function quizDataset(data: QuizDataset): Dataset {
	let ds = rebuilt.get(data);
	if (!ds) rebuilt.set(data, (ds = datasetFromQuizData(data)));
	return ds;
}
