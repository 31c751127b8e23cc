// Single choice: one key among the choices. Pure: no Svelte, $app or browser globals.
import type { Grade, QuestionOf, ResponseOf } from '../model.ts';
import { gradeFromScore, invalid } from '../outcome.ts';

export function grade(q: QuestionOf<'single'>, r: ResponseOf<'single'>): Grade {
	if (!r.choice) return invalid('Choose one answer.');
	if (!q.choices.some((c) => c.id === r.choice))
		return invalid('That answer is not one of the choices.');
	return gradeFromScore(r.choice === q.answer ? 1 : 0);
}

export function correct(q: QuestionOf<'single'>): ResponseOf<'single'> {
	return { kind: 'single', choice: q.answer };
}
