// /practice ships the pruned dataset and builds the same practice sets as the full one (see
// shared.ts).
import { describe, expect, it } from 'vitest';
import { buildPracticeSet } from '../../../../src/lib/components/practice/question-sets.ts';
import type { PracticeSettings } from '../../../../src/lib/components/practice/settings.ts';
import { quizDataset } from '../../../../src/lib/quiz/browser-data.ts';
import { load } from '../../../../src/routes/practice/+page.server.ts';
import {
	concepts,
	course,
	courseLessons,
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

const base: PracticeSettings = {
	lessons: [],
	concepts: [],
	facts: [],
	count: 10,
	mode: 'practice'
};
const difficulties = [undefined, 1, 2, 3] as const;
const settings: PracticeSettings[] = [];
for (const difficulty of difficulties) {
	settings.push({ ...base, difficulty }, { ...base, difficulty, count: 30 });
	for (const slug of courseLessons) settings.push({ ...base, difficulty, lessons: [slug] });
	for (const m of course.modules)
		settings.push({ ...base, difficulty, lessons: m.lessons, count: 20 });
	for (const c of concepts) settings.push({ ...base, difficulty, concepts: [c] });
}
// what the form, shared links and weak-spot links can combine
for (let i = 0; i < 12; i++) {
	settings.push({
		...base,
		lessons: sample(courseLessons, i % 4, i, 'lessons'),
		concepts: sample(concepts, (i + 1) % 3, i, 'concepts'),
		facts: sample([...factKeys, ...staleKeys], i % 5, i, 'facts'),
		count: 1 + ((i * 7) % 30),
		difficulty: difficulties[i % 4]
	});
	settings.push({ ...base, facts: sample(factKeys, 1 + i, i, 'only-facts'), count: 30 });
}

describe('/practice', () => {
	it('ships the pruned records without the fact index, and the same hand-written questions', () => {
		expectPrunedQuizData(page);
	});

	it(
		`builds the same set for each of ${settings.length} settings, over several seeds`,
		{ timeout: 120_000 },
		() => {
			for (const seed of SEEDS.slice(0, 4))
				for (const s of settings)
					expect(
						buildPracticeSet(shipped, s, seed, page.extra),
						`${JSON.stringify(s)}, seed ${seed}`
					).toEqual(buildPracticeSet(full, s, seed, fullExtra));
		}
	);
});
