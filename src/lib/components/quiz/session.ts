// What the quiz views share and can test without a DOM: whether a response is empty, the text of a
// response or of the right answer for the results, the finished Attempt built from the answers,
// and the saved quiz-in-progress. UI helpers, not a domain module: no storage, no clock of its own
// (times come in as arguments). Types come from the quiz and progress schemas as type-only imports,
// so zod never reaches the browser bundle through here.
import { correctResponse, grade } from '../../quiz/grade.ts';
import type { Question, Response } from '../../quiz/model.ts';
import type {
	ActiveQuiz,
	ActiveQuizInput,
	Answer,
	Attempt,
	QuizScope,
	Seed
} from '../../progress/schema.ts';

export type { Answer };
export type Mode = 'practice' | 'test';
export type Answers = Record<string, Answer>;

/** True when the learner has not answered at all (so nothing to explain, nothing to grade). */
export function isEmptyResponse(r: Response | undefined): boolean {
	if (!r) return true;
	switch (r.kind) {
		case 'single':
			return !r.choice;
		case 'multi':
			return r.choices.length === 0;
		case 'numeric':
			return r.text.trim() === '';
		case 'matching':
			return Object.values(r.pairs).every((v) => !v);
		case 'region-pick':
			return !r.region;
		default:
			return false;
	}
}

export function responseOf(a: Answer | undefined): Response | undefined {
	return a?.response as Response | undefined;
}

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** A response in words, for the results and for screen readers. */
export function describeResponse(q: Question, r: Response | undefined): string {
	if (isEmptyResponse(r) || !r || r.kind !== q.kind) return 'No answer';
	const choice = (id: string) =>
		'choices' in q ? (q.choices.find((c) => c.id === id)?.text ?? id) : id;
	switch (r.kind) {
		case 'single':
			return choice(r.choice);
		case 'multi':
			return list.format(r.choices.map(choice));
		case 'true-false':
			return r.value ? 'True' : 'False';
		case 'numeric':
			return q.kind === 'numeric' ? `${r.text.trim()} (${q.unit})` : r.text;
		case 'ordering':
			return r.order.map((id, i) => `${i + 1}. ${choice(id)}`).join('; ');
		case 'matching': {
			if (q.kind !== 'matching') return 'No answer';
			return q.items
				.map((it) => `${it.text}: ${r.pairs[it.id] ? choice(r.pairs[it.id]) : 'no match'}`)
				.join('; ');
		}
		case 'region-pick':
			return q.kind === 'region-pick'
				? (q.regions.find((x) => x.id === r.region)?.name ?? r.region)
				: r.region;
	}
}

const numberText = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

/** The right answer in words. */
export function describeCorrect(q: Question): string {
	if (q.kind === 'numeric') return `${numberText.format(q.answer / q.scale)} ${q.unit}`;
	return describeResponse(q, correctResponse(q));
}

/** The status and score that count: the first valid check in practice, the final answer in test. */
export function gradeAnswer(q: Question, a: Answer | undefined) {
	return grade(q, responseOf(a) ?? { kind: q.kind });
}

export interface AttemptMeta {
	id: string;
	scope: QuizScope;
	seed: Seed;
	datasetVersion: string;
	mode: Mode;
	startedAt: string;
	finishedAt: string;
}

/**
 * The finished attempt for the progress store. A question with no counted grade (never answered
 * or only invalid input) is recorded as "invalid" with score 0: not answered, never "wrong".
 */
export function buildAttempt(meta: AttemptMeta, questions: Question[], answers: Answers): Attempt {
	const items = questions.map((q) => {
		const a = answers[q.id];
		let status = a?.status;
		let score = a?.score;
		if (meta.mode === 'test' || status === undefined) {
			const g = a && !isEmptyResponse(responseOf(a)) ? gradeAnswer(q, a) : undefined;
			if (meta.mode === 'test' || g) {
				status = g?.status ?? 'invalid';
				score = g?.score ?? 0;
			}
		}
		return {
			questionId: q.id,
			generator: q.generator,
			kind: q.kind,
			factKeys: [...q.factKeys],
			concepts: [...q.concepts],
			lesson: q.lesson.section
				? { slug: q.lesson.slug, section: q.lesson.section }
				: { slug: q.lesson.slug },
			...(a?.response !== undefined ? { response: a.response } : {}),
			status: status ?? 'invalid',
			score: status && status !== 'invalid' ? (score ?? 0) : 0
		};
	});
	const durationMs = Math.max(0, Date.parse(meta.finishedAt) - Date.parse(meta.startedAt));
	const score = items.reduce((s, it) => s + it.score, 0);
	const { id, scope, seed, datasetVersion, mode, startedAt, finishedAt } = meta;
	return {
		id,
		scope,
		seed,
		datasetVersion,
		mode,
		startedAt,
		finishedAt,
		durationMs: Number.isFinite(durationMs) ? durationMs : 0,
		items,
		score: Math.round(score * 1e6) / 1e6,
		maxScore: items.length
	};
}

/** The quiz in progress, as saveQuizInProgress wants it. */
export function activeQuizInput(
	meta: Omit<AttemptMeta, 'finishedAt'> & { quizKey: string; settings?: ActiveQuiz['settings'] },
	questions: Question[],
	position: number,
	answers: Answers
): ActiveQuizInput {
	return {
		quizKey: meta.quizKey,
		attemptId: meta.id,
		scope: meta.scope,
		seed: meta.seed,
		datasetVersion: meta.datasetVersion,
		mode: meta.mode,
		startedAt: meta.startedAt,
		questionIds: questions.map((q) => q.id),
		position,
		answers,
		...(meta.settings ? { settings: meta.settings } : {})
	};
}

/** Can a saved quiz be resumed with these freshly built questions (same data, same questions)? */
export function canResume(saved: ActiveQuiz, questions: Question[], datasetVersion: string) {
	return (
		saved.datasetVersion === datasetVersion &&
		saved.questionIds.length === questions.length &&
		saved.questionIds.every((id, i) => questions[i]?.id === id)
	);
}

/** A learner-friendly percentage. */
export function percent(score: number, max: number): string {
	return new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(
		max > 0 ? score / max : 0
	);
}

/** "4 min 12 s" (Intl unit formatting; no timing claims beyond whole seconds). */
export function formatDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const unit = (n: number, u: 'hour' | 'minute' | 'second') =>
		new Intl.NumberFormat('en', { style: 'unit', unit: u, unitDisplay: 'long' }).format(n);
	const parts = [];
	if (h) parts.push(unit(h, 'hour'));
	if (m) parts.push(unit(m, 'minute'));
	if (s || parts.length === 0) parts.push(unit(s, 'second'));
	return list.format(parts);
}

/** A new random seed for a new variant (browser crypto; never Math.random). */
export function newSeed(random: () => number): number {
	return Math.floor(random() * 2_147_483_647);
}
