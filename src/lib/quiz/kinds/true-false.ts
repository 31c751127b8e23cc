// True or false. Pure: no Svelte, $app or browser globals.
import { gradeFromScore, invalid, type Grade, type QuestionOf, type ResponseOf } from '../model.ts';

export function grade(q: QuestionOf<'true-false'>, r: ResponseOf<'true-false'>): Grade {
	if (typeof r.value !== 'boolean') return invalid('Choose true or false.');
	return gradeFromScore(r.value === q.answer ? 1 : 0);
}

export function correct(q: QuestionOf<'true-false'>): ResponseOf<'true-false'> {
	return { kind: 'true-false', value: q.answer };
}
