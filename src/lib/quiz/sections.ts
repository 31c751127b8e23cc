// Where a question sends the learner to read again: the section of its lesson that teaches the
// fact it tests. Hand-written questions name their section; for generated ones it comes from where
// the lesson first uses the fact (LessonInfo.factSections), so a rewritten lesson moves the links
// with it. Pure: must not import Svelte, $app or browser globals.
import type { Question } from './model.ts';

/** Per lesson (by slug): where it first uses each fact, and its sections' headings by anchor. */
export type LessonSections = Record<
	string,
	{ facts: Record<string, string>; headings: Record<string, string> }
>;

/** The question with its lesson section filled in, when it has none and its lesson teaches a fact. */
export function inLessonSection(q: Question, sections: LessonSections): Question {
	if (q.lesson.section) return q;
	const inLesson = sections[q.lesson.slug]?.facts;
	const section = inLesson && q.factKeys.map((k) => inLesson[k]).find(Boolean);
	return section ? { ...q, lesson: { ...q.lesson, section } } : q;
}
