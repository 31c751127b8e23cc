import { error } from '@sveltejs/kit';
import { course } from '$lib/server/content';
import { quizPageData } from '$lib/server/quiz';

export function entries() {
	return course.modules.map((m) => ({ id: m.id }));
}

export function load({ params }) {
	const mod = course.modules.find((m) => m.id === params.id);
	if (!mod) error(404, 'No such module');
	const lessons = mod.lessons.map((slug) => course.lessons.find((l) => l.slug === slug)!);
	return {
		module: {
			id: mod.id,
			title: mod.title,
			summary: mod.summary,
			number: course.modules.indexOf(mod) + 1,
			lessons: lessons.map((l) => ({ slug: l.slug, title: l.title }))
		},
		quiz: quizPageData(mod.lessons)
	};
}
