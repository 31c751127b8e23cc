// Small zod building blocks shared by assignments, results and the teacher's saved state: ids,
// instants and plain-text fields. Pure: must not import Svelte, $app or browser globals.
// Written with zod/mini (see lib/zod-mini.ts), as these schemas are shipped to the browser.
import { z } from '../zod-mini.ts';

export const slugSchema = z.string({ error: 'expected an id' }).check(
	z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'expected an id (lowercase words joined by dashes)'
	})
);

/** A moment in UTC, written exactly as Date.prototype.toISOString writes it. */
export const instantSchema = z.string({ error: 'expected a date and time' }).check(
	z.refine((s) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(s) && isCanonicalInstant(s), {
		error: 'expected a date and time like 2025-06-20T09:00:00.000Z'
	})
);

function isCanonicalInstant(s: string): boolean {
	const ms = Date.parse(s);
	return Number.isFinite(ms) && new Date(ms).toISOString() === s;
}

export const uint32Schema = z
	.int({ error: 'expected a whole number' })
	.check(
		z.gte(0, { error: 'expected a whole number from 0 to 4294967295' }),
		z.lte(0xffffffff, { error: 'expected a whole number from 0 to 4294967295' })
	);

export const datasetVersionSchema = z
	.string({ error: 'expected a dataset version' })
	.check(z.regex(/^[A-Za-z0-9._-]{1,40}$/, { error: 'expected a short dataset version' }));

/** Text shown to people: no control characters, not blank. */
export function plainText(label: string, max: number) {
	return z.string({ error: `expected ${label}` }).check(
		z.maxLength(max, { error: `${label} is longer than ${max} characters` }),
		z.refine((s) => s.trim() !== '', { error: `${label} is empty` }),
		z.refine((s) => !/\p{Cc}/u.test(s), { error: `${label} contains control characters` })
	);
}

export function instantToMs(instant: string): number {
	return Date.parse(instant);
}

export function msToInstant(ms: number): string {
	return new Date(ms).toISOString();
}

const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'yes or no',
	array: 'a list',
	object: 'a group of fields',
	tuple: 'a list'
};

/**
 * Plain-language messages for zod's built-in checks, used when parsing anything a person hands
 * in. A schema's own `error` text still wins.
 */
export const plainErrors: z.core.$ZodErrorMap = (issue) => {
	const missing = issue.input === undefined;
	switch (issue.code) {
		case 'invalid_type':
			return missing
				? 'this is missing'
				: `expected ${TYPE_WORDS[issue.expected] ?? 'a different kind of value'}`;
		case 'too_small':
			return issue.origin === 'array' || issue.origin === 'string'
				? `this is too short (at least ${issue.minimum})`
				: `this is too small (at least ${issue.minimum})`;
		case 'too_big':
			return issue.origin === 'array' || issue.origin === 'string'
				? `this is too long (at most ${issue.maximum})`
				: `this is too large (at most ${issue.maximum})`;
		case 'unrecognized_keys':
			return `unexpected field: ${issue.keys.join(', ')}`;
		case 'invalid_value':
		case 'invalid_union':
			return missing ? 'this is missing' : 'this value is not allowed';
		default:
			return 'this value is not valid';
	}
};

/** First zod issue as "field: message", for one-line error messages. */
export function firstIssue(error: z.core.$ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'unknown problem';
	const path = issue.path.map(String).join('.');
	return path ? `${path}: ${issue.message}` : issue.message;
}
