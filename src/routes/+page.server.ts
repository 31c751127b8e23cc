import { course } from '$lib/server/content';

export function load() {
	return {
		modules: course.modules.map((m) => ({
			id: m.id,
			title: m.title,
			summary: m.summary,
			lessons: m.lessons.map((slug) => {
				const l = course.lessons.find((x) => x.slug === slug)!;
				return {
					slug: l.slug,
					title: l.title,
					summary: l.summary,
					readingMinutes: l.readingMinutes,
					objectives: l.objectives
				};
			})
		}))
	};
}
