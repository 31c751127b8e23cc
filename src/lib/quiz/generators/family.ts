// The generator contract and the shared machinery behind every family: pick a target (a set of
// parameters), build a question from it or decline, shuffle choices, word explanations.
// Pure: must not import Svelte, $app or browser globals.
import { citeSources, type Dataset, type FactValue } from '../data.ts';
import { formatDate } from '../format.ts';
import type { Choice, Decline, Kind, LessonRef, Question } from '../model.ts';
import { decline, isDecline } from '../outcome.ts';
import { pick, shuffle, type Rng } from '../rng.ts';

export interface GenerateOptions {
	/** fact keys already used in this quiz */
	exclude?: ReadonlySet<string>;
	difficulty?: 1 | 2 | 3;
	/** further filter on the built question (lesson, concepts) */
	accept?: (q: Question) => boolean;
}

export interface Generator {
	id: string;
	lesson: LessonRef;
	concepts: string[];
	kinds: Kind[];
	generate(ds: Dataset, rng: Rng, opts?: GenerateOptions): Question | Decline;
	/** a question testing one given fact (a new variant each time the rng differs) */
	generateFor(ds: Dataset, factKey: string, rng: Rng): Question | Decline;
	factKeysCovered(ds: Dataset): string[];
}

export interface FamilySpec<T> {
	id: string;
	lesson: LessonRef;
	concepts: string[];
	kinds: Kind[];
	/** every parameter set this family could ask about */
	targets(ds: Dataset): T[];
	/** the fact keys a target tests; the first is its main fact */
	keys(t: T): string[];
	build(ds: Dataset, t: T, rng: Rng): Question | Decline;
}

export function family<T>(spec: FamilySpec<T>): Generator {
	const firstQuestion = (
		ds: Dataset,
		targets: T[],
		rng: Rng,
		accept: (q: Question) => boolean
	): Question | Decline => {
		let reason = 'the data has nothing this generator can ask about';
		for (const t of shuffle(rng, targets)) {
			const q = spec.build(ds, t, rng);
			if (isDecline(q)) {
				reason = q.reason;
				continue;
			}
			if (accept(q)) return q;
			reason = 'no question matched the requested difficulty or unused facts';
		}
		return decline(reason);
	};
	return {
		id: spec.id,
		lesson: spec.lesson,
		concepts: spec.concepts,
		kinds: spec.kinds,
		generate(ds, rng, opts = {}) {
			const exclude = opts.exclude ?? new Set<string>();
			const targets = spec.targets(ds).filter((t) => !spec.keys(t).some((k) => exclude.has(k)));
			return firstQuestion(
				ds,
				targets,
				rng,
				(q) =>
					(!opts.difficulty || q.difficulty === opts.difficulty) && (!opts.accept || opts.accept(q))
			);
		},
		generateFor(ds, factKey, rng) {
			const targets = spec.targets(ds).filter((t) => spec.keys(t).includes(factKey));
			if (targets.length === 0) return decline(`${spec.id} does not ask about ${factKey}`);
			return firstQuestion(ds, targets, rng, () => true);
		},
		factKeysCovered(ds) {
			const keys = new Set<string>();
			for (const t of spec.targets(ds)) {
				// a target counts when it can build at least one question; the rng only varies wording
				const q = spec.build(ds, t, fixedRng);
				if (!isDecline(q)) keys.add(spec.keys(t)[0]);
			}
			return [...keys];
		}
	};
}

/** Always the lowest choice; makes coverage checks independent of any seed. */
const fixedRng: Rng = { int: (min) => min };

const LETTERS = 'abcdefgh';

/**
 * Shuffles the key and distractors into choices with letter ids. Declines when two texts are the
 * same (the learner could not tell them apart) or when there are too few distractors.
 */
export function choicesFrom(
	rng: Rng,
	key: string,
	distractors: readonly string[],
	count = 4
): { choices: Choice[]; answer: string } | Decline {
	const seen = new Set([norm(key)]);
	const unique: string[] = [];
	for (const d of distractors) {
		if (seen.has(norm(d))) continue;
		seen.add(norm(d));
		unique.push(d);
	}
	if (unique.length < Math.min(2, count - 1)) return decline('not enough distinct distractors');
	const chosen = pickN(rng, unique, count - 1);
	const texts = shuffle(rng, [key, ...chosen]);
	const choices = texts.map((text, i) => ({ id: LETTERS[i], text }));
	return { choices, answer: choices[texts.indexOf(key)].id };
}

export function pickN<T>(rng: Rng, items: readonly T[], n: number): T[] {
	return shuffle(rng, items).slice(0, n);
}

export function norm(s: string): string {
	return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

export { pick };

/** "Source: Title A; Title B." — every explanation ends with its sources. */
export function because(
	ds: Dataset,
	fact: Pick<FactValue, 'sources' | 'asOf' | 'note'>,
	body: string
): string {
	const asOf = fact.asOf ? ` (as of ${formatDate(fact.asOf)})` : '';
	const note = fact.note ? ` Note: ${fact.note}` : '';
	return `${body}${asOf}.${note} Source: ${citeSources(ds, fact.sources)}.`;
}

export function uniq<T>(xs: readonly T[]): T[] {
	return [...new Set(xs)];
}

/** Values another source reported for the same thing; never usable as distractors. */
export function otherReportValues(f: FactValue): unknown[] {
	return (f.otherReports ?? []).map((o) => (o as { value: unknown }).value);
}

/** Lesson slug per indicator topic (the outline's lessons). */
export const TOPIC_LESSON: Record<string, string> = {
	trade: 'belt-and-road',
	transport: 'belt-and-road',
	investment: 'investment-and-jobs',
	energy: 'energy-and-coal',
	agriculture: 'the-raw-material-question',
	sez: 'special-economic-zones',
	industry: 'import-substitution-in-kazakhstan',
	forum: 'the-astana-forum',
	geography: 'deals-on-the-map'
};
