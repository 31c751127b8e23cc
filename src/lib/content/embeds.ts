// What the lesson embeds and data pages show, resolved from the dataset into small, plain,
// serialisable views: facts formatted with their qualifier, status, sources and other reports;
// glossary terms; bar-chart data for deals and indicators; timeline entries; deal locations.
// Pages compute these at prerender time so YAML and schemas never reach the browser.
// Pure: must not import Svelte, $app or browser globals.
import { byId, idValue, parseFactKey } from './dataset/queries.ts';
import { getFact, isQuizUsable } from './dataset/facts.ts';
import type { Dataset } from './dataset/load.ts';
import type { FactStatus, FactValue, Unit } from './dataset/schema.ts';
import { formatFact, formatIsoDate } from './format.ts';
import { splitIds } from './ids.ts';
import type { ChartMeasure, LessonInfo } from './lesson.ts';

export interface MapMarker extends DealPoint {
	x: number;
	y: number;
}

/** A prerendered map: the outline as an SVG path and the deals as projected points. */
export interface MapView {
	width: number;
	height: number;
	/** SVG path of the country outline, in the view box's coordinates */
	outline: string;
	markers: MapMarker[];
}

export interface SourceView {
	id: string;
	title: string;
	publisher: string;
	/** formatted date ("17 June 2025"), when the source has one */
	date?: string;
	url: string;
	licence?: string;
	/** 1-based citation number on the page that lists it */
	n: number;
}

export interface ReportView {
	text: string;
	sources: string[];
	note?: string;
}

export interface FactView {
	key: string;
	/** formatted value with qualifier and as-of date: "about 1,500 jobs" */
	text: string;
	/** the same without its as-of date, for sentences that say when (only when there is a date) */
	undated?: string;
	/** the number itself, for values that are numbers (used by <Calc>) */
	value?: number;
	status: FactStatus;
	/** may be a correct quiz answer */
	quiz: boolean;
	sources: string[];
	note?: string;
	/** the reports a conflicting (or revised) value is kept beside */
	otherReports: ReportView[];
}

export interface TermView {
	id: string;
	term: string;
	definition: string;
}

export interface Bar {
	id: string;
	label: string;
	value: number;
	/** the figure as readers see it, with qualifier */
	text: string;
	status: FactStatus;
	sources: string[];
	note?: string;
	/** other reports, for conflicting values */
	otherReports: ReportView[];
}

export interface ChartView {
	unit: Unit;
	/** the unit in words for the axis: "US dollars", "jobs" */
	unitLabel: string;
	bars: Bar[];
	/** rows that are not bars, each with the reason in plain words */
	left: { id: string; label: string; reason: string }[];
}

export interface TimelineView {
	id: string;
	label: string;
	/** ISO date (possibly partial) for <time datetime> */
	date: string;
	dateText: string;
	place?: string;
	note?: string;
	sources: string[];
}

export interface DealPoint {
	dealId: string;
	title: string;
	company: string;
	regionId: string;
	region: string;
	/** the region's administrative centre, where the marker sits */
	centre: string;
	/** [latitude, longitude] of the centre (GeoNames) */
	coordinates: [number, number];
	/** the deal's region is reported differently by different sources */
	regionConflict: boolean;
	sources: string[];
}

const UNIT_LABELS: Partial<Record<Unit, string>> = {
	USD: 'US dollars',
	KZT: 'tenge',
	CNY: 'yuan',
	jobs: 'jobs',
	MW: 'megawatts',
	't/yr': 'tonnes a year',
	t: 'tonnes',
	percent: 'per cent',
	count: 'number'
};

/** Text facts whose values are ids or codes, shown as words. */
const ID_FIELDS: Record<string, (d: Dataset, id: string) => string | undefined> = {
	region: (d, id) => byId(d.regions, id)?.name,
	splitFrom: (d, id) => byId(d.regions, id)?.name,
	company: (d, id) => byId(d.companies, id)?.name,
	sez: (d, id) => byId(d.sezs, id)?.name
};
const CODE_FIELDS = new Set(['status', 'agreementType', 'sector']);

function valueText(dataset: Dataset, field: string | undefined, f: Pick<FactValue, 'value'>) {
	if (field && typeof f.value === 'string') {
		const named = ID_FIELDS[field]?.(dataset, f.value);
		if (named) return named;
		if (CODE_FIELDS.has(field)) return f.value.replace(/-/g, ' ');
	}
	return undefined;
}

function reportViews(dataset: Dataset, field: string | undefined, f: FactValue): ReportView[] {
	return (f.otherReports ?? []).map((r) => {
		const named = valueText(dataset, field, r);
		return {
			text: named ?? formatFact(r),
			sources: r.sources,
			...(r.note ? { note: r.note } : {})
		};
	});
}

