// /practice/challenge ships the pruned dataset and builds the same challenges as the full one (see
// shared.ts).
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/lib/content/dataset/index.ts';
import { quizDataset } from '../../../../src/lib/quiz/browser-data.ts';
import type { Question } from '../../../../src/lib/quiz/model.ts';
import { buildQuiz } from '../../../../src/lib/quiz/quiz.ts';
import { load } from '../../../../src/routes/practice/challenge/+page.server.ts';
import { concepts, full, fullExtra, sample, SEEDS, ship, expectPrunedQuizData } from './shared.ts';

const page = ship(load());
const shipped = quizDataset(page.dataset);

// any concept a learner may have mastered, several together, all of them, one the data lost
const scopes = [
	...concepts.map((c) => [c]),
	concepts,
	...SEEDS.map((seed, i) => sample(concepts, 2 + i, seed, 'challenge')),
	['no-such-concept']
];

describe('/practice/challenge', () => {
	it('ships the pruned records without the fact index, and the same hand-written questions', () => {
		expectPrunedQuizData(page);
	});

	it(
		'builds the same challenge for every concept and many sets of concepts, over many seeds',
		{ timeout: 120_000 },
		() => {
			for (const seed of SEEDS.slice(0, 8))
				for (const scope of scopes) {
					// as the page: twice as many questions as concepts, from 4 to 8
					const count = Math.min(8, Math.max(4, scope.length * 2));
					const quiz = (dataset: Dataset, extra: Question[]) =>
						buildQuiz({ dataset, concepts: scope, count, seed, extra });
					expect(quiz(shipped, page.extra), `${scope}, seed ${seed}`).toEqual(
						quiz(full, fullExtra)
					);
				}
		}
	);
});
