import { course } from '$lib/server/content';

export function load() {
	return { site: { title: course.title, tagline: course.tagline } };
}
