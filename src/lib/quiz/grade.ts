// Grading entry point: validates the response shape, then dispatches to the question's kind.
// Malformed input is "invalid" with a message, never "wrong". Pure: no Svelte, $app or browser globals.
import * as matching from './kinds/matching.ts';
import * as multi from './kinds/multi.ts';
import * as numeric from './kinds/numeric.ts';
import * as ordering from './kinds/ordering.ts';
import * as regionPick from './kinds/region-pick.ts';
import * as single from './kinds/single.ts';
import * as trueFalse from './kinds/true-false.ts';
import type { Grade, Question, Response } from './model.ts';
import { invalid } from './outcome.ts';

const isStrings = (x: unknown): x is string[] =>
	Array.isArray(x) && x.every((v) => typeof v === 'string');

/**
 * The response's shape, checked by hand (same rules as responseSchema in model.ts, which the
 * tests compare against) so grading in the browser needs no schema library.
 */
export function readResponse(x: unknown): Response | undefined {
	if (typeof x !== 'object' || x === null) return undefined;
	const r = x as Record<string, unknown>;
	const keys = Object.keys(r).sort().join(',');
	const only = (field: string) => keys === ['kind', field].sort().join(',');
	switch (r.kind) {
		case 'single':
			return only('choice') && typeof r.choice === 'string' ? (r as Response) : undefined;
		case 'multi':
			return only('choices') && isStrings(r.choices) ? (r as Response) : undefined;
		case 'true-false':
			return only('value') && typeof r.value === 'boolean' ? (r as Response) : undefined;
		case 'numeric':
			return only('text') && typeof r.text === 'string' ? (r as Response) : undefined;
		case 'ordering':
			return only('order') && isStrings(r.order) ? (r as Response) : undefined;
		case 'matching':
			return only('pairs') &&
				typeof r.pairs === 'object' &&
				r.pairs !== null &&
				!Array.isArray(r.pairs) &&
				Object.values(r.pairs).every((v) => typeof v === 'string')
				? (r as Response)
				: undefined;
		case 'region-pick':
			return only('region') && typeof r.region === 'string' ? (r as Response) : undefined;
		default:
			return undefined;
	}
}

export function grade(question: Question, response: unknown): Grade {
	const r = readResponse(response);
	if (!r) return invalid('The answer could not be read. Please answer again.');
	if (r.kind !== question.kind) return invalid('That answer is for a different kind of question.');
	switch (question.kind) {
		case 'single':
			return single.grade(question, r as Extract<Response, { kind: 'single' }>);
		case 'multi':
			return multi.grade(question, r as Extract<Response, { kind: 'multi' }>);
		case 'true-false':
			return trueFalse.grade(question, r as Extract<Response, { kind: 'true-false' }>);
		case 'numeric':
			return numeric.grade(question, r as Extract<Response, { kind: 'numeric' }>);
		case 'ordering':
			return ordering.grade(question, r as Extract<Response, { kind: 'ordering' }>);
		case 'matching':
			return matching.grade(question, r as Extract<Response, { kind: 'matching' }>);
		case 'region-pick':
			return regionPick.grade(question, r as Extract<Response, { kind: 'region-pick' }>);
	}
}

/** The response that earns full marks. */
export function correctResponse(question: Question): Response {
	switch (question.kind) {
		case 'single':
			return single.correct(question);
		case 'multi':
			return multi.correct(question);
		case 'true-false':
			return trueFalse.correct(question);
		case 'numeric':
			return numeric.correct(question);
		case 'ordering':
			return ordering.correct(question);
		case 'matching':
			return matching.correct(question);
		case 'region-pick':
			return regionPick.correct(question);
	}
}