/** A fact as a view, or undefined for an unknown key. */
export function factView(dataset: Dataset, key: string): FactView | undefined {
	const f = getFact(dataset, key);
	if (!f) return undefined;
	const field = parseFactKey(key)?.field;
	const named = valueText(dataset, field, f);
	return {
		key,
		text: named ? (f.asOf ? formatFact({ ...f, value: named }) : named) : formatFact(f),
		...(f.asOf
			? { undated: formatFact(named ? { ...f, value: named } : f, 'en', { asOf: false }) }
			: {}),
		...(typeof f.value === 'number' ? { value: f.value } : {}),
		status: f.status,
		quiz: isQuizUsable(f),
		sources: f.sources,
		...(f.note ? { note: f.note } : {}),
		otherReports: reportViews(dataset, field, f)
	};
}

export function termView(dataset: Dataset, id: string): TermView | undefined {
	const g = byId(dataset.glossary, id);
	return g && { id: g.id, term: g.term, definition: g.definition };
}

/** Settled values are bars; conflicting ones are bars marked as such; uncertain ones are left out. */
function barOrReason(f: FactValue | undefined, unit: Unit): string | undefined {
	if (!f || typeof f.value !== 'number') return 'no figure reported';
	if (f.status === 'uncertain') return 'the reported figure is uncertain';
	if (f.unit !== unit) return `reported in ${UNIT_LABELS[f.unit!] ?? f.unit}, not converted`;
	return undefined;
}

function chartOf(
	dataset: Dataset,
	unit: Unit,
	rows: { id: string; label: string; fact: FactValue | undefined; field?: string }[]
): ChartView {
	const bars: Bar[] = [];
	const left: ChartView['left'] = [];
	for (const row of rows) {
		const reason = barOrReason(row.fact, unit);
		if (reason || !row.fact) {
			left.push({ id: row.id, label: row.label, reason: reason ?? 'no figure reported' });
			continue;
		}
		bars.push({
			id: row.id,
			label: row.label,
			value: row.fact.value as number,
			text: formatFact(row.fact),
			status: row.fact.status,
			sources: row.fact.sources,
			...(row.fact.note ? { note: row.fact.note } : {}),
			otherReports: reportViews(dataset, row.field, row.fact)
		});
	}
	return { unit, unitLabel: UNIT_LABELS[unit] ?? unit, bars, left };
}

const MEASURE_UNIT: Record<ChartMeasure, Unit> = { investment: 'USD', jobs: 'jobs' };

/** Short label for a deal in charts and maps: the company and what it builds. */
export function dealLabel(dataset: Dataset, deal: Dataset['deals'][number]): string {
	return byId(dataset.companies, idValue(deal.company) ?? '')?.name ?? deal.companyNameAsReported;
}

/** The itemised deals by investment (US dollars) or jobs. */
export function dealChart(dataset: Dataset, measure: ChartMeasure): ChartView {
	return chartOf(
		dataset,
		MEASURE_UNIT[measure],
		dataset.deals.map((d) => ({
			id: d.id,
			label: dealLabel(dataset, d),
			fact: d[measure]
		}))
	);
}

/**
 * Investment (US dollars) summed by sector. A sector total that includes a conflicting value is
 * itself marked conflicting, and lists which deal it comes from.
 */
export function sectorChart(dataset: Dataset): ChartView {
	const bySector = new Map<string, Dataset['deals']>();
	for (const d of dataset.deals) {
		const s = idValue(d.sector) ?? 'unknown';
		bySector.set(s, [...(bySector.get(s) ?? []), d]);
	}
	const bars: Bar[] = [];
	const left: ChartView['left'] = [];
	for (const [sector, deals] of bySector) {
		const usable = deals.filter((d) => !barOrReason(d.investment, 'USD'));
		const label = sector.charAt(0).toUpperCase() + sector.slice(1);
		if (!usable.length) {
			left.push({ id: sector, label, reason: 'no figure in US dollars' });
			continue;
		}
		const sum = usable.reduce((s, d) => s + (d.investment.value as number), 0);
		const conflicting = usable.filter((d) => d.investment.status === 'conflicting');
		const approximate = usable.some((d) => d.investment.qualifier !== 'exact');
		bars.push({
			id: sector,
			label,
			value: sum,
			text: formatFact({ value: sum, unit: 'USD', qualifier: approximate ? 'about' : 'exact' }),
			status: conflicting.length ? 'conflicting' : usable.every((d) => d.investment.status === 'verified') ? 'verified' : 'seed-only',
			sources: [...new Set(usable.flatMap((d) => d.investment.sources))],
			note:
				`Sum of ${usable.length} deal${usable.length === 1 ? '' : 's'}: ` +
				new Intl.ListFormat('en').format(usable.map((d) => dealLabel(dataset, d))) +
				'. This total is a calculation from the reported figures.' +
				(conflicting.length
					? ` It includes a value that sources report differently (${new Intl.ListFormat('en').format(conflicting.map((d) => dealLabel(dataset, d)))}).`
					: ''),
			otherReports: []
		});
	}
	bars.sort((a, b) => b.value - a.value);
	return { unit: 'USD', unitLabel: UNIT_LABELS.USD!, bars, left };
}

/** Indicators side by side; those in another unit than the first are left out with a reason. */
export function indicatorChart(dataset: Dataset, ids: readonly string[]): ChartView {
	const list = ids.map((id) => byId(dataset.indicators, id));
	const unit = list.find((i) => i?.fact.unit)?.fact.unit ?? 'count';
	return chartOf(
		dataset,
		unit,
		ids.map((id, i) => ({ id, label: list[i]?.label ?? id, fact: list[i]?.fact }))
	);
}

