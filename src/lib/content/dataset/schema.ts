// Schemas for the deal dataset (content/data/*.yaml): one per record type, plus the sourced
// "fact value" every figure is stored as. Types are inferred from these schemas and never written
// twice. Pure: must not import Svelte, $app or browser globals.
import { z } from 'zod';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ISO date, possibly partial: 2025, 2025-06 or 2025-06-17 */
export const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const id = z
	.string({ error: 'expected an id (lowercase words joined by dashes)' })
	.regex(ID_PATTERN, { error: 'expected an id (lowercase words joined by dashes)' });
const text = (what = 'text') =>
	z.string({ error: `expected ${what}` }).trim().min(1, { error: `expected ${what}` });
const isoDate = z
	.string({ error: 'expected a date written YYYY-MM-DD (or YYYY-MM, YYYY)' })
	.regex(ISO_DATE, { error: 'expected a date written YYYY-MM-DD (or YYYY-MM, YYYY)' });
const idList = (what: string) =>
	z.array(id, { error: `expected a list of ${what}` }).default([]);

export const UNITS = [
	'USD',
	'KZT',
	'CNY',
	't/yr',
	't',
	'MW',
	'GW',
	'kWh',
	'jobs',
	'ha',
	'TEU',
	'percent',
	'count',
	'people',
	'km',
	'year',
	'MCI'
] as const;
export type Unit = (typeof UNITS)[number];
export const MONEY_UNITS = ['USD', 'KZT', 'CNY'] as const satisfies readonly Unit[];

