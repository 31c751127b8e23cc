// Number and date text for questions. Uses the dataset's formatter (src/lib/content/format.ts) so
// quizzes and lessons print figures the same way, memoised because quiz assembly formats the
// same few dataset values many times and creating Intl formatters is slow.
// Pure: must not import Svelte, $app or browser globals.
import { formatIsoDate, formatNumberWithUnit as formatOnce } from '../content/format.ts';
import type { Qualifier, Unit } from '../content/dataset/index.ts';

const memo = new Map<string, string>();
function cached(key: string, make: () => string): string {
	let s = memo.get(key);
	if (s === undefined) {
		// bounded: values come from a small dataset plus near-miss variants of them
		if (memo.size > 5000) memo.clear();
		memo.set(key, (s = make()));
	}
	return s;
}

export function formatNumberWithUnit(
	value: number,
	unit?: Unit,
	qualifier: Qualifier = 'exact',
	max?: number
): string {
	return cached(`n|${value}|${unit}|${qualifier}|${max}`, () =>
		formatOnce(value, unit, qualifier, max)
	);
}

export function formatDate(iso: string): string {
	return cached(`d|${iso}`, () => formatIsoDate(iso));
}

const numberFormats = new Map<string, Intl.NumberFormat>();
export function nf(locale: string, maximumFractionDigits = 2): Intl.NumberFormat {
	const key = `${locale}|${maximumFractionDigits}`;
	let f = numberFormats.get(key);
	if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits })));
	return f;
}
