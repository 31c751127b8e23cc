// Parses the numbers people type: "800", "800 million", "0.8 billion", "$800m", "1,500", "1.5k",
// "3.7 bn", "US$ 800 mln", "24%". Returns a value or a plain message; never throws.
// Pure: must not import Svelte, $app or browser globals.

export type ParsedNumber =
	{ ok: true; value: number; scaleWord?: string } | { ok: false; message: string };

const SCALES: [RegExp, number, string][] = [
	[/^(?:k|thousand|thousands|thou)$/, 1e3, 'thousand'],
	[/^(?:m|mn|mln|mio|million|millions)$/, 1e6, 'million'],
	[/^(?:b|bn|bln|billion|billions)$/, 1e9, 'billion'],
	[/^(?:tn|trn|trillion|trillions)$/, 1e12, 'trillion']
];

// currency and unit words that may surround the number; they do not change its value
const NOISE =
	/\b(?:us\s*dollars?|dollars?|usd|us\$|kzt|tenge|tonnes?|tons?|t\/yr|t|a year|per year|jobs?|people|mw|megawatts?|percent|per cent|hectares?|ha|teu|sezs?|zones?|agreements?|years?)\b|us\$|\$|₸|%/g;

/**
 * `defaultScale` multiplies a bare number ("800" in a question asking for millions);
 * a scale word typed by the learner ("0.8 billion") always wins.
 */
export function parseNumericInput(input: string, defaultScale = 1): ParsedNumber {
	if (typeof input !== 'string' || input.trim() === '') {
		return { ok: false, message: 'Type a number.' };
	}
	let s = input
		.trim()
		.toLowerCase()
		.replace(/\u00a0|\u202f/g, ' ');
	s = s.replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
	const m =
		/^(?:about|around|approx\.?|~)?\s*([+-]?(?:\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*([a-z]*)\.?$/.exec(
			s
		);
	if (!m) {
		return {
			ok: false,
			message: `"${input.trim()}" is not a number we can read. Type digits, for example 800 or 0.8 billion.`
		};
	}
	const digits = m[1].replace(/[, ]/g, '');
	const n = Number(digits);
	if (!Number.isFinite(n)) {
		return { ok: false, message: `"${input.trim()}" is not a number we can read.` };
	}
	const word = m[2];
	if (!word) return { ok: true, value: n * defaultScale };
	for (const [re, mult, name] of SCALES) {
		if (re.test(word)) return { ok: true, value: n * mult, scaleWord: name };
	}
	return {
		ok: false,
		message: `"${m[2]}" is not a word we know. Use thousand, million or billion, or digits only.`
	};
}

/** Is `value` within tolerance of `key`? */
export function withinTolerance(
	value: number,
	key: number,
	tolerance: { kind: 'relative' | 'absolute'; amount: number }
): boolean {
	const allowed =
		tolerance.kind === 'relative' ? Math.abs(key) * tolerance.amount : tolerance.amount;
	// a tiny epsilon so that 0.8 * 1e9 equals 800 * 1e6 despite floating point
	return Math.abs(value - key) <= allowed + Math.abs(key) * 1e-9;
}
