// The pruned dataset shipped to quiz pages must build exactly the questions the full one builds.
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../../src/lib/content/dataset/index.ts';
import { datasetFromQuizData, pruneForQuiz } from '../../../src/lib/quiz/browser-data.ts';
import { OUTLINE_LESSONS } from '../../../src/lib/quiz/outline.ts';
import { buildQuiz, questionFor } from '../../../src/lib/quiz/quiz.ts';
import { realDataset } from '../content/dataset/fixtures.ts';

const full = loadDataset(realDataset()).dataset as Dataset;
// through JSON, as the page data travels
const shipped = datasetFromQuizData(JSON.parse(JSON.stringify(pruneForQuiz(full))));

describe('pruneForQuiz', () => {
	it('is smaller than the full records', () => {
		const { facts: _facts, ...records } = full;
		expect(JSON.stringify(pruneForQuiz(full)).length).toBeLessThan(
			JSON.stringify(records).length * 0.8
		);
	});

	it('rebuilds the same fact keys', () => {
		const quizKeys = Object.keys(full.facts).filter((k) => !k.startsWith('company/'));
		for (const k of quizKeys) expect(shipped.facts[k], k).toEqual(full.facts[k]);
	});

	it(
		'builds the same quizzes as the full dataset, for every lesson and many seeds',
		{ timeout: 60_000 },
		() => {
			for (let seed = 0; seed < 20; seed++) {
				for (const lessons of [undefined, ...OUTLINE_LESSONS.map((l) => [l])]) {
					const a = buildQuiz({ dataset: full, lessons, count: 10, seed }).questions;
					const b = buildQuiz({ dataset: shipped, lessons, count: 10, seed }).questions;
					// compared as text: a deep equality per quiz is needlessly slow here
					expect(JSON.stringify(b), `seed ${seed}, ${lessons ?? 'all lessons'}`).toBe(
						JSON.stringify(a)
					);
				}
			}
		}
	);

	it('builds the same single-fact questions (review, retry the ones I missed)', () => {
		for (const key of Object.keys(full.facts)) {
			expect(questionFor(shipped, key, 1), key).toEqual(questionFor(full, key, 1));
		}
	});
});
