// Formats dataset values for display ("$800 million", "over $24 billion", "about 1,500 jobs",
// "1 million tonnes a year", "17 (as of December 2025)") with Intl, so every page and question
// words a figure the same way. Money stays in its reported currency; nothing is converted.
// Pure: must not import Svelte, $app or browser globals.
import type { FactValue, Qualifier, Unit } from './dataset/schema.ts';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Words after a number, by unit; money and percent are handled separately. */
const UNIT_WORDS: Partial<Record<Unit, [singular: string, plural: string]>> = {
	't/yr': ['tonne a year', 'tonnes a year'],
	t: ['tonne', 'tonnes'],
	MW: ['MW', 'MW'],
	GW: ['GW', 'GW'],
	kWh: ['kWh', 'kWh'],
	jobs: ['job', 'jobs'],
	ha: ['hectare', 'hectares'],
	TEU: ['TEU', 'TEU'],
	people: ['person', 'people'],
	km: ['km', 'km'],
	MCI: ['MCI', 'MCI']
};

/** Currencies written as a word after the number, as readers in Kazakhstan would say them. */
const CURRENCY_WORDS: Partial<Record<Unit, string>> = { KZT: 'tenge', CNY: 'yuan' };

function plainNumber(value: number, locale: string): string {
	if (Math.abs(value) >= 1_000_000)
		return new Intl.NumberFormat(locale, {
			notation: 'compact',
			compactDisplay: 'long',
			maximumSignificantDigits: 4
		}).format(value);
	return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** Places the currency symbol where the locale puts it ("$800 million" in English). */
function withCurrencySymbol(amount: string, currency: string, locale: string): string {
	const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
	const symbolAt = parts.findIndex((p) => p.type === 'currency');
	const numberAt = parts.findIndex((p) => p.type === 'integer');
	const symbol = parts[symbolAt]?.value ?? currency;
	return symbolAt < numberAt ? `${symbol}${amount}` : `${amount}\u00a0${symbol}`;
}

/** A bare amount with its unit, without a qualifier: "$800 million", "1,320 MW", "70%". */
function amountWithUnit(value: number, unit: Unit | undefined, locale: string): string {
	if (unit === 'year') return String(value);
	if (unit === 'percent')
		return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
			value / 100
		);
	const n = plainNumber(value, locale);
	if (unit === 'USD') return withCurrencySymbol(n, 'USD', locale);
	if (unit && CURRENCY_WORDS[unit]) return `${n} ${CURRENCY_WORDS[unit]}`;
	const words = unit ? UNIT_WORDS[unit] : undefined;
	if (!words) return n;
	return `${n} ${value === 1 ? words[0] : words[1]}`;
}

const QUALIFIER_WORDS: Record<Exclude<Qualifier, 'exact' | 'range'>, string> = {
	about: 'about',
	over: 'over',
	up_to: 'up to'
};

/** A number with its unit and qualifier: "about 1,500 jobs", "over $24 billion", "$500 million–$800 million". */
export function formatNumberWithUnit(
	value: number,
	unit?: Unit,
	qualifier: Qualifier = 'exact',
	max?: number,
	locale = 'en'
): string {
	if (qualifier === 'range' && max !== undefined)
		return `${amountWithUnit(value, unit, locale)}–${amountWithUnit(max, unit, locale)}`;
	const amount = amountWithUnit(value, unit, locale);
	return qualifier === 'exact' || qualifier === 'range'
		? amount
		: `${QUALIFIER_WORDS[qualifier]} ${amount}`;
}

/**
 * The locale dates are written in. Plain English puts the day first ("29 November 2026", 24-hour
 * times), which readers outside the US expect; other languages use their own conventions.
 */
export function dateLocale(locale = 'en'): string {
	return locale === 'en' ? 'en-GB' : locale;
}

/** "16 June 2025", "May 2023" or "2004", from a full or partial ISO date. */
export function formatIsoDate(iso: string, locale = 'en'): string {
	const m = ISO_DATE.exec(iso);
	if (!m) return iso;
	const [, y, mo, d] = m;
	if (!mo) return y;
	const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
	// plain English puts the day first ("16 June 2025"), which readers outside the US expect
	return new Intl.DateTimeFormat(dateLocale(locale), {
		timeZone: 'UTC',
		year: 'numeric',
		month: 'long',
		...(d ? { day: 'numeric' } : {})
	}).format(date);
}

/** "December 2025" for an as-of date: the month is precise enough for a count that changes. */
function formatAsOf(iso: string, locale: string): string {
	return formatIsoDate(iso.slice(0, 7), locale);
}

function formatCoordinates(lat: number, lon: number, locale: string): string {
	const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
	return `${n.format(Math.abs(lat))}° ${lat >= 0 ? 'N' : 'S'}, ${n.format(Math.abs(lon))}° ${lon >= 0 ? 'E' : 'W'}`;
}

/** Formats any value kind (number, date, list, text, yes/no, coordinates), without the as-of date. */
export function formatValue(
	fact: Pick<FactValue, 'value' | 'unit' | 'qualifier' | 'max'>,
	locale = 'en'
): string {
	const { value } = fact;
	if (typeof value === 'number')
		return formatNumberWithUnit(value, fact.unit, fact.qualifier, fact.max, locale);
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (typeof value === 'string') return ISO_DATE.test(value) ? formatIsoDate(value, locale) : value;
	if (value.length === 2 && value.every((v) => typeof v === 'number'))
		return formatCoordinates(value[0] as number, value[1] as number, locale);
	return new Intl.ListFormat(locale, { type: 'conjunction' }).format(value.map(String));
}

/**
 * A fact as shown to readers, with its qualifier and, for values that change, the date:
 * "$800 million", "over $24 billion", "17 (as of December 2025)".
 */
export function formatFact(
	fact: Pick<FactValue, 'value' | 'unit' | 'qualifier' | 'max' | 'asOf'>,
	locale = 'en',
	options: { asOf?: boolean } = {}
): string {
	const text = formatValue(fact, locale);
	if (options.asOf === false || !fact.asOf) return text;
	return `${text} (as of ${formatAsOf(fact.asOf, locale)})`;
}
