import { practiceData } from '$lib/server/practice';

export function load() {
	const { dataset, extra, sources, lessons } = practiceData();
	return { dataset, extra, sources, lessons };
}
