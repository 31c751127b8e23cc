// Quiz assembly: picks generators for each slot, one fact at most once per quiz, deterministic
// for (dataset version, options). Slot s always draws from streamFor(seed, s), and its generator
// is fixed by the seed alone, so a corrected fact changes only the slots built on it.
// Reproducing what a learner saw: call regenerate(dataset, options, slot) with the same options
// (seed, lessons, concepts, count, difficulty) and dataset version recorded with the attempt.
// Pure: must not import Svelte, $app or browser globals.
import type { Dataset } from './data.ts';
import { GENERATORS, generatorById, type Generator } from './generators/index.ts';
import { isDecline, type Question } from './model.ts';
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

const TRIES_PER_SLOT = 6;

export function buildQuiz(options: QuizOptions): QuizResult {
	const { dataset: ds, count, seed } = options;
	const requested = Math.max(0, Math.floor(count));
	// generator rotation depends only on the seed, so slots do not shift when data changes
	const order = shuffle(streamFor(seed, 'order'), GENERATORS);
	const extra = (options.extra ?? []).filter((q) => fits(q, options));
	const used = new Set<string>();
	const ids = new Set<string>();
	const questions: Question[] = [];
	const exhausted = new Set<string>();
	let extraIndex = 0;
	for (let slot = 0; questions.length < requested && slot < requested * 4 + order.length; slot++) {
		const rng = streamFor(seed, slot);
		let found: Question | undefined;
		// every few slots, a hand-written question, if any remain
		if (extra.length && slot % 4 === 3) {
			while (extraIndex < extra.length && !found) {
				const q = extra[extraIndex++];
				if (!ids.has(q.id) && !q.factKeys.some((k) => used.has(k))) found = q;
			}
		}
		for (let t = 0; !found && t < Math.min(TRIES_PER_SLOT, order.length); t++) {
			const g = order[(slot + t * 7) % order.length];
			if (exhausted.has(g.id)) continue;
			const q = tryGenerator(g, ds, rng, used, options);
			if (q && !ids.has(q.id)) found = q;
			else if (!q) exhausted.add(g.id);
		}
		if (!found) continue;
		questions.push(found);
		ids.add(found.id);
		for (const k of found.factKeys) used.add(k);
		if (exhausted.size === order.length && extraIndex >= extra.length) break;
	}
	// a last sweep so "fewer available" is honest: try every generator once more
	for (const g of order) {
		if (questions.length >= requested) break;
		const q = tryGenerator(g, ds, streamFor(seed, `sweep:${g.id}`), used, options);
		if (q && !ids.has(q.id)) {
			questions.push(q);
			ids.add(q.id);
			for (const k of q.factKeys) used.add(k);
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
		if (!isDecline(q)) return q;
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
