import { factNames } from '$lib/content/fact-label';
import { course, dataset } from '$lib/server/content';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// Only names and the outline: the learner's progress itself is read in the browser.
export function load() {
	return {
		course: {
			modules: course.modules.map((m) => ({ id: m.id, lessons: m.lessons })),
			lessons: course.lessons.map((l) => ({ slug: l.slug, concepts: l.concepts }))
		},
		names: {
			lessons: Object.fromEntries(course.lessons.map((l) => [l.slug, l.title])),
			modules: Object.fromEntries(course.modules.map((m) => [m.id, m.title])),
			concepts: Object.fromEntries(dataset.glossary.map((g) => [g.id, capitalise(g.term)])),
			facts: factNames(dataset)
		}
	};
}
