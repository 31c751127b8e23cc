import { practiceData } from '$lib/server/practice';

export function load() {
	const { dataset, extra, sources, lessons, sections } = practiceData();
	return { dataset, extra, sources, lessons, sections };
}
