// /review ships the pruned dataset and builds the same questions as the full one (see shared.ts).
import { describe, expect, it } from 'vitest';
import { questionsForFacts } from '../../../../src/lib/components/practice/question-sets.ts';
import { quizDataset } from '../../../../src/lib/quiz/browser-data.ts';
import { buildQuiz } from '../../../../src/lib/quiz/quiz.ts';
import { load } from '../../../../src/routes/review/+page.server.ts';
import {
	factKeys,
	full,
	fullExtra,
	sample,
	SEEDS,
	ship,
	staleKeys,
	expectPrunedQuizData
} from './shared.ts';

const page = ship(load());
const shipped = quizDataset(page.dataset);

describe('/review', () => {
	it('ships the pruned records without the fact index, and the same hand-written questions', () => {
		expectPrunedQuizData(page);
	});

	it('rebuilds every fact a question can name', () => {
		const named = new Set(
			[
				...fullExtra,
				...SEEDS.flatMap((seed) => buildQuiz({ dataset: full, count: 40, seed }).questions)
			].flatMap((q) => q.factKeys)
		);
		for (const k of named) expect(shipped.facts[k], k).toEqual(full.facts[k]);
	});

	it(
		'builds the same question for every fact key and for stale keys, over many seeds',
		{ timeout: 120_000 },
		() => {
			for (const seed of SEEDS)
				for (const key of [...factKeys, ...staleKeys])
					expect(
						questionsForFacts(shipped, [key], seed, page.extra),
						`${key}, seed ${seed}`
					).toEqual(questionsForFacts(full, [key], seed, fullExtra));
		}
	);

	it('builds the same review sessions of up to 20 due facts', { timeout: 120_000 }, () => {
		for (const seed of SEEDS)
			for (let n = 1; n <= 20; n += 3) {
				const keys = sample([...factKeys, ...staleKeys], n, seed, `review:${n}`);
				expect(questionsForFacts(shipped, keys, seed, page.extra), `${keys}, seed ${seed}`).toEqual(
					questionsForFacts(full, keys, seed, fullExtra)
				);
			}
	});
});
