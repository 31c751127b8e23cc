// Grading entry point: validates the response shape, then dispatches to the question's kind.
// Malformed input is "invalid" with a message, never "wrong". Pure: no Svelte, $app or browser globals.
import * as matching from './kinds/matching.ts';
import * as multi from './kinds/multi.ts';
import * as numeric from './kinds/numeric.ts';
import * as ordering from './kinds/ordering.ts';
import * as regionPick from './kinds/region-pick.ts';
import * as single from './kinds/single.ts';
import * as trueFalse from './kinds/true-false.ts';
import { invalid, responseSchema, type Grade, type Question, type Response } from './model.ts';

export function grade(question: Question, response: unknown): Grade {
	const parsed = responseSchema.safeParse(response);
	if (!parsed.success) return invalid('The answer could not be read. Please answer again.');
	const r = parsed.data;
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
