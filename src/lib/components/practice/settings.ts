// Custom practice settings and their place in the URL query, so a practice set can be bookmarked
// or shared. UI helper, not a domain module: pure (no storage, no clock, no browser globals), but
// it lives with the components because only the practice pages use it.
// Parsed by hand rather than with zod: a bad value falls back to its default with a message for the
// learner (a shared link should still work), and zod stays out of the page's JavaScript.
//
// Query shape (repeated keys, never comma lists, because fact keys may hold any character):
//   ?lesson=a&lesson=b&concept=x&fact=deal/fufeng-corn/investment&count=10&difficulty=2
//    &minutes=5&mode=test&seed=123

export const COUNT_MIN = 1;
export const COUNT_MAX = 30;
export const COUNT_DEFAULT = 10;
export const MINUTES_MAX = 120;
/** choices offered by the form; the URL accepts any whole number of minutes up to MINUTES_MAX */
export const TIME_LIMIT_CHOICES = [2, 5, 10, 15, 20, 30, 45, 60] as const;
export const SEED_MAX = 2_147_483_647;
const LIST_MAX = 50;
const FACT_KEY_MAX = 200;

export type Difficulty = 1 | 2 | 3;
export type PracticeMode = 'practice' | 'test';

export interface PracticeSettings {
	lessons: string[];
	concepts: string[];
	/** fact keys, e.g. from weak spots: each gets a fresh question about that fact */
	facts: string[];
	count: number;
	/** undefined: any difficulty */
	difficulty?: Difficulty;
	/** time limit in minutes; undefined: no limit */
	minutes?: number;
	mode: PracticeMode;
	/** fixes the questions, so a bookmarked set gives the same questions; undefined: not chosen yet */
	seed?: number;
}

export const DEFAULT_SETTINGS: PracticeSettings = {
	lessons: [],
	concepts: [],
	facts: [],
	count: COUNT_DEFAULT,
	mode: 'practice'
};

/** The ids a link may name; anything else is left out with a message. */
export interface KnownIds {
	lessons: readonly string[];
	concepts: readonly string[];
}

export interface ParsedSettings {
	settings: PracticeSettings;
	/** plain-language messages about values that were wrong and what was used instead */
	problems: string[];
}

const nf = new Intl.NumberFormat('en');
const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
const quoted = (values: string[]) => list.format(values.map((v) => `"${v}"`));

/** A whole number written plainly ("12"), or undefined. */
function wholeNumber(text: string): number | undefined {
	return /^\s*\d{1,10}\s*$/.test(text) ? Number(text) : undefined;
}

