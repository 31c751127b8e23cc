// Shared pieces for generators that ask about numbers and deals: labels, near-miss distractors,
// numeric question settings. Pure: must not import Svelte, $app or browser globals.
import { getFact, nameOf, usable, type Dataset, type FactValue } from '../data.ts';
import { formatNumberWithUnit } from '../format.ts';
import { otherReportValues } from './family.ts';

export type Deal = Dataset['deals'][number];

export function dealLabel(ds: Dataset, d: Deal): string {
	const company = getFact(ds, `deal/${d.id}/company`);
	const name =
		typeof company?.value === 'string'
			? nameOf(ds, 'company', company.value)
			: d.companyNameAsReported;
	return `${lowerFirst(withoutRegion(ds, d.title))} (${name ?? d.companyNameAsReported})`;
}

/** Titles may name the region ("... in Zhambyl Region"); that would give region questions away. */
export function withoutRegion(ds: Dataset, title: string): string {
	let out = title;
	for (const r of ds.regions) {
		const i = out.toLowerCase().indexOf(` in ${r.name.toLowerCase()}`);
		if (i >= 0) out = out.slice(0, i) + out.slice(i + 4 + r.name.length);
	}
	return out.trim();
}

export function companyOf(ds: Dataset, d: Deal): string {
	const company = getFact(ds, `deal/${d.id}/company`);
	return typeof company?.value === 'string'
		? nameOf(ds, 'company', company.value)
		: (d.companyNameAsReported ?? d.id);
}

export function lowerFirst(s: string): string {
	return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

export function upperFirst(s: string): string {
	return s ? s[0].toUpperCase() + s.slice(1) : s;
}

export function fmt(f: FactValue): string {
	return typeof f.value === 'number'
		? formatNumberWithUnit(f.value, f.unit, f.qualifier ?? 'exact', f.max)
		: String(f.value);
}

/** Two significant digits, so near-misses look like reported figures. */
export function round2(x: number): number {
	if (x === 0) return 0;
	const p = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
	return Math.round(x / p) * p;
}

/** Far enough apart that no reasonable reading makes both the same answer. */
export function clearlyDifferent(a: number, b: number, gap = 0.15): boolean {
	return Math.abs(a - b) > gap * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Distractor values for a number: real values of the same unit from other facts first, then
 * computed near-misses (a unit slip of x10 or /10, double, half). Excludes anything close to the
 * key or to another report of it.
 */
export function numberDistractors(
	ds: Dataset,
	key: FactValue,
	realKeys: readonly string[],
	integer = false
): number[] {
	const k = key.value as number;
	const others = otherReportValues(key).filter((v): v is number => typeof v === 'number');
	const ok = (v: number) =>
		v > 0 &&
		clearlyDifferent(v, k) &&
		others.every((o) => clearlyDifferent(v, o)) &&
		(!integer || Number.isInteger(v));
	const real = realKeys
		.map((rk) => usable(ds, rk))
		.filter((f): f is FactValue => !!f && f.unit === key.unit && typeof f.value === 'number')
		.map((f) => f.value as number);
	const near = [k * 10, k / 10, k * 2, k / 2, k * 3].map(round2);
	const out: number[] = [];
	for (const v of [...real, ...near])
		if (ok(v) && out.every((o) => clearlyDifferent(o, v))) out.push(v);
	return out;
}

export interface NumericSettings {
	unit: string;
	scale: number;
	scaleWords: string[];
	tolerance: { kind: 'relative' | 'absolute'; amount: number };
}

const UNIT_LABEL: Record<string, string> = {
	USD: 'US dollars',
	KZT: 'tenge',
	CNY: 'yuan',
	jobs: 'jobs',
	't/yr': 'tonnes a year',
	t: 'tonnes',
	MW: 'megawatts (MW)',
	GW: 'gigawatts (GW)',
	ha: 'hectares',
	TEU: 'TEU (containers)',
	percent: 'percent',
	count: '',
	km: 'km',
	people: 'people'
};

/** How a numeric question about this fact is typed and marked, or undefined if it cannot be. */
export function numericSettings(f: FactValue): NumericSettings | undefined {
	if (typeof f.value !== 'number') return undefined;
	const q = f.qualifier ?? 'exact';
	if (q !== 'exact' && q !== 'about') return undefined;
	const v = f.value;
	const scale = v >= 1e9 ? 1e9 : v >= 1e6 ? 1e6 : 1;
	const word = scale === 1e9 ? 'billion' : scale === 1e6 ? 'million' : '';
	const base = UNIT_LABEL[f.unit ?? 'count'] ?? f.unit ?? '';
	const unit = [word, base].filter(Boolean).join(' ') || 'a number';
	return {
		unit,
		scale,
		scaleWords: ['thousand', 'million', 'billion'],
		tolerance: { kind: 'relative', amount: q === 'about' ? 0.1 : 0.02 }
	};
}

/** Exact or "about": a figure that a different figure clearly contradicts. */
export function exactish(f: FactValue): boolean {
	return ['exact', 'about'].includes(f.qualifier ?? 'exact');
}

/** The instruction after a numeric stem, in words a learner expects ("Answer in million US dollars."). */
export function answerHint(numeric: NumericSettings): string {
	if (numeric.unit === 'a number') return 'Type a number.';
	if (numeric.unit === 'jobs') return 'Type the number of jobs.';
	return `Answer in ${numeric.unit}.`;
}
