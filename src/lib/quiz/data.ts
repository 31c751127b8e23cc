// The quiz engine's view of the dataset: the few record fields and fact lookups generators use,
// gathered in one place so the rest of the quiz code does not depend on record layout details.
// Pure: must not import Svelte, $app or browser globals.
// Provisional: these structural types follow the dataset contract (briefs/dataset.md) until
// src/lib/content/dataset/index.ts lands; then they become re-exports of its inferred types.

export type FactStatus = 'verified' | 'seed-only' | 'conflicting' | 'uncertain';
export type Qualifier = 'exact' | 'about' | 'over' | 'up_to' | 'range';
export type FactScalar = number | string | string[] | number[] | boolean;

export interface FactValue {
	value: FactScalar;
	unit?: string;
	qualifier?: Qualifier;
	max?: number;
	status: FactStatus;
	sources: string[];
	quiz?: boolean;
	asOf?: string;
	note?: string;
	label?: string;
	material?: string;
	year?: number;
	reporter?: string;
	otherReports?: unknown[];
}

interface Named {
	id: string;
	name: string;
	aliases?: string[];
}

export interface Dataset {
	version: string;
	sources: { id: string; title: string; publisher?: string; date?: string; url?: string }[];
	glossary: { id: string; term: string; definition?: string; sources?: string[] }[];
	regions: (Named & { kind: 'region' | 'city' })[];
	companies: (Named & { partnerOnly?: boolean })[];
	events: { id: string; name: string }[];
	deals: {
		id: string;
		title: string;
		companyNameAsReported?: string;
		concepts: string[];
		conceptSources: string[];
		event: string;
	}[];
	sezs: Named[];
	indicators: { id: string; label: string; topic: string; concepts: string[] }[];
	timeline: { id: string; label: string; concepts: string[] }[];
	facts: Record<string, FactValue>;
}

export function getFact(ds: Dataset, key: string): FactValue | undefined {
	return ds.facts[key];
}

/** Only values explicitly marked for quizzes, and never uncertain or conflicting ones. */
export function isQuizUsable(fact: FactValue | undefined): fact is FactValue {
	return (
		!!fact && fact.quiz === true && (fact.status === 'verified' || fact.status === 'seed-only')
	);
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
