// Loads the dataset from file texts: parses each YAML file, checks every record against its
// schema, then checks ids and cross-references and registers every fact under its key. Returns
// all problems at once, each naming file, record id and field. Pure: no file system, Svelte,
// $app or browser globals; callers pass { "content/data/deals.yaml": text, ... }.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import type { ContentIssue } from '../issues.ts';
import { collectFacts, isFactLike, type FactIndex } from './facts.ts';
import {
	companySchema,
	dealSchema,
	eventSchema,
	glossarySchema,
	indicatorSchema,
	regionSchema,
	sezSchema,
	sourceSchema,
	timelineSchema,
	type Company,
	type Deal,
	type FactValue,
	type ForumEvent,
	type GlossaryEntry,
	type Indicator,
	type Region,
	type Sez,
	type Source,
	type TimelineEntry
} from './schema.ts';
import { datasetVersion } from './version.ts';

export const DATA_DIR = 'content/data/';

/** Record types in load order, with their file and schema. */
export const RECORD_FILES = {
	sources: { file: 'sources.yaml', schema: sourceSchema },
	glossary: { file: 'glossary.yaml', schema: glossarySchema },
	regions: { file: 'regions.yaml', schema: regionSchema },
	companies: { file: 'companies.yaml', schema: companySchema },
	events: { file: 'events.yaml', schema: eventSchema },
	deals: { file: 'deals.yaml', schema: dealSchema },
	sezs: { file: 'sezs.yaml', schema: sezSchema },
	indicators: { file: 'indicators.yaml', schema: indicatorSchema },
	timeline: { file: 'timeline.yaml', schema: timelineSchema }
} as const;
export type RecordType = keyof typeof RECORD_FILES;
const OTHER_FILES = new Set(['CHANGELOG.md']);

export interface Dataset {
	/** short hash of the data files' content */
	version: string;
	sources: Source[];
	glossary: GlossaryEntry[];
	regions: Region[];
	companies: Company[];
	events: ForumEvent[];
	deals: Deal[];
	sezs: Sez[];
	indicators: Indicator[];
	timeline: TimelineEntry[];
	/** every fact value by its key, e.g. "deal/fufeng-corn/investment" */
	facts: FactIndex;
}

export interface LoadResult {
	dataset?: Dataset;
	issues: ContentIssue[];
	/** one line per record type, e.g. { type: 'deals', count: 5 } */
	summary: { type: string; count: number }[];
}

/** Plain-language messages for zod's built-in checks; schema-level messages win over these. */
function message(issue: z.core.$ZodRawIssue): string | undefined {
	switch (issue.code) {
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
		case 'invalid_type':
			return issue.input === undefined ? 'is required' : `expected ${issue.expected}`;
		case 'too_small':
			return 'is empty';
		default:
			return undefined;
	}
}

