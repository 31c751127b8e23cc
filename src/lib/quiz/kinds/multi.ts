// Multiple select with partial credit: each right pick earns 1/|key|, each wrong pick costs
// 1/|others|, floored at 0, so only the exact key scores full marks.
// Pure: no Svelte, $app or browser globals.
import type { Grade, QuestionOf, ResponseOf } from '../model.ts';
import { gradeFromScore, invalid } from '../outcome.ts';

export function grade(q: QuestionOf<'multi'>, r: ResponseOf<'multi'>): Grade {
	if (!r.choices || r.choices.length === 0) return invalid('Choose at least one answer.');
	const known = new Set(q.choices.map((c) => c.id));
	if (r.choices.some((c) => !known.has(c))) return invalid('One of those answers is not a choice.');
	if (new Set(r.choices).size !== r.choices.length)
		return invalid('Each answer can be chosen once.');
	const key = new Set(q.answer);
	const others = q.choices.length - key.size;
	let score = 0;
	for (const c of r.choices) score += key.has(c) ? 1 / key.size : others > 0 ? -1 / others : 0;
	const missed = q.answer.filter((a) => !r.choices.includes(a)).length;
	const wrong = r.choices.filter((c) => !key.has(c)).length;
	const parts: string[] = [];
	if (missed) parts.push(`${missed} right answer${missed === 1 ? ' was' : 's were'} not chosen.`);
	if (wrong) parts.push(`${wrong} chosen answer${wrong === 1 ? ' was' : 's were'} wrong.`);
	return gradeFromScore(Math.round(score * 1e9) / 1e9, parts.join(' ') || undefined);
}

export function correct(q: QuestionOf<'multi'>): ResponseOf<'multi'> {
	return { kind: 'multi', choices: [...q.answer] };
}
