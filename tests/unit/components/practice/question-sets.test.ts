import { describe, expect, it } from 'vitest';
import {
	buildPracticeSet,
	questionForFact,
	questionsForFacts
} from '../../../../src/lib/components/practice/question-sets.ts';
import { DEFAULT_SETTINGS } from '../../../../src/lib/components/practice/settings.ts';
import { GENERATORS } from '../../../../src/lib/quiz/generators/index.ts';
import { buildQuiz } from '../../../../src/lib/quiz/quiz.ts';
import type { Question } from '../../../../src/lib/quiz/model.ts';
import { fixtureDataset } from '../../../fixtures/quiz/dataset.ts';

const ds = fixtureDataset();
// the keys review cards hold: the fact keys of questions learners are actually asked
const covered = [
	...new Set(
		[0, 1, 2, 3, 4, 5, 6, 7].flatMap((seed) =>
			buildQuiz({ dataset: ds, count: 40, seed }).questions.flatMap((q) => q.factKeys)
		)
	)
].sort();

/** What a learner sees: the wording, the kind and the options. */
const face = (q: Question) =>
	JSON.stringify({ kind: q.kind, prompt: q.prompt, choices: 'choices' in q ? q.choices : null });

describe('review variants', () => {
	it('the fixture has facts to review', () => {
		expect(covered.length).toBeGreaterThan(5);
	});

	it('every variant tests the fact it was asked for', () => {
		let built = 0;
		for (const key of covered)
			for (const seed of [1, 2, 3]) {
				const q = questionForFact(ds, key, seed);
				if (!q) continue;
				built++;
				expect(q.factKeys).toContain(key);
			}
		// a variant may be skipped now and then, never most of them
		expect(built / (covered.length * 3)).toBeGreaterThan(0.95);
	});

	it('new seeds give variants that really differ for most facts', () => {
		const differing = covered.filter((key) => {
			const faces = new Set(
				[1, 2, 3, 4, 5, 6].map((s) => questionForFact(ds, key, s)).filter((q) => q !== undefined)
			);
			return new Set([...faces].map(face)).size > 1;
		});
		expect(differing.length / covered.length).toBeGreaterThan(0.5);
	});

	it('falls back to a hand-written question on the fact, and skips what nothing covers', () => {
		const written = {
			...questionForFact(ds, covered[0], 1)!,
			id: 'hand-written:only-here',
			factKeys: ['made-up/fact']
		} as Question;
		const set = questionsForFacts(ds, ['made-up/fact', 'nothing/at-all', covered[0]], 9, [written]);
		expect(set.questions.map((q) => q.id)).toContain('hand-written:only-here');
		expect(set.skipped).toEqual(['nothing/at-all']);
		expect(set.questions).toHaveLength(2);
	});

	it('one question per fact, no question twice', () => {
		const set = questionsForFacts(ds, covered, 4);
		const ids = set.questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		const tested = new Set(set.questions.flatMap((q) => q.factKeys));
		for (const key of covered) expect(tested.has(key) || set.skipped.includes(key), key).toBe(true);
		expect(set.skipped.length).toBeLessThan(covered.length / 10);
	});
});

describe('buildPracticeSet', () => {
	it('is reproducible from its seed', () => {
		const s = { ...DEFAULT_SETTINGS, count: 6 };
		expect(buildPracticeSet(ds, s, 77).questions.map((q) => q.id)).toEqual(
			buildPracticeSet(ds, s, 77).questions.map((q) => q.id)
		);
	});

	it('keeps to the chosen lessons and difficulty', () => {
		const lesson = GENERATORS[0].lesson.slug;
		const set = buildPracticeSet(ds, { ...DEFAULT_SETTINGS, lessons: [lesson], count: 5 }, 3);
		expect(set.questions.length).toBeGreaterThan(0);
		for (const q of set.questions) expect(q.lesson.slug).toBe(lesson);
		const hard = buildPracticeSet(ds, { ...DEFAULT_SETTINGS, difficulty: 2, count: 5 }, 3);
		for (const q of hard.questions) expect(q.difficulty).toBe(2);
	});

	it('a set of facts only holds questions on those facts', () => {
		const facts = covered.slice(0, 3);
		const set = buildPracticeSet(ds, { ...DEFAULT_SETTINGS, facts, count: 10 }, 5);
		expect(set.requested).toBe(3);
		for (const q of set.questions) expect(q.factKeys.some((k) => facts.includes(k))).toBe(true);
	});

	it('facts come first, then the chosen topics fill the set, never a fact twice', () => {
		const facts = covered.slice(0, 2);
		const set = buildPracticeSet(
			ds,
			{ ...DEFAULT_SETTINGS, facts, concepts: ['deep-processing'], count: 6 },
			5
		);
		expect(set.questions[0].factKeys).toContain(facts[0]);
		const keys = set.questions.flatMap((q) => q.factKeys);
		expect(new Set(keys).size).toBe(keys.length);
		for (const q of set.questions.slice(2)) expect(q.concepts).toContain('deep-processing');
		expect(set.questions.length + set.shortBy).toBe(6);
	});
});
