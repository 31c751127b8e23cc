import { practiceData } from '$lib/server/practice';

export function load() {
	const { dataset, extra, sources, sections, modules, concepts } = practiceData();
	return { dataset, extra, sources, sections, modules, concepts };
}
