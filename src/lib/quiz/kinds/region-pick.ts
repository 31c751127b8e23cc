// Region pick: answer by choosing a region (on a map or from a list).
// Pure: no Svelte, $app or browser globals.
import type { Grade, QuestionOf, ResponseOf } from '../model.ts';
import { gradeFromScore, invalid } from '../outcome.ts';

export function grade(q: QuestionOf<'region-pick'>, r: ResponseOf<'region-pick'>): Grade {
	if (!r.region) return invalid('Choose a region.');
	if (!q.regions.some((x) => x.id === r.region))
		return invalid('That region is not one of the options.');
	return gradeFromScore(r.region === q.answer ? 1 : 0);
}

export function correct(q: QuestionOf<'region-pick'>): ResponseOf<'region-pick'> {
	return { kind: 'region-pick', region: q.answer };
}
