// Views for the data pages: the deals as table rows (each figure a fact view, with a number to
// sort by), the partner companies with what is known, and what each source supports, in words.
// Pure: must not import Svelte, $app or browser globals.
import type { Dataset } from './dataset/load.ts';
import { factKeysBySource, idValue, parseFactKey, byId } from './dataset/queries.ts';
import { dealLabel, factView, type FactView } from './embeds.ts';

export interface DealRow {
	id: string;
	project: string;
	company: string;
	region: FactView;
	sector: string;
	investment: FactView;
	/** US dollars, for sorting; absent when reported in another currency */
	investmentUsd?: number;
	jobs?: FactView;
	jobsCount?: number;
	status: FactView;
	agreementType: FactView;
}

export function dealRows(dataset: Dataset): DealRow[] {
	return dataset.deals.map((d) => {
		const f = (field: string) => factView(dataset, `deal/${d.id}/${field}`);
		return {
			id: d.id,
			project: d.title,
			company: dealLabel(dataset, d),
			region: f('region')!,
			sector: idValue(d.sector) ?? '',
			investment: f('investment')!,
			...(d.investment.unit === 'USD' && typeof d.investment.value === 'number'
				? { investmentUsd: d.investment.value }
				: {}),
			...(d.jobs ? { jobs: f('jobs')! } : {}),
			...(typeof d.jobs?.value === 'number' ? { jobsCount: d.jobs.value } : {}),
			status: f('status')!,
			agreementType: f('agreementType')!
		};
	});
}

export interface PartnerView {
	id: string;
	name: string;
	sectors: string[];
	/** what is known, field by field ("Profile", "Home province", ...) */
	known: { label: string; fact: FactView }[];
}

const FIELD_LABELS: Record<string, string> = {
	profile: 'Profile',
	homeProvince: 'Home province',
	headquarters: 'Headquarters',
	listing: 'Listing',
	founded: 'Founded',
	kazakhstanActivity: 'In Kazakhstan'
};

/** Companies named at the forum with no itemised deal: what is known, and no deal values. */
export function partnerViews(dataset: Dataset): PartnerView[] {
	return dataset.companies
		.filter((c) => c.partnerOnly)
		.map((c) => ({
			id: c.id,
			name: c.name,
			sectors: c.sector,
			known: Object.keys(FIELD_LABELS)
				.map((field) => ({
					label: FIELD_LABELS[field],
					fact: factView(dataset, `company/${c.id}/${field}`)
				}))
				.filter((k): k is { label: string; fact: FactView } => Boolean(k.fact))
		}));
}

/** "rawMaterial" -> "raw material" */
function fieldWords(field: string): string {
	return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The record a fact key belongs to, named as readers know it. */
function recordName(dataset: Dataset, kind: string, id: string): string {
	switch (kind) {
		case 'deal':
			return byId(dataset.deals, id)?.title ?? id;
		case 'company':
			return byId(dataset.companies, id)?.name ?? id;
		case 'region':
			return byId(dataset.regions, id)?.name ?? id;
		case 'sez':
			return byId(dataset.sezs, id)?.name ?? id;
		case 'event':
			return byId(dataset.events, id)?.name ?? id;
		case 'indicator':
			return byId(dataset.indicators, id)?.label ?? id;
		case 'timeline':
			return byId(dataset.timeline, id)?.label ?? id;
		default:
			return id;
	}
}

export interface SupportLine {
	/** the record, in words: "Corn deep-processing plant in Zhambyl Region" */
	record: string;
	/** what of it the source supports: "investment, jobs"; empty for a whole figure or date */
	fields: string[];
}

/** Source id -> what it supports, grouped by record, plus glossary terms it was checked against. */
export function sourceSupport(dataset: Dataset): Map<string, SupportLine[]> {
	const out = new Map<string, SupportLine[]>();
	for (const [sourceId, keys] of factKeysBySource(dataset)) {
		const byRecord = new Map<string, string[]>();
		for (const key of keys) {
			const k = parseFactKey(key);
			if (!k) continue;
			const name = recordName(dataset, k.kind, k.id);
			const capacityLabel =
				k.field === 'capacity' && k.item
					? byId(byId(dataset.deals, k.id)?.capacity ?? [], k.item)?.label
					: undefined;
			const field = capacityLabel ?? (k.field ? fieldWords(k.field) : '');
			const fields = byRecord.get(name) ?? [];
			if (field && !fields.includes(field)) fields.push(field);
			byRecord.set(name, fields);
		}
		const terms = dataset.glossary.filter((g) => g.sources.includes(sourceId)).map((g) => g.term);
		const lines = [...byRecord].map(([record, fields]) => ({ record, fields }));
		if (terms.length) lines.push({ record: 'Glossary', fields: terms });
		out.set(sourceId, lines);
	}
	return out;
}
