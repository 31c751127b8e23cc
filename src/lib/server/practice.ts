// What the review and practice pages need to build questions in the browser: the dataset, the
// hand-written questions, source citations, and the names of lessons and concepts for the forms
// and labels. Server-only, read once at build time from $lib/server/content.
// TODO(#6): switch to the quiz pages' shared server module (pruned dataset, map outline) once it
// lands on main, so all quiz pages send the same trimmed data.
import { course, contentFiles, dataset } from '$lib/server/content';
import { GENERATORS } from '$lib/quiz/generators';
import { loadHandWritten } from '$lib/quiz/hand-written';

const hand = loadHandWritten(contentFiles, {
	lessons: new Set(course.lessons.map((l) => l.slug)),
	sources: new Set(dataset.sources.map((s) => s.id)),
	concepts: new Set(dataset.glossary.map((g) => g.id)),
	dataset
});

export function practiceData() {
	// the concepts a practice set can actually ask about
	const usedConcepts = new Set([
		...course.lessons.flatMap((l) => l.concepts),
		...GENERATORS.flatMap((g) => g.concepts),
		...hand.questions.flatMap((q) => q.concepts)
	]);
	return {
		dataset,
		extra: hand.questions,
		sources: Object.fromEntries(dataset.sources.map((s) => [s.id, { title: s.title, url: s.url }])),
		modules: course.modules.map((m) => ({
			id: m.id,
			title: m.title,
			lessons: m.lessons.map((slug) => ({
				slug,
				title: course.lessons.find((l) => l.slug === slug)?.title ?? slug
			}))
		})),
		concepts: dataset.glossary
			.filter((g) => usedConcepts.has(g.id))
			.map((g) => ({ id: g.id, term: g.term }))
			.sort((a, b) => a.term.localeCompare(b.term))
	};
}
