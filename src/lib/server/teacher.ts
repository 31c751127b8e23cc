// What the teacher pages (/teach, /teach/results) and the student's /assignment page need at build
// time: the course outline with titles, and the quiz engine's inputs (the quiz pages' pruned
// dataset, hand-written questions and source titles; see $lib/server/quiz), so a variant can be
// built, printed or rebuilt in the browser. Server-only: YAML parsing and schemas stay out of the
// browser.
import type { OutlineModule, QuizData } from '$lib/components/teacher/variant';
import { course } from './content';
import { quizPageData } from './quiz';

export function teacherOutline(): OutlineModule[] {
	return course.modules.map((m) => ({
		id: m.id,
		title: m.title,
		lessons: m.lessons.map((slug) => ({
			slug,
			title: course.lessons.find((l) => l.slug === slug)?.title ?? slug
		}))
	}));
}

export function teacherQuizData(): QuizData {
	// every course lesson, so hand-written questions for outline lessons without a page stay out
	const { dataset, extra, sources, sections } = quizPageData(course.lessons.map((l) => l.slug));
	return { dataset, extra, sources, sections };
}