function uniq(values: string[]): string[] {
	return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

/** Reads practice settings from a URL query. Never throws: bad values give defaults and a message. */
export function parsePracticeQuery(params: URLSearchParams, known: KnownIds): ParsedSettings {
	const problems: string[] = [];
	const settings: PracticeSettings = { ...DEFAULT_SETTINGS, lessons: [], concepts: [], facts: [] };

	const pickKnown = (key: string, allowed: readonly string[], what: string, plural: string) => {
		const values = uniq(params.getAll(key));
		const ok = values.filter((v) => allowed.includes(v));
		const bad = values.filter((v) => !allowed.includes(v));
		if (bad.length === 1) problems.push(`There is no ${what} ${quoted(bad)}, so it was left out.`);
		else if (bad.length > 1)
			problems.push(`There are no ${plural} ${quoted(bad)}, so they were left out.`);
		return ok.slice(0, LIST_MAX);
	};
	settings.lessons = pickKnown('lesson', known.lessons, 'lesson', 'lessons');
	settings.concepts = pickKnown('concept', known.concepts, 'topic', 'topics');

	const facts = uniq(params.getAll('fact'));
	const goodFacts = facts.filter((f) => f.length <= FACT_KEY_MAX);
	if (goodFacts.length < facts.length)
		problems.push('Some facts in the link were too long to be real, so they were left out.');
	if (goodFacts.length > LIST_MAX)
		problems.push(
			`The link names more than ${nf.format(LIST_MAX)} facts, so only the first ${nf.format(LIST_MAX)} are used.`
		);
	settings.facts = goodFacts.slice(0, LIST_MAX);

	const count = params.get('count');
	if (count !== null) {
		const n = wholeNumber(count);
		if (n !== undefined && n >= COUNT_MIN && n <= COUNT_MAX) settings.count = n;
		else
			problems.push(
				`The number of questions "${count}" should be a whole number from ${nf.format(COUNT_MIN)} to ${nf.format(COUNT_MAX)}, so ${nf.format(COUNT_DEFAULT)} is used.`
			);
	}

	const difficulty = params.get('difficulty');
	if (difficulty !== null && difficulty !== '' && difficulty !== 'any') {
		const n = wholeNumber(difficulty);
		if (n === 1 || n === 2 || n === 3) settings.difficulty = n;
		else
			problems.push(
				`The difficulty "${difficulty}" should be 1 (easy), 2 (medium) or 3 (hard), so any difficulty is used.`
			);
	}

	const minutes = params.get('minutes');
	if (minutes !== null && minutes !== '' && minutes !== '0' && minutes !== 'none') {
		const n = wholeNumber(minutes);
		if (n !== undefined && n >= 1 && n <= MINUTES_MAX) settings.minutes = n;
		else
			problems.push(
				`The time limit "${minutes}" should be a whole number of minutes from 1 to ${nf.format(MINUTES_MAX)}, so there is no time limit.`
			);
	}

	const mode = params.get('mode');
	if (mode !== null) {
		if (mode === 'practice' || mode === 'test') settings.mode = mode;
		else
			problems.push(`The mode "${mode}" should be "practice" or "test", so practice mode is used.`);
	}

	const seed = params.get('seed');
	if (seed !== null) {
		const n = wholeNumber(seed);
		if (n !== undefined && n <= SEED_MAX) settings.seed = n;
		else
			problems.push(`The question set "${seed}" is not valid, so a new set of questions is made.`);
	}

	return { settings, problems };
}

/** The query for these settings (defaults left out), without the leading "?". */
export function practiceQuery(settings: PracticeSettings): string {
	const p = new URLSearchParams();
	for (const l of settings.lessons) p.append('lesson', l);
	for (const c of settings.concepts) p.append('concept', c);
	for (const f of settings.facts) p.append('fact', f);
	if (settings.count !== COUNT_DEFAULT) p.set('count', String(settings.count));
	if (settings.difficulty !== undefined) p.set('difficulty', String(settings.difficulty));
	if (settings.minutes !== undefined) p.set('minutes', String(settings.minutes));
	if (settings.mode !== 'practice') p.set('mode', settings.mode);
	if (settings.seed !== undefined) p.set('seed', String(settings.seed));
	return p.toString();
}

/** True when the query names anything at all (a bookmarked or shared set, not a bare /practice). */
export function hasPracticeQuery(params: URLSearchParams): boolean {
	return [...params.keys()].length > 0;
}

// Time limit --------------------------------------------------------------------------------------

/** When the remaining time is announced once: a minute before the end, or a quarter of short limits. */
export function warningAtMs(limitMs: number): number {
	return Math.min(60_000, Math.floor(limitMs / 4));
}

export interface TimeLeft {
	/** whole seconds left, never negative */
	seconds: number;
	/** true from warningAtMs(limit) before the end */
	warning: boolean;
	over: boolean;
}

export function timeLeft(startedAtMs: number, limitMs: number, nowMs: number): TimeLeft {
	const leftMs = Math.max(0, startedAtMs + limitMs - nowMs);
	return {
		seconds: Math.ceil(leftMs / 1000),
		warning: leftMs <= warningAtMs(limitMs),
		over: leftMs === 0
	};
}

/** "4:05" for a visible clock. */
export function clockText(seconds: number): string {
	const s = Math.max(0, Math.floor(seconds));
	const m = Math.floor(s / 60);
	return `${m}:${String(s % 60).padStart(2, '0')}`;
}

/** "4 minutes and 5 seconds", for screen readers. */
export function durationWords(seconds: number): string {
	const s = Math.max(0, Math.floor(seconds));
	const unit = (n: number, u: 'minute' | 'second') =>
		new Intl.NumberFormat('en', { style: 'unit', unit: u, unitDisplay: 'long' }).format(n);
	const parts: string[] = [];
	if (s >= 60) parts.push(unit(Math.floor(s / 60), 'minute'));
	if (s % 60 || parts.length === 0) parts.push(unit(s % 60, 'second'));
	return list.format(parts);
}
