import { course, dataset } from '$lib/server/content';

export function load() {
	return {
		site: { title: course.title, tagline: course.tagline, datasetVersion: dataset.version }
	};
}
