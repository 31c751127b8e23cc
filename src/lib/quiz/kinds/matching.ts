// Matching: each item is matched to one choice; credit per correct pair.
// Pure: no Svelte, $app or browser globals.
import type { Grade, QuestionOf, ResponseOf } from '../model.ts';
import { gradeFromScore, invalid } from '../outcome.ts';

export function grade(q: QuestionOf<'matching'>, r: ResponseOf<'matching'>): Grade {
	const pairs = r.pairs ?? {};
	const answered = q.items.filter((it) => pairs[it.id]);
	if (answered.length === 0) return invalid('Match each item to an answer.');
	if (answered.length < q.items.length) return invalid('Match every item before checking.');
	const known = new Set(q.choices.map((c) => c.id));
	if (Object.keys(pairs).some((k) => !q.items.some((it) => it.id === k)))
		return invalid('One of the matched items is not in this question.');
	if (q.items.some((it) => !known.has(pairs[it.id])))
		return invalid('One of the matches is not a choice.');
	const right = q.items.filter((it) => pairs[it.id] === q.answer[it.id]).length;
	return gradeFromScore(
		right / q.items.length,
		right < q.items.length ? `${right} of ${q.items.length} matches are right.` : undefined
	);
}

export function correct(q: QuestionOf<'matching'>): ResponseOf<'matching'> {
	return { kind: 'matching', pairs: { ...q.answer } };
}