export function timelineView(dataset: Dataset, id: string): TimelineView | undefined {
	const e = byId(dataset.timeline, id);
	if (!e || typeof e.date.value !== 'string') return undefined;
	return {
		id: e.id,
		label: e.label,
		date: e.date.value,
		dateText: formatIsoDate(e.date.value),
		...(e.place ? { place: e.place } : {}),
		...(e.note ? { note: e.note } : {}),
		sources: e.date.sources
	};
}

/** Every itemised deal placed at its region's centre, when the dataset has coordinates for it. */
export function dealPoints(dataset: Dataset): DealPoint[] {
	const out: DealPoint[] = [];
	for (const d of dataset.deals) {
		const region = byId(dataset.regions, idValue(d.region) ?? '');
		const coords = region?.centreCoordinates?.value;
		if (!region || !Array.isArray(coords) || coords.length !== 2) continue;
		out.push({
			dealId: d.id,
			title: d.title,
			company: dealLabel(dataset, d),
			regionId: region.id,
			region: region.name,
			centre: typeof region.centre?.value === 'string' ? region.centre.value : region.name,
			coordinates: [Number(coords[0]), Number(coords[1])],
			regionConflict: d.region.status === 'conflicting',
			sources: [...new Set([...d.region.sources, ...region.centreCoordinates!.sources])]
		});
	}
	return out;
}

export function sourceView(dataset: Dataset, id: string, n: number): SourceView | undefined {
	const s = byId(dataset.sources, id);
	if (!s) return undefined;
	return {
		id: s.id,
		title: s.title,
		publisher: s.publisher,
		...(s.date ? { date: formatIsoDate(s.date) } : {}),
		url: s.url,
		...(s.licence ? { licence: s.licence } : {}),
		n
	};
}

/** Everything a lesson page needs for the embeds its body uses. */
export interface LessonEmbeds {
	facts: Record<string, FactView>;
	terms: Record<string, TermView>;
	/** every source the page cites, numbered in order of first citation */
	sources: Record<string, SourceView>;
	/** the page's source list: cited sources first, then the lesson's other listed sources */
	sourceOrder: string[];
	dealCharts: Partial<Record<ChartMeasure, ChartView>>;
	indicators: Record<string, ChartView>;
	timeline: Record<string, TimelineView>;
	/** deal locations, when the lesson has a map */
	points: DealPoint[];
}

export type LessonEmbedRefs = Pick<
	LessonInfo,
	'factKeys' | 'termIds' | 'embeds' | 'indicatorCharts' | 'timelineIds' | 'chartMeasures' | 'sources'
>;

/**
 * Resolves exactly what one lesson uses. Unknown ids are skipped here (validation reports them),
 * so a page never fails on a reference the validator has already named.
 */
export function resolveLessonEmbeds(dataset: Dataset, lesson: LessonEmbedRefs): LessonEmbeds {
	const facts: Record<string, FactView> = {};
	for (const key of lesson.factKeys) {
		const v = factView(dataset, key);
		if (v) facts[key] = v;
	}
	const terms: Record<string, TermView> = {};
	for (const id of lesson.termIds) {
		const v = termView(dataset, id);
		if (v) terms[id] = v;
	}
	const dealCharts: LessonEmbeds['dealCharts'] = {};
	for (const m of lesson.chartMeasures)
		if (m === 'investment' || m === 'jobs') dealCharts[m] = dealChart(dataset, m);
	const indicators: Record<string, ChartView> = {};
	for (const ids of lesson.indicatorCharts) {
		const list = splitIds(ids);
		indicators[list.join(',')] = indicatorChart(dataset, list);
	}
	const timeline: Record<string, TimelineView> = {};
	for (const id of lesson.timelineIds) {
		const v = timelineView(dataset, id);
		if (v) timeline[id] = v;
	}
	const points = lesson.embeds.includes('DealMap') ? dealPoints(dataset) : [];

	const cited = [
		...Object.values(facts).flatMap((f) => [...f.sources, ...f.otherReports.flatMap((r) => r.sources)]),
		...Object.values(dealCharts).flatMap((c) => chartSources(c)),
		...Object.values(indicators).flatMap((c) => chartSources(c)),
		...Object.values(timeline).flatMap((e) => e.sources),
		...points.flatMap((p) => p.sources),
		...lesson.sources
	];
	const sources: Record<string, SourceView> = {};
	const sourceOrder: string[] = [];
	for (const id of cited) {
		if (sources[id]) continue;
		const v = sourceView(dataset, id, sourceOrder.length + 1);
		if (!v) continue;
		sources[id] = v;
		sourceOrder.push(id);
	}
	return { facts, terms, sources, sourceOrder, dealCharts, indicators, timeline, points };
}

export function chartSources(chart: ChartView): string[] {
	return chart.bars.flatMap((b) => [...b.sources, ...b.otherReports.flatMap((r) => r.sources)]);
}
