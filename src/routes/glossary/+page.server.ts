import { glossaryView } from '$lib/content/glossary';
import { course, dataset } from '$lib/server/content';

export function load() {
	return { glossary: glossaryView(dataset.glossary, dataset.sources, course.lessons) };
}
