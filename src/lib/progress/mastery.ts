// Mastery per concept: the four-level rule (documented in docs/mastery.md; keep the two in step).
// Owns: how one finished attempt moves each concept it tests, and the replay of a whole history.
// Must not import: svelte, $app/*, browser globals, the quiz engine.
//
// The rule, in short (Khan Academy–like):
// - Every valid answer (status correct / partial / wrong; `invalid` never counts) goes into the
//   concept's window of its MASTERY_WINDOW most recent answers, scored 0..1.
// - Any quiz that is not a mastery challenge sets the level from that window:
//   attempted (1+ answers) → familiar (3+ answers, mean ≥ 0.7) → proficient (5 answers, mean ≥ 0.9).
//   Quizzes never reach mastered. A mastered concept stays mastered while the window is still at
//   proficient; otherwise it drops one level, to proficient.
// - A mastery challenge only moves concepts that were familiar or above before it: every answer on
//   the concept correct → up one level (proficient → mastered); any wrong answer → down one level;
//   partial answers and no wrong ones → unchanged. Concepts below familiar in a challenge follow
//   the quiz rule.
import { MASTERY_LEVELS, type Attempt, type MasteryEntry, type MasteryLevel } from './schema.ts';

export const MASTERY_WINDOW = 5;
export const FAMILIAR_MIN_ANSWERS = 3;
export const FAMILIAR_ACCURACY = 0.7;
export const PROFICIENT_MIN_ANSWERS = 5;
export const PROFICIENT_ACCURACY = 0.9;

/** Points per level, as Khan Academy counts them, for per-module mastery percentages. */
export const MASTERY_POINTS: Record<MasteryLevel | 'not-started', number> = {
	'not-started': 0,
	attempted: 0,
	familiar: 50,
	proficient: 80,
	mastered: 100
};

export type Mastery = Record<string, MasteryEntry>;

export function levelRank(level: MasteryLevel | undefined): number {
	return level === undefined ? -1 : MASTERY_LEVELS.indexOf(level);
}

function levelAt(rank: number): MasteryLevel {
	return MASTERY_LEVELS[Math.max(0, Math.min(MASTERY_LEVELS.length - 1, rank))];
}

/** The level a quiz can give for a window of recent scores (never `mastered`). */
export function quizLevel(recent: readonly number[]): MasteryLevel | undefined {
	if (recent.length === 0) return undefined;
	const mean = recent.reduce((s, x) => s + x, 0) / recent.length;
	// A small epsilon so 0.9 written as a sum of floats still counts as 0.9.
	const eps = 1e-9;
	if (recent.length >= PROFICIENT_MIN_ANSWERS && mean + eps >= PROFICIENT_ACCURACY)
		return 'proficient';
	if (recent.length >= FAMILIAR_MIN_ANSWERS && mean + eps >= FAMILIAR_ACCURACY) return 'familiar';
	return 'attempted';
}

/** How a challenge moves a concept that was familiar or above, given its answers in the challenge. */
export function challengeOutcome(
	before: MasteryLevel,
	statuses: readonly ('correct' | 'partial' | 'wrong')[]
): MasteryLevel {
	if (statuses.length === 0) return before;
	if (statuses.includes('wrong')) return levelAt(levelRank(before) - 1);
	if (statuses.every((s) => s === 'correct')) return levelAt(levelRank(before) + 1);
	return before;
}

/** Mastery after one more finished attempt. Returns a new object; the input is not changed. */
export function applyAttemptToMastery(mastery: Mastery, attempt: Attempt): Mastery {
	const byConcept = new Map<string, ('correct' | 'partial' | 'wrong')[]>();
	const scores = new Map<string, number[]>();
	for (const item of attempt.items) {
		if (item.status === 'invalid') continue;
		for (const concept of new Set(item.concepts)) {
			byConcept.set(concept, [...(byConcept.get(concept) ?? []), item.status]);
			scores.set(concept, [...(scores.get(concept) ?? []), item.score]);
		}
	}
	if (byConcept.size === 0) return mastery;
	const next: Mastery = { ...mastery };
	for (const [concept, statuses] of byConcept) {
		const prev = mastery[concept];
		const recent = [...(prev?.recent ?? []), ...(scores.get(concept) ?? [])].slice(-MASTERY_WINDOW);
		const fromQuiz = quizLevel(recent) as MasteryLevel;
		let level: MasteryLevel;
		if (
			attempt.scope.kind === 'challenge' &&
			prev &&
			levelRank(prev.level) >= levelRank('familiar')
		) {
			level = challengeOutcome(prev.level, statuses);
		} else if (prev?.level === 'mastered') {
			level = fromQuiz === 'proficient' ? 'mastered' : 'proficient';
		} else {
			level = fromQuiz;
		}
		next[concept] = {
			level,
			recent,
			answered: (prev?.answered ?? 0) + statuses.length,
			updatedAt: attempt.finishedAt
		};
	}
	return next;
}

/** Mastery from a whole history, attempts in replay order. */
export function replayMastery(attempts: readonly Attempt[]): Mastery {
	return attempts.reduce<Mastery>((m, a) => applyAttemptToMastery(m, a), {});
}
