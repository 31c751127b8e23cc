// Shared by the page tests here. The review, practice, challenge, teacher and assignment pages ship
// the pruned dataset (quizPageData in $lib/server/quiz). Every question they build from it must be
// the question the full dataset built before: the tests run the pages' own load functions, send
// their data through JSON as page data travels, and run each page's question builder over many
// seeds and every scope the page can ask for, against the full dataset and the hand-written
// questions loaded the way these pages loaded them before they shared quizPageData.
import { expect } from 'vitest';
import { readContentFiles } from '../../../../scripts/content-files.ts';
import { buildCourse } from '../../../../src/lib/content/course.ts';
import { loadDataset, type Dataset } from '../../../../src/lib/content/dataset/index.ts';
import { pruneForQuiz } from '../../../../src/lib/quiz/browser-data.ts';
import { loadHandWritten } from '../../../../src/lib/quiz/hand-written.ts';
import type { Question } from '../../../../src/lib/quiz/model.ts';
import { streamFor } from '../../../../src/lib/quiz/rng.ts';

const files = readContentFiles();
export const full = loadDataset(files).dataset as Dataset;
export const course = buildCourse(files).course!;
export const courseLessons = course.lessons.map((l) => l.slug);
export const fullExtra: Question[] = loadHandWritten(files, {
	lessons: new Set(courseLessons),
	sources: new Set(full.sources.map((s) => s.id)),
	concepts: new Set(full.glossary.map((g) => g.id)),
	dataset: full
}).questions;
export const fullSources = Object.fromEntries(
	full.sources.map((s) => [s.id, { title: s.title, url: s.url }])
);

/** page data as the browser sees it */
export const ship = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export const SEEDS = Array.from({ length: 12 }, (_, i) => i * 7919 + 1);
export const factKeys = Object.keys(full.facts);
/** keys a learner's stored progress may hold that the data no longer has */
export const staleKeys = ['deal/no-such-deal/investment', 'indicator/gone', 'not-a-key', ''];
export const concepts = full.glossary.map((g) => g.id);

/** n distinct items of xs, picked by the seed */
export function sample<T>(xs: readonly T[], n: number, seed: number, label: string): T[] {
	const rng = streamFor(seed, label);
	const pool = [...xs];
	const out: T[] = [];
	while (out.length < n && pool.length) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]);
	return out;
}

/** What every such page ships: the pruned records without the fact index, the same hand-written
 * questions and the same sources as before. */
export function expectPrunedQuizData(quiz: { dataset: object; extra: unknown; sources: unknown }) {
	expect('facts' in quiz.dataset).toBe(false);
	expect(quiz.dataset).toEqual(ship(pruneForQuiz(full)));
	expect(quiz.extra).toEqual(ship(fullExtra));
	expect(quiz.sources).toEqual(ship(fullSources));
}
