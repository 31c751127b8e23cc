import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyQuestion } from '../../../src/lib/quiz/check.ts';
import type { Dataset } from '../../../src/lib/quiz/data.ts';
import { GENERATORS, generatorById } from '../../../src/lib/quiz/generators/index.ts';
import { isDecline, type Question } from '../../../src/lib/quiz/model.ts';
import { buildQuiz, questionFor, regenerate } from '../../../src/lib/quiz/quiz.ts';
import { streamFor } from '../../../src/lib/quiz/rng.ts';
import { fixtureDataset } from '../../fixtures/quiz/dataset.ts';

const ds = fixtureDataset();

describe('generators', () => {
	it('are at least 15 families with distinct ids, spread over at least 8 lessons', () => {
		expect(GENERATORS.length).toBeGreaterThanOrEqual(15);
		expect(new Set(GENERATORS.map((g) => g.id)).size).toBe(GENERATORS.length);
		const lessons = new Set<string>();
		for (const g of GENERATORS)
			for (let s = 0; s < 30; s++) {
				const q = g.generate(ds, streamFor(s, g.id));
				if (!isDecline(q)) lessons.add(q.lesson.slug);
			}
		expect(lessons.size).toBeGreaterThanOrEqual(8);
	});

	it('build only items that pass the check, for any seed', () => {
		fc.assert(
			fc.property(fc.integer(), fc.constantFrom(...GENERATORS), (seed, g) => {
				const q = g.generate(ds, streamFor(seed, g.id));
				if (isDecline(q)) return;
				expect(verifyQuestion(q, ds)).toEqual([]);
				expect(q.id.startsWith(`${g.id}:`)).toBe(true);
			}),
			{ numRuns: 400 }
		);
	});

	it('never make a conflicting or uncertain value the key', () => {
		// Wanlin's region is conflicting and TBEA's investment uncertain in the fixture
		for (const g of GENERATORS) {
			expect(
				isDecline(g.generateFor(ds, 'deal/wanlin-vegetables/region', streamFor(1, g.id)))
			).toBe(true);
			expect(isDecline(g.generateFor(ds, 'deal/tbea-energy/investment', streamFor(1, g.id)))).toBe(
				true
			);
			expect(g.factKeysCovered(ds)).not.toContain('deal/wanlin-vegetables/region');
		}
	});

	it('decline when a value becomes unusable, and name the reason', () => {
		const changed = fixtureDataset();
		changed.facts['deal/fufeng-corn/region'].status = 'uncertain';
		changed.facts['deal/fufeng-corn/region'].quiz = false;
		const q = generatorById('deal-region')!.generateFor(
			changed,
			'deal/fufeng-corn/region',
			streamFor(1, 'x')
		);
		expect(isDecline(q) && q.reason).toMatch(/not usable/);
	});

	it('decline on a tie when ranking', () => {
		const both = (d: Dataset, g: string) =>
			Array.from({ length: 60 }, (_, s) => generatorById(g)!.generate(d, streamFor(s, g)))
				.filter((q) => !isDecline(q))
				.filter((q) =>
					['fufeng-corn', 'dalian-hesheng-grain'].every((id) =>
						(q as Question).factKeys.includes(`deal/${id}/investment`)
					)
				).length;
		const tied = fixtureDataset();
		tied.facts['deal/dalian-hesheng-grain/investment'].value = 800_000_000;
		for (const g of ['largest-deal', 'rank-deals']) {
			expect(both(ds, g)).toBeGreaterThan(0);
			expect(both(tied, g)).toBe(0);
		}
	});

	it('keep qualifiers in choice text and never offer a distractor equal to the key', () => {
		for (let s = 0; s < 50; s++) {
			const q = generatorById('deal-jobs')!.generateFor(
				ds,
				'deal/fufeng-corn/jobs',
				streamFor(s, 'j')
			);
			if (isDecline(q) || q.kind !== 'single') continue;
			const key = q.choices.find((c) => c.id === q.answer)!;
			expect(key.text).toBe('about 1,500 jobs');
			expect(q.choices.filter((c) => c.text === key.text)).toHaveLength(1);
		}
	});
});

