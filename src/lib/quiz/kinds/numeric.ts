// Numeric answer typed as text, parsed leniently (see numeric-input.ts) and accepted within the
// stated tolerance. Pure: no Svelte, $app or browser globals.
import type { Grade, QuestionOf, ResponseOf } from '../model.ts';
import { gradeFromScore, invalid } from '../outcome.ts';
import { parseNumericInput, withinTolerance } from '../numeric-input.ts';

export function grade(q: QuestionOf<'numeric'>, r: ResponseOf<'numeric'>): Grade {
	const parsed = parseNumericInput(r.text ?? '', q.scale);
	if (!parsed.ok) return invalid(`${parsed.message} The answer is in ${q.unit}.`);
	return gradeFromScore(withinTolerance(parsed.value, q.answer, q.tolerance) ? 1 : 0);
}

/** The key as a learner would type it, in the question's own scale. */
export function correct(q: QuestionOf<'numeric'>): ResponseOf<'numeric'> {
	const n = q.answer / q.scale;
	return { kind: 'numeric', text: String(Math.round(n * 1e6) / 1e6) };
}
