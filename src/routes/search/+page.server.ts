import { course } from '$lib/server/content';

// The lessons to browse when there is no query, or no JavaScript to run a search.
export function load() {
	return {
		modules: course.modules.map((m) => ({
			id: m.id,
			title: m.title,
			lessons: m.lessons.map((slug) => {
				const l = course.lessons.find((x) => x.slug === slug)!;
				return { slug: l.slug, title: l.title };
			})
		}))
	};
}
