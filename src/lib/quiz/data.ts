// The quiz engine's view of the dataset: the few record fields and fact lookups generators use,
// gathered in one place so the rest of the quiz code does not depend on record layout details.
// Pure: must not import Svelte, $app or browser globals.
// functions from facts.ts directly, so the browser bundle does not pull in the YAML loader
import { getFact, isQuizUsable as settled } from '../content/dataset/facts.ts';
import type { Dataset, FactValue } from '../content/dataset/index.ts';

export type { Dataset, FactValue };
export { getFact };

/** Only values explicitly marked for quizzes, and never uncertain or conflicting ones. */
export function isQuizUsable(fact: FactValue | undefined): fact is FactValue {
	return !!fact && settled(fact);
}

/** A fact usable as an answer key, or undefined. */
export function usable(ds: Dataset, key: string): FactValue | undefined {
	const f = getFact(ds, key);
	return isQuizUsable(f) ? f : undefined;
}

export function sourceTitle(ds: Dataset, id: string): string {
	return ds.sources.find((s) => s.id === id)?.title ?? id;
}

/** "Title A; Title B" for an explanation's citation. */
export function citeSources(ds: Dataset, ids: readonly string[]): string {
	return ids.map((id) => sourceTitle(ds, id)).join('; ');
}

export function nameOf(ds: Dataset, kind: 'region' | 'company' | 'sez', id: string): string {
	const list = kind === 'region' ? ds.regions : kind === 'company' ? ds.companies : ds.sezs;
	return list.find((r) => r.id === id)?.name ?? id;
}

export function conceptName(ds: Dataset, id: string): string {
	return ds.glossary.find((g) => g.id === id)?.term ?? id;
}
