// True or false. Pure: no Svelte, $app or browser globals.
import type { Grade, QuestionOf, ResponseOf } from '../model.ts';
import { gradeFromScore, invalid } from '../outcome.ts';

export function grade(q: QuestionOf<'true-false'>, r: ResponseOf<'true-false'>): Grade {
	if (typeof r.value !== 'boolean') return invalid('Choose true or false.');
	return gradeFromScore(r.value === q.answer ? 1 : 0);
}

export function correct(q: QuestionOf<'true-false'>): ResponseOf<'true-false'> {
	return { kind: 'true-false', value: q.answer };
}
