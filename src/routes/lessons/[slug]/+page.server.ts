import { error } from '@sveltejs/kit';
import { resolveLessonEmbeds } from '$lib/content/embeds';
import { formatIsoDate } from '$lib/content/format';
import { course, dataset, lessonBySlug } from '$lib/server/content';
import { kazakhstanMap } from '$lib/server/map';

export function entries() {
	return course.lessons.map((l) => ({ slug: l.slug }));
}

export function load({ params }) {
	const lesson = lessonBySlug(params.slug);
	if (!lesson) error(404, 'No such lesson');
	const mod = course.modules.find((m) => m.id === lesson.moduleId)!;
	const embeds = resolveLessonEmbeds(dataset, lesson);
	return {
		lesson: {
			slug: lesson.slug,
			file: lesson.file.split('/').pop()!,
			title: lesson.title,
			summary: lesson.summary,
			objectives: lesson.objectives,
			readingMinutes: lesson.readingMinutes,
			toc: lesson.toc,
			prev: lesson.prev,
			next: lesson.next
		},
		module: {
			id: mod.id,
			title: mod.title,
			number: course.modules.indexOf(mod) + 1,
			position: mod.lessons.indexOf(lesson.slug) + 1,
			count: mod.lessons.length
		},
		embeds: {
			...embeds,
			...(lesson.embeds.includes('DealMap') ? { map: kazakhstanMap(embeds.points) } : {}),
			points: []
		},
		reportMistake: course.reportMistake ?? null,
		// when this page was built: the date a citation gives with the dataset version
		builtOn: formatIsoDate(new Date().toISOString().slice(0, 10))
	};
}
