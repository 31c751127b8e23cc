import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../scripts/content-files.ts';
import { buildCourse } from '../../../src/lib/content/course.ts';
import { loadDataset, type Dataset } from '../../../src/lib/content/dataset/index.ts';
import type { Question } from '../../../src/lib/quiz/model.ts';
import { buildQuiz } from '../../../src/lib/quiz/quiz.ts';
import { inLessonSection, type LessonSections } from '../../../src/lib/quiz/sections.ts';

const question = (over: Partial<Question>): Question =>
	({
		id: 'deal-region:x',
		generator: 'deal-region',
		kind: 'single',
		prompt: 'Where?',
		choices: [],
		answer: 'a',
		explanation: 'Because.',
		sources: ['S01'],
		concepts: [],
		factKeys: ['deal/x/region', 'deal/x/company'],
		lesson: { slug: 'deals-on-the-map' },
		difficulty: 1,
		...over
	}) as Question;

const sections: LessonSections = {
	'deals-on-the-map': {
		facts: { 'deal/x/company': 'who-invests', 'deal/y/region': 'the-regions' },
		headings: { 'who-invests': 'Who invests', 'the-regions': 'The regions' }
	}
};

describe('inLessonSection', () => {
	it("links a question to the section where its lesson first teaches one of the question's facts", () => {
		expect(inLessonSection(question({}), sections).lesson).toEqual({
			slug: 'deals-on-the-map',
			section: 'who-invests'
		});
	});

	it('keeps a section a question already names, and leaves questions its lesson does not teach', () => {
		const named = question({ lesson: { slug: 'deals-on-the-map', section: 'intro' } });
		expect(inLessonSection(named, sections)).toBe(named);
		const other = question({ factKeys: ['deal/z/region'] });
		expect(inLessonSection(other, sections)).toBe(other);
		const elsewhere = question({ lesson: { slug: 'belt-and-road' } });
		expect(inLessonSection(elsewhere, sections)).toBe(elsewhere);
	});
});

describe('generated questions on the real course', () => {
	const files = readContentFiles();
	const course = buildCourse(files).course!;
	const ds = loadDataset(files).dataset as Dataset;
	const real: LessonSections = Object.fromEntries(
		course.lessons.map((l) => [l.slug, { facts: l.factSections, headings: {} }])
	);

	it('link to sections that exist on their lesson page (a third or more of them)', () => {
		let linked = 0;
		let total = 0;
		for (const lesson of course.lessons) {
			const ids = new Set(lesson.toc.map((t) => t.id));
			for (const seed of [1, 2, 3]) {
				const { questions } = buildQuiz({ dataset: ds, lessons: [lesson.slug], count: 20, seed });
				for (const q of questions.map((q) => inLessonSection(q, real))) {
					total++;
					if (!q.lesson.section) continue;
					linked++;
					expect(ids, `${q.id} in ${lesson.slug}`).toContain(q.lesson.section);
				}
			}
		}
		expect(total).toBeGreaterThan(100);
		// 40% when written: the rest test facts a lesson shows on a map or chart, not in its text.
		expect(linked / total).toBeGreaterThan(0.33);
	});
});
