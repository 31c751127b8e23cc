// The question sets behind /review and /practice, built from the quiz engine. UI helper, not a
// domain module: pure and deterministic for (dataset, settings, seed); no storage, no clock.
//
// Review: each due fact gets a fresh question about that same fact (questionFor with the session's
// seed, so a new seed gives new wording, kind or distractors). A fact no generator covers falls back
// to a hand-written question that tests it; a fact nothing can ask about any more is skipped.
// Practice: named facts first (each as a fresh question about it; the difficulty filter does not
// apply to them, because the learner asked for that fact), then buildQuiz over the chosen lessons,
// concepts and difficulty fills the remaining places. A set that names only facts holds just those.
import { buildQuiz, questionFor } from '../../quiz/quiz.ts';
import type { Dataset } from '../../quiz/data.ts';
import type { Question } from '../../quiz/model.ts';
import { streamFor, type Seed } from '../../quiz/rng.ts';
import type { PracticeSettings } from './settings.ts';

const RETRIES = 6;

/** A fresh question about one fact, or a hand-written one that tests it, or undefined. */
export function questionForFact(
	ds: Dataset,
	factKey: string,
	seed: Seed,
	extra: readonly Question[] = []
): Question | undefined {
	// questionFor may return a question that misses the key (an ordering over other events, for
	// one); a review must test the same fact, so try a few more streams before falling back.
	for (let i = 0; i < RETRIES; i++) {
		const q = questionFor(ds, factKey, i === 0 ? seed : `${seed}~${i}`);
		if (q?.factKeys.includes(factKey)) return q;
		if (!q) break;
	}
	const written = extra.filter((x) => x.factKeys.includes(factKey));
	if (written.length === 0) return undefined;
	return written[streamFor(seed, `written:${factKey}`).int(0, written.length - 1)];
}

export interface FactSet {
	questions: Question[];
	/** fact keys no question could be built for (the data changed, or nothing can ask about it) */
	skipped: string[];
}

/** One question per fact (a question covering several of the facts serves them all). */
export function questionsForFacts(
	ds: Dataset,
	factKeys: readonly string[],
	seed: Seed,
	extra: readonly Question[] = [],
	limit = Infinity
): FactSet {
	const questions: Question[] = [];
	const skipped: string[] = [];
	const covered = new Set<string>();
	const ids = new Set<string>();
	for (const key of factKeys) {
		if (questions.length >= limit) break;
		if (covered.has(key)) continue;
		const q = questionForFact(ds, key, seed, extra);
		if (!q) {
			skipped.push(key);
			continue;
		}
		if (ids.has(q.id)) continue;
		ids.add(q.id);
		questions.push(q);
		for (const k of q.factKeys) covered.add(k);
	}
	return { questions, skipped };
}

export interface PracticeSet {
	questions: Question[];
	requested: number;
	/** how many fewer questions than requested the data could give */
	shortBy: number;
	skippedFacts: string[];
}

export function buildPracticeSet(
	ds: Dataset,
	settings: PracticeSettings,
	seed: Seed,
	extra: readonly Question[] = []
): PracticeSet {
	const requested = settings.count;
	const fromFacts = questionsForFacts(ds, settings.facts, seed, extra, requested);
	const questions = [...fromFacts.questions];
	const onlyFacts =
		settings.facts.length > 0 && settings.lessons.length === 0 && settings.concepts.length === 0;
	if (!onlyFacts && questions.length < requested) {
		const used = new Set(questions.flatMap((q) => q.factKeys));
		const ids = new Set(questions.map((q) => q.id));
		// ask for enough to replace any that repeat a fact already in the set
		const more = buildQuiz({
			dataset: ds,
			lessons: settings.lessons.length ? settings.lessons : undefined,
			concepts: settings.concepts.length ? settings.concepts : undefined,
			difficulty: settings.difficulty,
			count: requested,
			seed,
			extra: [...extra]
		});
		for (const q of more.questions) {
			if (questions.length >= requested) break;
			if (ids.has(q.id) || q.factKeys.some((k) => used.has(k))) continue;
			questions.push(q);
			ids.add(q.id);
			for (const k of q.factKeys) used.add(k);
		}
	}
	const target = onlyFacts ? Math.min(requested, settings.facts.length) : requested;
	return {
		questions,
		requested: target,
		shortBy: Math.max(0, target - questions.length),
		skippedFacts: fromFacts.skipped
	};
}
