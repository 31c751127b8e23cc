// What the teacher pages (/teach, /teach/results) and the student's /assignment page need at build
// time: the course outline with titles, and the quiz engine's inputs (dataset, hand-written
// questions, source titles), so a variant can be built, printed or rebuilt in the browser.
// Server-only: YAML parsing and schemas stay out of the browser.
import { loadHandWritten } from '$lib/quiz/hand-written';
import type { OutlineModule, QuizData } from '$lib/components/teacher/variant';
import { contentFiles, course, dataset } from './content';

function handWritten() {
	const r = loadHandWritten(contentFiles, {
		lessons: new Set(course.lessons.map((l) => l.slug)),
		sources: new Set(dataset.sources.map((s) => s.id)),
		concepts: new Set(dataset.glossary.map((g) => g.id)),
		dataset
	});
	// The validate script and the build guard report problems; the site uses the good ones.
	return r.questions;
}

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
	return {
		dataset,
		extra: handWritten(),
		sources: Object.fromEntries(dataset.sources.map((s) => [s.id, { title: s.title, url: s.url }]))
	};
}