export const QUALIFIERS = ['exact', 'about', 'over', 'up_to', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const FACT_STATUSES = ['verified', 'seed-only', 'conflicting', 'uncertain'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

const unit = z.enum(UNITS, { error: `expected a unit: one of ${UNITS.join(', ')}` });
const qualifier = z.enum(QUALIFIERS, {
	error: `expected a qualifier: one of ${QUALIFIERS.join(', ')}`
});
const factStatus = z.enum(FACT_STATUSES, {
	error: `expected a status: one of ${FACT_STATUSES.join(', ')}`
});
const scalar = z.union(
	[z.number(), z.string(), z.array(z.string()), z.array(z.number()), z.boolean()],
	{ error: 'expected a number, text, a list, true/false or a date' }
);
export const SOURCE_ID = /^(?:seed|geonames|S\d{2,3})$/;
const sourceId = z
	.string({ error: 'expected a source id' })
	.regex(SOURCE_ID, { error: 'expected a source id: seed, geonames or S followed by digits' });
const sourceIds = z
	.array(sourceId, { error: 'expected a list of source ids' })
	.min(1, { error: 'every value needs at least one source' });

/** Shared numeric rules for a fact or one of its other reports. */
function checkNumber(
	v: { value: unknown; unit?: string; qualifier: string; max?: number },
	ctx: z.RefinementCtx,
	allowedUnits?: readonly string[]
) {
	if (typeof v.value === 'number') {
		if (!Number.isFinite(v.value) || v.value <= 0)
			ctx.addIssue({ code: 'custom', path: ['value'], message: 'numbers must be positive' });
		if (!v.unit)
			ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a number needs a unit' });
	} else if (v.qualifier !== 'exact') {
		ctx.addIssue({
			code: 'custom',
			path: ['qualifier'],
			message: `qualifier "${v.qualifier}" only makes sense for a number`
		});
	}
	if (v.unit && allowedUnits && !allowedUnits.includes(v.unit))
		ctx.addIssue({
			code: 'custom',
			path: ['unit'],
			message: `wrong unit "${v.unit}": expected ${allowedUnits.join(' or ')}`
		});
	if (v.qualifier === 'range') {
		if (v.max === undefined)
			ctx.addIssue({ code: 'custom', path: ['max'], message: 'a range needs a max' });
		else if (typeof v.value === 'number' && v.max <= v.value)
			ctx.addIssue({ code: 'custom', path: ['max'], message: 'max must be above value' });
	} else if (v.max !== undefined) {
		ctx.addIssue({ code: 'custom', path: ['max'], message: 'max is only used with qualifier range' });
	}
}

const reportShape = {
	value: scalar,
	unit: unit.optional(),
	qualifier: qualifier.default('exact'),
	max: z.number({ error: 'expected a number' }).optional(),
	sources: sourceIds,
	asOf: isoDate.optional(),
	note: text().optional()
};

export const otherReportSchema = z.strictObject(reportShape).superRefine((r, ctx) => checkNumber(r, ctx));
export type OtherReport = z.infer<typeof otherReportSchema>;

export interface FactOptions {
	/** units this field accepts (e.g. money only); numbers need a unit either way */
	units?: readonly Unit[];
	/** the kind of value this field holds */
	kind?: 'number' | 'text' | 'list' | 'date' | 'id' | 'boolean' | 'coordinates';
	/** allowed values for text facts (e.g. sector) */
	oneOf?: readonly string[];
}

function checkKind(value: unknown, opts: FactOptions, ctx: z.RefinementCtx) {
	const bad = (message: string) => ctx.addIssue({ code: 'custom', path: ['value'], message });
	switch (opts.kind) {
		case 'number':
			if (typeof value !== 'number') bad('expected a number');
			break;
		case 'text':
			if (typeof value !== 'string') bad('expected text');
			break;
		case 'list':
			if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
				bad('expected a list of text');
			break;
		case 'coordinates':
			if (
				!Array.isArray(value) ||
				value.length !== 2 ||
				typeof value[0] !== 'number' ||
				typeof value[1] !== 'number' ||
				Math.abs(value[0]) > 90 ||
				Math.abs(value[1]) > 180
			)
				bad('expected [latitude, longitude] in degrees');
			break;
		case 'boolean':
			if (typeof value !== 'boolean') bad('expected true or false');
			break;
		case 'date':
			if (typeof value !== 'string' || !ISO_DATE.test(value))
				bad('expected a date written YYYY-MM-DD (or YYYY-MM, YYYY)');
			break;
		case 'id':
			if (typeof value !== 'string' || !ID_PATTERN.test(value))
				bad('expected an id (lowercase words joined by dashes)');
			break;
	}
	if (opts.oneOf && typeof value === 'string' && !opts.oneOf.includes(value))
		bad(`expected one of ${opts.oneOf.join(', ')}`);
}

const factShape = {
	...reportShape,
	status: factStatus,
	quiz: z.boolean({ error: 'say explicitly whether this value may be a quiz answer (quiz: true or false)' }),
	otherReports: z.array(otherReportSchema, { error: 'expected a list of other reports' }).optional(),
	/** capacity items and similar lists carry a short label and a stable id */
	label: text().optional(),
	/** raw-material facts name the material */
	material: text().optional(),
	/** trade indicators say whose statistics they are */
	reporter: z.enum(['china', 'kazakhstan'], { error: 'expected reporter: china or kazakhstan' }).optional(),
	/** the year a figure describes (harvests, trade) */
	year: z.number({ error: 'expected a year' }).int().min(1900).max(2100).optional()
};

function checkFact(opts: FactOptions) {
	return (
		f: { value: unknown; unit?: string; qualifier: string; max?: number } & {
			status: FactStatus;
			quiz: boolean;
			otherReports?: unknown[];
		},
		ctx: z.RefinementCtx
	) => {
		checkNumber(f, ctx, opts.units);
		checkKind(f.value, opts, ctx);
		if (f.quiz && (f.status === 'uncertain' || f.status === 'conflicting'))
			ctx.addIssue({
				code: 'custom',
				path: ['quiz'],
				message: `quiz: true is not allowed on ${f.status === 'uncertain' ? 'an uncertain' : 'a conflicting'} value`
			});
		if (f.status === 'conflicting' && !f.otherReports?.length)
			ctx.addIssue({
				code: 'custom',
				path: ['otherReports'],
				message: 'a conflicting value must list the other reports it conflicts with'
			});
	};
}

/** A sourced value. Numeric values need a unit and are positive; quiz answers must be settled. */
export function fact(opts: FactOptions = {}) {
	return z.strictObject(factShape).superRefine(checkFact(opts));
}

export const factSchema = fact();
export type FactValue = z.infer<typeof factSchema>;

/** A fact inside a list (capacity items): carries its own stable id, used in its fact key. */
function listFact(opts: FactOptions) {
	return z.strictObject({ ...factShape, id }).superRefine(checkFact(opts));
}

// ---- records ----

export const SOURCE_KINDS = [
	'seed',
	'news',
	'government',
	'legal-act',
	'company',
	'reference',
	'academic',
	'dataset'
] as const;

export const sourceSchema = z.strictObject({
	id: sourceId,
	title: text(),
	publisher: text(),
	date: isoDate.optional(),
	url: z.url({ error: 'expected a URL' }),
	kind: z.enum(SOURCE_KINDS, { error: `expected kind: one of ${SOURCE_KINDS.join(', ')}` }),
	language: z.string().optional(),
	reliability: z.enum(['primary', 'secondary', 'weak']).optional(),
	licence: text().optional(),
	note: text().optional()
});
export type Source = z.infer<typeof sourceSchema>;

export const glossarySchema = z.strictObject({
	id,
	term: text(),
	aliases: z.array(text()).default([]),
	definition: text(),
	related: idList('glossary ids'),
	sources: sourceIds
});
export type GlossaryEntry = z.infer<typeof glossarySchema>;

export const regionSchema = z.strictObject({
	id,
	name: text(),
	aliases: z.array(text()).default([]),
	kind: z.enum(['region', 'city'], { error: 'expected kind: region or city' }),
	centre: fact({ kind: 'text' }).optional(),
	centreCoordinates: fact({ kind: 'coordinates' }).optional(),
	created: fact({ kind: 'date' }).optional(),
	formerCentre: fact({ kind: 'text' }).optional(),
	splitFrom: fact({ kind: 'id' }).optional(),
	note: text().optional()
});
export type Region = z.infer<typeof regionSchema>;

export const SECTORS = [
	'agriculture',
	'energy',
	'transport',
	'ict',
	'education',
	'construction',
	'chemicals',
	'logistics',
	'finance',
	'manufacturing'
] as const;
const sector = z.enum(SECTORS, { error: `expected a sector: one of ${SECTORS.join(', ')}` });

export const companySchema = z.strictObject({
	id,
	name: text(),
	aliases: z.array(text()).default([]),
	sector: z.array(sector, { error: 'expected a list of sectors' }).default([]),
	profile: fact({ kind: 'text' }),
	homeProvince: fact({ kind: 'text' }).optional(),
	headquarters: fact({ kind: 'text' }).optional(),
	listing: fact({ kind: 'text' }).optional(),
	founded: fact({ kind: 'date' }).optional(),
	kazakhstanActivity: fact({ kind: 'text' }).optional(),
	partnerOnly: z.boolean({ error: 'expected true or false' }),
	note: text().optional()
});
export type Company = z.infer<typeof companySchema>;

export const eventSchema = z.strictObject({
	id,
	name: text(),
	kind: z.enum(['forum', 'summit', 'speech', 'meeting'], {
		error: 'expected kind: forum, summit, speech or meeting'
	}),
	edition: fact({ kind: 'number', units: ['count'] }).optional(),
	city: fact({ kind: 'text' }),
	venue: fact({ kind: 'text' }).optional(),
	date: fact({ kind: 'date' }),
	endDate: fact({ kind: 'date' }).optional(),
	agreements: fact({ kind: 'number', units: ['count'] }).optional(),
	totalValue: fact({ kind: 'number', units: MONEY_UNITS }).optional(),
	outcomes: fact({ kind: 'list' }).optional(),
	attendees: fact({ kind: 'list' }).optional(),
	related: idList('event ids'),
	note: text().optional()
});
export type ForumEvent = z.infer<typeof eventSchema>;

export const DEAL_STATUSES = [
	'announced',
	'signed',
	'under-construction',
	'operational',
	'expanded'
] as const;
export const AGREEMENT_TYPES = [
	'investment-agreement',
	'investment-contract',
	'commercial-agreement',
	'memorandum-of-understanding',
	'unspecified'
] as const;

export const dealSchema = z.strictObject({
	id,
	title: text(),
	event: id,
	company: fact({ kind: 'id' }),
	companyNameAsReported: text(),
	region: fact({ kind: 'id' }),
	site: fact({ kind: 'text' }).optional(),
	sez: fact({ kind: 'id' }).optional(),
	sector: fact({ kind: 'text', oneOf: SECTORS }),
	investment: fact({ kind: 'number', units: MONEY_UNITS }),
	capacity: z.array(listFact({ kind: 'number', units: ['t/yr', 'MW', 'GW', 't', 'count', 'ha'] })).default([]),
	rawMaterial: fact({ kind: 'number', units: ['t/yr'] }).optional(),
	products: fact({ kind: 'list' }).optional(),
	jobs: fact({ kind: 'number', units: ['jobs'] }).optional(),
	exportMarkets: fact({ kind: 'list' }).optional(),
	farmerContracts: fact({ kind: 'number', units: ['t', 't/yr'] }).optional(),
	status: fact({ kind: 'text', oneOf: DEAL_STATUSES }),
	agreementType: fact({ kind: 'text', oneOf: AGREEMENT_TYPES }),
	announcedOn: fact({ kind: 'date' }),
	concepts: idList('glossary ids'),
	conceptSources: z.array(sourceId, { error: 'expected a list of source ids' }).default([]),
	note: text().optional()
});
export type Deal = z.infer<typeof dealSchema>;

export const sezSchema = z.strictObject({
	id,
	name: text(),
	aliases: z.array(text()).default([]),
	/** today's region or city; left out where no source settles it */
	region: fact({ kind: 'id' }).optional(),
	location: fact({ kind: 'text' }).optional(),
	specialisation: fact({ kind: 'text' }),
	created: fact({ kind: 'date' }).optional(),
	legalAct: fact({ kind: 'text' }).optional(),
	termUntil: fact({ kind: 'date' }).optional(),
	areaHa: fact({ kind: 'number', units: ['ha'] }).optional(),
	/** false for zones replaced or closed; left out where the present status is unknown */
	current: z.boolean({ error: 'expected true or false' }).optional(),
	note: text().optional()
});
export type Sez = z.infer<typeof sezSchema>;

export const INDICATOR_TOPICS = [
	'trade',
	'investment',
	'energy',
	'transport',
	'agriculture',
	'sez',
	'industry',
	'forum',
	'geography'
] as const;

export const indicatorSchema = z
	.strictObject({
		id,
		label: text(),
		topic: z.enum(INDICATOR_TOPICS, {
			error: `expected a topic: one of ${INDICATOR_TOPICS.join(', ')}`
		}),
		/** what is measured, so only like is compared with like (e.g. total bilateral trade, not exports) */
		measure: z.enum(['bilateral-trade'], { error: 'expected a measure: bilateral-trade' }).optional(),
		fact: fact(),
		concepts: idList('glossary ids')
	})
	.superRefine((ind, ctx) => {
		if (ind.fact.year === undefined && ind.fact.asOf === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['fact', 'year'],
				message: 'an indicator needs a year or an asOf date'
			});
		if (ind.topic === 'trade' && ind.fact.year !== undefined && !ind.fact.reporter)
			ctx.addIssue({
				code: 'custom',
				path: ['fact', 'reporter'],
				message: 'a trade figure for a year must say whose statistics it is (reporter: china or kazakhstan)'
			});
	});
export type Indicator = z.infer<typeof indicatorSchema>;

export const timelineSchema = z.strictObject({
	id,
	label: text(),
	date: fact({ kind: 'date' }),
	place: text().optional(),
	concepts: idList('glossary ids'),
	events: idList('event ids'),
	note: text().optional()
});
export type TimelineEntry = z.infer<typeof timelineSchema>;
