import { error } from '@sveltejs/kit';
import { course, lessonBySlug } from '$lib/server/content';
import { quizPageData } from '$lib/server/quiz';

export function entries() {
	return course.lessons.map((l) => ({ slug: l.slug }));
}

export function load({ params }) {
	const lesson = lessonBySlug(params.slug);
	if (!lesson) error(404, 'No such lesson');
	const mod = course.modules.find((m) => m.id === lesson.moduleId)!;
	return {
		lesson: { slug: lesson.slug, title: lesson.title, objectives: lesson.objectives },
		module: { id: mod.id, title: mod.title },
		quiz: quizPageData([lesson.slug])
	};
}
