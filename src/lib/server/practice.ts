// What the review and practice pages need to build questions in the browser: the quiz pages' shared
// data (pruned dataset, hand-written questions, source citations, lesson titles; see
// $lib/server/quiz), plus the modules and concepts for the forms and labels. Server-only, read
// once at build time.
import { course, dataset } from '$lib/server/content';
import { GENERATORS } from '$lib/quiz/generators';
import { quizPageData } from '$lib/server/quiz';

export function practiceData() {
	// every course lesson, so hand-written questions for outline lessons without a page stay out
	const {
		dataset: pruned,
		extra,
		sources,
		lessons,
		sections
	} = quizPageData(course.lessons.map((l) => l.slug));
	// the concepts a practice set can actually ask about
	const usedConcepts = new Set([
		...course.lessons.flatMap((l) => l.concepts),
		...GENERATORS.flatMap((g) => g.concepts),
		...extra.flatMap((q) => q.concepts)
	]);
	return {
		dataset: pruned,
		extra,
		sources,
		lessons,
		sections,
		modules: course.modules.map((m) => ({
			id: m.id,
			title: m.title,
			lessons: m.lessons.map((slug) => ({ slug, title: lessons[slug] ?? slug }))
		})),
		concepts: dataset.glossary
			.filter((g) => usedConcepts.has(g.id))
			.map((g) => ({ id: g.id, term: g.term }))
			.sort((a, b) => a.term.localeCompare(b.term))
	};
}
