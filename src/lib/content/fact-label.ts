// Plain-language names for fact keys ("deal/fufeng-corn/investment" -> "Fufeng corn plant:
// investment"), so pages such as My progress can say which facts a learner missed. Owns the words
// for record fields. The page gets a small map of record names (factNames, at build time) instead
// of the whole dataset. Pure: must not import Svelte, $app or browser globals.
import type { Dataset } from './dataset/load.ts';
import { isFactLike } from './dataset/facts.ts';

/** Record key ("deal/<id>", or a whole fact key for indicators, timeline entries and list items) -> name */
export type FactNames = Record<string, string>;

const FIELD_WORDS: Record<string, string> = {
	company: 'company',
	region: 'region',
	site: 'site',
	sez: 'special economic zone',
	sector: 'sector',
	investment: 'investment',
	capacity: 'capacity',
	rawMaterial: 'raw material needed',
	products: 'products',
	jobs: 'jobs',
	exportMarkets: 'export markets',
	farmerContracts: 'contracts with farmers',
	status: 'status',
	agreementType: 'kind of agreement',
	announcedOn: 'date announced',
	profile: 'what the company does',
	homeProvince: 'home province',
	headquarters: 'headquarters',
	listing: 'stock listing',
	founded: 'year founded',
	kazakhstanActivity: 'work in Kazakhstan',
	centre: 'centre',
	centreCoordinates: 'location of the centre',
	created: 'date created',
	formerCentre: 'former centre',
	splitFrom: 'region it was split from',
	location: 'location',
	specialisation: 'specialisation',
	legalAct: 'legal act',
	termUntil: 'end of its term',
	areaHa: 'area',
	edition: 'edition',
	city: 'city',
	venue: 'venue',
	date: 'date',
	endDate: 'end date',
	agreements: 'number of agreements',
	totalValue: 'total value',
	outcomes: 'outcomes',
	attendees: 'who attended'
};

const KIND_OF: Record<string, keyof Dataset> = {
	deal: 'deals',
	company: 'companies',
	region: 'regions',
	sez: 'sezs',
	event: 'events'
};

/** The names a page needs to label any fact key of this dataset. */
export function factNames(dataset: Dataset): FactNames {
	const out: FactNames = {};
	for (const [prefix, type] of Object.entries(KIND_OF)) {
		for (const rec of dataset[type] as unknown as Record<string, unknown>[]) {
			const name = (rec.title ?? rec.name) as string;
			out[`${prefix}/${rec.id}`] = name;
			for (const [field, v] of Object.entries(rec)) {
				if (!Array.isArray(v)) continue;
				for (const item of v) {
					const label = (item as { label?: unknown }).label;
					if (isFactLike(item) && typeof label === 'string') {
						out[`${prefix}/${rec.id}/${field}/${(item as unknown as { id: string }).id}`] = label;
					}
				}
			}
		}
	}
	for (const i of dataset.indicators) out[`indicator/${i.id}`] = i.label;
	for (const t of dataset.timeline) out[`timeline/${t.id}`] = t.label;
	return out;
}

/** A readable name for a fact key; an unknown key is returned as it is. */
export function factLabel(key: string, names: FactNames): string {
	const [kind, id, field, item] = key.split('/');
	// indicator/<id> and timeline/<id> are named as a whole
	if (!field) return names[key] ?? key;
	const record = names[`${kind}/${id}`];
	if (!record) return key;
	const words = FIELD_WORDS[field] ?? field;
	return item ? `${record}: ${words} (${names[key] ?? item})` : `${record}: ${words}`;
}
