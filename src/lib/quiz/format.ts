// Text for numbers in questions: "$800 million", "over $24 billion", "about 1,500 jobs".
// Provisional twin of src/lib/content/format.ts (formatNumberWithUnit) until that lands.
// Pure: must not import Svelte, $app or browser globals.

// Intl formatters are costly to create and quizzes format many numbers, so they are cached.
const numberFormats = new Map<string, Intl.NumberFormat>();
export function nf(locale: string, maximumFractionDigits = 2): Intl.NumberFormat {
	const key = `${locale}|${maximumFractionDigits}`;
	let f = numberFormats.get(key);
	if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits })));
	return f;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();

const QUALIFIER_WORD: Record<string, string> = {
	exact: '',
	about: 'about ',
	over: 'over ',
	up_to: 'up to ',
	range: ''
};

function scaled(value: number, locale: string): { n: string; word: string } {
	const abs = Math.abs(value);
	const fmt = (x: number) => nf(locale).format(x);
	if (abs >= 1e12) return { n: fmt(value / 1e12), word: ' trillion' };
	if (abs >= 1e9) return { n: fmt(value / 1e9), word: ' billion' };
	if (abs >= 1e6) return { n: fmt(value / 1e6), word: ' million' };
	return { n: fmt(value), word: '' };
}

const UNIT_WORDS: Record<string, [string, string]> = {
	jobs: ['job', 'jobs'],
	't/yr': ['tonne a year', 'tonnes a year'],
	t: ['tonne', 'tonnes'],
	ha: ['hectare', 'hectares'],
	TEU: ['TEU', 'TEU'],
	km: ['km', 'km'],
	people: ['person', 'people'],
	kWh: ['kWh', 'kWh'],
	MCI: ['MCI', 'MCI']
};

export function formatNumberWithUnit(
	value: number,
	unit?: string,
	qualifier = 'exact',
	locale = 'en'
): string {
	const q = QUALIFIER_WORD[qualifier] ?? '';
	if (unit === 'USD') {
		const { n, word } = scaled(value, locale);
		return `${q}$${n}${word}`;
	}
	if (unit === 'KZT' || unit === 'CNY') {
		const { n, word } = scaled(value, locale);
		return `${q}${n}${word} ${unit === 'KZT' ? 'tenge' : 'yuan'}`;
	}
	if (unit === 'percent') {
		return `${q}${nf(locale).format(value)}%`;
	}
	if (unit === 'MW' || unit === 'GW') {
		return `${q}${nf(locale).format(value)} ${unit}`;
	}
	if (unit === 'year') return String(value);
	if (unit === 'count' || !unit) {
		return `${q}${nf(locale).format(value)}`;
	}
	const [one, many] = UNIT_WORDS[unit] ?? [unit, unit];
	const { n, word } =
		value >= 1e6 ? scaled(value, locale) : { n: nf(locale).format(value), word: '' };
	return `${q}${n}${word} ${value === 1 ? one : many}`;
}

/** "2013-09-07" -> "7 September 2013"; "2013-09" -> "September 2013"; "2013" stays. */
export function formatDate(iso: string, locale = 'en-GB'): string {
	const [y, m, d] = iso.split('-').map(Number);
	if (!m) return String(y);
	const date = new Date(Date.UTC(y, m - 1, d || 1));
	const opts: Intl.DateTimeFormatOptions = d
		? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
		: { month: 'long', year: 'numeric', timeZone: 'UTC' };
	const key = `${locale}|${d ? 'day' : 'month'}`;
	let f = dateFormats.get(key);
	if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, opts)));
	return f.format(date);
}
