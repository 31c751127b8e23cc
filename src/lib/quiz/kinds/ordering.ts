// Ordering with partial credit: the share of item pairs placed in the right relative order, so
// only the exact order scores 1 and the reversed order scores 0.
// Pure: no Svelte, $app or browser globals.
import type { Grade, QuestionOf, ResponseOf } from '../model.ts';
import { gradeFromScore, invalid } from '../outcome.ts';

export function grade(q: QuestionOf<'ordering'>, r: ResponseOf<'ordering'>): Grade {
	if (!r.order || r.order.length === 0) return invalid('Put the items in order.');
	const ids = new Set(q.answer);
	if (
		r.order.length !== q.answer.length ||
		new Set(r.order).size !== r.order.length ||
		r.order.some((x) => !ids.has(x))
	) {
		return invalid('Place every item exactly once.');
	}
	const pos = new Map(r.order.map((x, i) => [x, i]));
	let right = 0;
	let pairs = 0;
	for (let i = 0; i < q.answer.length; i++) {
		for (let j = i + 1; j < q.answer.length; j++) {
			pairs++;
			if (pos.get(q.answer[i])! < pos.get(q.answer[j])!) right++;
		}
	}
	return gradeFromScore(
		right / pairs,
		right < pairs ? `${right} of ${pairs} pairs are in the right order.` : undefined
	);
}

export function correct(q: QuestionOf<'ordering'>): ResponseOf<'ordering'> {
	return { kind: 'ordering', order: [...q.answer] };
}