function recordId(raw: unknown, index: number): string {
	const id = (raw as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id ? id : `#${index + 1}`;
}

function parseFile<S extends z.ZodType>(
	path: string,
	text: string,
	schema: S,
	issues: ContentIssue[],
	rawIds: string[]
): z.infer<S>[] {
	let data: unknown;
	try {
		// parse() is much faster than building a Document and throws the first error, which is
		// the one worth reporting (later errors are usually knock-on effects)
		data = parseYaml(text, { logLevel: 'error' });
	} catch (e) {
		if (!(e instanceof YAMLParseError)) throw e;
		const line = e.linePos?.[0].line;
		issues.push({
			file: path,
			message: `not valid YAML${line ? ` (line ${line})` : ''}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`
		});
		return [];
	}
	if (!Array.isArray(data)) {
		issues.push({ file: path, message: 'expected a list of records (each starting with "- id: ...")' });
		return [];
	}
	const out: z.infer<S>[] = [];
	data.forEach((raw, i) => {
		const rawId = (raw as { id?: unknown } | null)?.id;
		if (typeof rawId === 'string') rawIds.push(rawId);
		const r = schema.safeParse(raw, { error: message });
		if (r.success) out.push(r.data);
		else
			for (const z of r.error.issues) {
				// unknown keys are reported on the key itself so the field names it
				const keys = z.code === 'unrecognized_keys' ? z.keys : [undefined];
				for (const key of keys)
					issues.push({
						file: path,
						record: recordId(raw, i),
						field: [...z.path, ...(key ? [key] : [])].map(String).join('.') || undefined,
						message: z.code === 'unrecognized_keys' ? `unknown field "${key}"` : z.message
					});
			}
	});
	return out;
}

type Records = { [K in RecordType]: z.infer<(typeof RECORD_FILES)[K]['schema']>[] };

export function loadDataset(files: Record<string, string>): LoadResult {
	const issues: ContentIssue[] = [];
	const dataFiles = Object.fromEntries(
		Object.entries(files)
			.filter(([p]) => p.startsWith(DATA_DIR))
			.map(([p, t]) => [p.slice(DATA_DIR.length), t])
	);
	const known = new Set<string>([...Object.values(RECORD_FILES).map((r) => r.file), ...OTHER_FILES]);
	for (const name of Object.keys(dataFiles))
		if (!known.has(name))
			issues.push({
				file: DATA_DIR + name,
				message: `unknown data file (expected one of ${[...known].join(', ')})`
			});

	const records = {} as Records;
	// ids of every record, valid or not, so one bad record does not also break references to it
	const rawIds = {} as Record<RecordType, string[]>;
	for (const [type, { file, schema }] of Object.entries(RECORD_FILES) as [
		RecordType,
		(typeof RECORD_FILES)[RecordType]
	][]) {
		const path = DATA_DIR + file;
		rawIds[type] = [];
		if (dataFiles[file] === undefined) {
			issues.push({ file: path, message: 'file is missing' });
			(records as Record<string, unknown[]>)[type] = [];
			continue;
		}
		(records as Record<string, unknown[]>)[type] = parseFile(
			path,
			dataFiles[file],
			schema,
			issues,
			rawIds[type]
		);
	}

	issues.push(...checkReferences(records, rawIds));
	const { facts, issues: factIssues } = collectFacts(records);
	issues.push(...factIssues);

	const summary: LoadResult['summary'] = (Object.keys(RECORD_FILES) as RecordType[]).map((type) => ({
		type,
		count: records[type].length
	}));
	summary.push({ type: 'facts', count: Object.keys(facts).length });
	if (issues.length) return { issues, summary };
	return {
		dataset: { version: datasetVersion(files), ...records, facts },
		issues,
		summary
	};
}

// ---- cross-references ----

function checkReferences(r: Records, rawIds: Record<RecordType, string[]>): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const ids = {} as Record<RecordType, Set<string>>;
	for (const type of Object.keys(RECORD_FILES) as RecordType[]) {
		const seen = new Set<string>();
		const file = DATA_DIR + RECORD_FILES[type].file;
		for (const id of rawIds[type]) {
			if (seen.has(id)) issues.push({ file, record: id, field: 'id', message: `duplicate id "${id}"` });
			seen.add(id);
		}
		ids[type] = seen;
	}
	const what: Record<RecordType, string> = {
		sources: 'source',
		glossary: 'concept (not in the glossary)',
		regions: 'region',
		companies: 'company',
		events: 'event',
		deals: 'deal',
		sezs: 'special economic zone',
		indicators: 'indicator',
		timeline: 'timeline entry'
	};
	const ref = (type: RecordType, id: string, rec: string, field: string, target: RecordType) => {
		if (!ids[target].has(id))
			issues.push({
				file: DATA_DIR + RECORD_FILES[type].file,
				record: rec,
				field,
				message: `unknown ${what[target]} "${id}"`
			});
	};
	const refList = (
		type: RecordType,
		list: readonly string[],
		rec: string,
		field: string,
		target: RecordType
	) => list.forEach((id, i) => ref(type, id, rec, `${field}.${i}`, target));
	/** a fact whose value is an id: check the value and every other report's value */
	const refFact = (
		type: RecordType,
		f: FactValue | undefined,
		rec: string,
		field: string,
		target: RecordType
	) => {
		if (!f) return;
		if (typeof f.value === 'string') ref(type, f.value, rec, `${field}.value`, target);
		f.otherReports?.forEach((o, i) => {
			if (typeof o.value === 'string')
				ref(type, o.value, rec, `${field}.otherReports.${i}.value`, target);
		});
	};

	// every source id used anywhere in a fact
	for (const type of Object.keys(RECORD_FILES) as RecordType[]) {
		for (const rec of r[type] as { id: string }[]) {
			walkFacts(rec, (f, path) => {
				refList(type, f.sources, rec.id, `${path}.sources`, 'sources');
				f.otherReports?.forEach((o, i) =>
					refList(type, o.sources, rec.id, `${path}.otherReports.${i}.sources`, 'sources')
				);
			});
		}
	}
	for (const g of r.glossary) {
		refList('glossary', g.sources, g.id, 'sources', 'sources');
		refList('glossary', g.related, g.id, 'related', 'glossary');
	}
	for (const reg of r.regions) refFact('regions', reg.splitFrom, reg.id, 'splitFrom', 'regions');
	for (const e of r.events) refList('events', e.related, e.id, 'related', 'events');
	const partnerOnly = new Set(r.companies.filter((c) => c.partnerOnly).map((c) => c.id));
	for (const d of r.deals) {
		ref('deals', d.event, d.id, 'event', 'events');
		refFact('deals', d.company, d.id, 'company', 'companies');
		refFact('deals', d.region, d.id, 'region', 'regions');
		refFact('deals', d.sez, d.id, 'sez', 'sezs');
		refList('deals', d.concepts, d.id, 'concepts', 'glossary');
		refList('deals', d.conceptSources, d.id, 'conceptSources', 'sources');
		if (d.concepts.length && !d.conceptSources.length)
			issues.push({
				file: DATA_DIR + RECORD_FILES.deals.file,
				record: d.id,
				field: 'conceptSources',
				message: 'say which sources link this deal to its concepts'
			});
		if (typeof d.company.value === 'string' && partnerOnly.has(d.company.value))
			issues.push({
				file: DATA_DIR + RECORD_FILES.deals.file,
				record: d.id,
				field: 'company.value',
				message: `company "${d.company.value}" is marked partnerOnly (no itemised deal)`
			});
	}
	for (const s of r.sezs) refFact('sezs', s.region, s.id, 'region', 'regions');
	for (const ind of r.indicators) refList('indicators', ind.concepts, ind.id, 'concepts', 'glossary');
	for (const t of r.timeline) {
		refList('timeline', t.concepts, t.id, 'concepts', 'glossary');
		refList('timeline', t.events, t.id, 'events', 'events');
	}
	for (const reg of r.regions) {
		const c = reg.centreCoordinates;
		if (c && !c.sources.includes('geonames'))
			issues.push({
				file: DATA_DIR + RECORD_FILES.regions.file,
				record: reg.id,
				field: 'centreCoordinates.sources',
				message: 'coordinates must cite geonames'
			});
	}
	return issues;
}

/** Calls fn for every fact value in a record, with its dotted field path. */
export function walkFacts(record: object, fn: (f: FactValue, path: string) => void) {
	for (const [field, v] of Object.entries(record)) {
		if (isFactLike(v)) fn(v, field);
		else if (Array.isArray(v))
			v.forEach((item, i) => {
				if (isFactLike(item)) fn(item, `${field}.${i}`);
			});
	}
}
