// Quiz assembly: picks generators for each slot, one fact at most once per quiz, deterministic
// for (dataset version, options). Slot s always draws from streamFor(seed, s), and its generator
// is fixed by the seed alone, so a corrected fact changes only the slots built on it.
// Reproducing what a learner saw: call regenerate(dataset, options, slot) with the same options
// (seed, lessons, concepts, count, difficulty) and dataset version recorded with the attempt.
// Pure: must not import Svelte, $app or browser globals.
import type { Dataset } from './data.ts';
import { GENERATORS, generatorById, type Generator } from './generators/index.ts';
import type { Question } from './model.ts';
import { isDecline } from './outcome.ts';
import { shuffle, streamFor, type Seed } from './rng.ts';

export interface QuizOptions {
	dataset: Dataset;
	lessons?: string[];
	concepts?: string[];
	factKeys?: string[];
	count: number;
	seed: Seed;
	difficulty?: 1 | 2 | 3;
	/** hand-written questions to mix in (already validated) */
	extra?: Question[];
}

export interface QuizResult {
	questions: Question[];
	requested: number;
	available: number;
	shortBy: number;
}

/** Does a question fit the lesson/concept/fact filters? */
function fits(q: Question, o: QuizOptions): boolean {
	if (o.lessons?.length && !o.lessons.includes(q.lesson.slug)) return false;
	if (o.concepts?.length && !q.concepts.some((c) => o.concepts!.includes(c))) return false;
	if (o.factKeys?.length && !q.factKeys.some((k) => o.factKeys!.includes(k))) return false;
	if (o.difficulty && q.difficulty !== o.difficulty) return false;
	return true;
}

export function buildQuiz(options: QuizOptions): QuizResult {
	const { dataset: ds, count, seed } = options;
	const requested = Math.max(0, Math.floor(count));
	// generator rotation depends only on the seed, so slots do not shift when values change
	const order = shuffle(streamFor(seed, 'order'), GENERATORS);
	const extra = (options.extra ?? []).filter((q) => fits(q, options));
	const used = new Set<string>();
	const ids = new Set<string>();
	const questions: Question[] = [];
	const uses = new Map<string, number>();
	const exhausted = new Set<string>();
	let extraIndex = 0;
	const take = (q: Question, by: string) => {
		questions.push(q);
		ids.add(q.id);
		for (const k of q.factKeys) used.add(k);
		uses.set(by, (uses.get(by) ?? 0) + 1);
	};
	// balance: every generator gets one question before any gets a second, and so on
	for (let cap = 1; questions.length < requested; cap++) {
		const before = questions.length;
		for (let i = 0; i < order.length && questions.length < requested; i++) {
			const slot = questions.length;
			// every fourth question is hand-written, while any remain
			if (slot % 4 === 3 && extraIndex < extra.length) {
				const q = extra[extraIndex++];
				if (!ids.has(q.id) && !q.factKeys.some((k) => used.has(k))) {
					take(q, 'hand-written');
					continue;
				}
			}
			const g = order[(slot + i) % order.length];
			if (exhausted.has(g.id) || (uses.get(g.id) ?? 0) >= cap) continue;
			// the stream depends on (seed, slot, generator) only, never on earlier attempts
			const q = tryGenerator(g, ds, streamFor(seed, `${slot}:${g.id}`), used, options);
			if (!q) exhausted.add(g.id);
			else if (!ids.has(q.id)) take(q, g.id);
		}
		if (questions.length === before) {
			// generators have nothing more; hand-written questions fill what is left
			while (extraIndex < extra.length && questions.length < requested) {
				const q = extra[extraIndex++];
				if (!ids.has(q.id) && !q.factKeys.some((k) => used.has(k))) take(q, 'hand-written');
			}
			break;
		}
	}
	const available = questions.length;
	return { questions, requested, available, shortBy: Math.max(0, requested - available) };
}

function tryGenerator(
	g: Generator,
	ds: Dataset,
	rng: ReturnType<typeof streamFor>,
	used: ReadonlySet<string>,
	o: QuizOptions
): Question | undefined {
	const q = g.generate(ds, rng, {
		exclude: used,
		accept: (q) => fits(q, o) && !q.factKeys.some((k) => used.has(k))
	});
	return isDecline(q) ? undefined : q;
}

/**
 * A fresh question about one fact (review, "retry the ones I missed"): any generator that covers
 * the key, chosen and built from streamFor(seed, factKey). Undefined if none can.
 */
export function questionFor(ds: Dataset, factKey: string, seed: Seed): Question | undefined {
	const rng = streamFor(seed, `fact:${factKey}`);
	for (const g of shuffle(rng, GENERATORS)) {
		const q = g.generateFor(ds, factKey, rng);
		// A generator may build around the key (an ordering of other events, say); review and
		// "retry the ones I missed" must test this very fact, so only such a question counts.
		if (!isDecline(q) && q.factKeys.includes(factKey)) return q;
	}
	return undefined;
}

/** Rebuilds exactly the question a learner saw in slot `slot` of a quiz built with `options`. */
export function regenerate(options: QuizOptions, slot: number): Question | undefined {
	return buildQuiz(options).questions[slot];
}

/** The generator behind a question id ("deal-region:fufeng-corn" -> deal-region). */
export function generatorOf(questionId: string): Generator | undefined {
	return generatorById(questionId.split(':')[0]);
}