describe('buildQuiz', () => {
	it('is deterministic for a seed and differs between seeds', () => {
		const a = buildQuiz({ dataset: ds, count: 12, seed: 42 });
		const b = buildQuiz({ dataset: fixtureDataset(), count: 12, seed: 42 });
		expect(a).toEqual(b);
		const c = buildQuiz({ dataset: ds, count: 12, seed: 43 });
		expect(c.questions.map((q) => q.id)).not.toEqual(a.questions.map((q) => q.id));
	});

	it('never asks about the same fact twice, and ids are unique', () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 1, max: 40 }), (seed, count) => {
				const { questions } = buildQuiz({ dataset: ds, count, seed });
				const keys = questions.flatMap((q) => q.factKeys);
				expect(new Set(keys).size).toBe(keys.length);
				expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
				expect(questions.length).toBeLessThanOrEqual(count);
			}),
			{ numRuns: 40 }
		);
	});

	it('balances generators: no generator twice while others were unused', () => {
		const { questions } = buildQuiz({ dataset: ds, count: 10, seed: 7 });
		expect(new Set(questions.map((q) => q.generator)).size).toBe(questions.length);
	});

	it('says how many it could not supply', () => {
		const r = buildQuiz({ dataset: ds, lessons: ['special-economic-zones'], count: 50, seed: 1 });
		expect(r.requested).toBe(50);
		expect(r.available).toBe(r.questions.length);
		expect(r.shortBy).toBe(50 - r.available);
		expect(r.shortBy).toBeGreaterThan(0);
		expect(r.questions.every((q) => q.lesson.slug === 'special-economic-zones')).toBe(true);
	});

	it('filters by difficulty and concept', () => {
		const hard = buildQuiz({ dataset: ds, count: 8, seed: 5, difficulty: 3 });
		expect(hard.questions.length).toBeGreaterThan(0);
		expect(hard.questions.every((q) => q.difficulty === 3)).toBe(true);
		const sez = buildQuiz({ dataset: ds, count: 8, seed: 5, concepts: ['special-economic-zone'] });
		expect(sez.questions.every((q) => q.concepts.includes('special-economic-zone'))).toBe(true);
	});

	it('changes only the questions built on a corrected fact', () => {
		const key = 'deal/wanlin-vegetables/investment';
		const old = ds.facts[key].value as number;
		const fixed = fixtureDataset();
		fixed.facts[key].value = 95_000_000;
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const a = buildQuiz({ dataset: ds, count: 15, seed });
			const b = buildQuiz({ dataset: fixed, count: 15, seed });
			expect(b.questions.map((q) => q.id)).toEqual(a.questions.map((q) => q.id));
			a.questions.forEach((qa, i) => {
				const qb = b.questions[i];
				if (JSON.stringify(qa) === JSON.stringify(qb)) return;
				// a changed question either tests the fact or showed its old value as a distractor
				const usedIt =
					qa.factKeys.includes(key) || JSON.stringify(qa).includes(`$${old / 1e6} million`);
				expect(usedIt, `${qa.id} changed without using ${key}`).toBe(true);
			});
		}
	});

	it('regenerates exactly the question in a slot', () => {
		const options = { dataset: ds, count: 10, seed: 'assignment-7:Aigerim' };
		const quiz = buildQuiz(options);
		quiz.questions.forEach((q, slot) => expect(regenerate(options, slot)).toEqual(q));
	});

	it('mixes in hand-written questions that fit the filters', () => {
		const hand = {
			id: 'hand:forum-purpose',
			kind: 'true-false',
			generator: 'hand-written',
			prompt: 'True or false? The 2025 forum was held in Astana.',
			answer: true,
			factKeys: [],
			explanation: 'True. Source: Source S03 title.',
			sources: ['S03'],
			concepts: [],
			lesson: { slug: 'the-astana-forum' },
			difficulty: 1
		} satisfies Question;
		const r = buildQuiz({ dataset: ds, count: 8, seed: 3, extra: [hand] });
		expect(r.questions.map((q) => q.id)).toContain(hand.id);
		// with few generated questions for a lesson, hand-written ones still get in
		const few = buildQuiz({
			dataset: ds,
			lessons: ['the-astana-forum'],
			count: 50,
			seed: 3,
			extra: [hand]
		});
		expect(few.questions.map((q) => q.id)).toContain(hand.id);
		const other = buildQuiz({
			dataset: ds,
			lessons: ['belt-and-road'],
			count: 50,
			seed: 3,
			extra: [hand]
		});
		expect(other.questions.map((q) => q.id)).not.toContain(hand.id);
	});
});

describe('questionFor', () => {
	it('serves a question about the given fact, varying with the seed', () => {
		const key = 'deal/fufeng-corn/investment';
		const seen = new Set<string>();
		for (let s = 0; s < 30; s++) {
			const q = questionFor(ds, key, s) as Question;
			expect(q.factKeys).toContain(key);
			seen.add(q.id);
		}
		expect(seen.size).toBeGreaterThan(1);
	});

	it('returns undefined for a fact no generator can ask about', () => {
		expect(questionFor(ds, 'deal/tbea-energy/investment', 1)).toBeUndefined();
		expect(questionFor(ds as Dataset, 'no/such/key', 1)).toBeUndefined();
	});
});
