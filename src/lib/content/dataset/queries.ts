// Read-only questions other parts ask of a loaded dataset: refs for lesson validation, what each
// source supports, records by id, and deal lookups. Pure: must not import Svelte, $app or browser
// globals.
import type { DatasetRefs } from '../validate.ts';
import type { Dataset } from './load.ts';
import type { FactValue } from './schema.ts';

export function datasetRefs(dataset: Dataset): DatasetRefs {
	return {
		conceptIds: new Set(dataset.glossary.map((g) => g.id)),
		sourceIds: new Set(dataset.sources.map((s) => s.id)),
		factKeys: new Set(Object.keys(dataset.facts)),
		factDates: new Map(
			Object.entries(dataset.facts).flatMap(([k, f]) => (f.asOf ? [[k, f.asOf] as const] : []))
		),
		dealIds: new Set(dataset.deals.map((d) => d.id)),
		indicatorIds: new Set(dataset.indicators.map((i) => i.id)),
		timelineIds: new Set(dataset.timeline.map((e) => e.id))
	};
}

/** Source id -> the fact keys it supports (as the main value or as another report). */
export function factKeysBySource(dataset: Dataset): Map<string, string[]> {
	const out = new Map<string, string[]>(dataset.sources.map((s) => [s.id, []]));
	for (const [key, f] of Object.entries(dataset.facts)) {
		const ids = new Set([...f.sources, ...(f.otherReports ?? []).flatMap((o) => o.sources)]);
		for (const id of ids) out.get(id)?.push(key);
	}
	return out;
}

/** Splits a fact key into its parts: "deal/fufeng-corn/investment" -> deal, fufeng-corn, investment. */
export function parseFactKey(
	key: string
): { kind: string; id: string; field?: string; item?: string } | undefined {
	const m = /^([a-z]+)\/([a-z0-9-]+)(?:\/([A-Za-z]+)(?:\/([a-z0-9-]+))?)?$/.exec(key);
	if (!m) return undefined;
	return { kind: m[1], id: m[2], field: m[3], item: m[4] };
}

export function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
	return list.find((r) => r.id === id);
}

/** Keys of facts shown as conflicts (status conflicting). */
export function conflictingFactKeys(dataset: Dataset): string[] {
	return Object.entries(dataset.facts)
		.filter(([, f]) => f.status === 'conflicting')
		.map(([k]) => k);
}

/** The value of a fact whose value is an id (a deal's region, company, sez), if it is one. */
export function idValue(f: FactValue | undefined): string | undefined {
	return typeof f?.value === 'string' ? f.value : undefined;
}

/** Deals grouped by a referenced id field (region, company, sector, sez). */
export function dealsBy(
	dataset: Dataset,
	field: 'region' | 'company' | 'sector' | 'sez'
): Map<string, Dataset['deals']> {
	const out = new Map<string, Dataset['deals']>();
	for (const d of dataset.deals) {
		const v = idValue(d[field]);
		if (!v) continue;
		out.set(v, [...(out.get(v) ?? []), d]);
	}
	return out;
}
