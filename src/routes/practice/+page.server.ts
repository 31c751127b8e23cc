import { practiceData } from '$lib/server/practice';

export function load() {
	const { dataset, extra, sources, modules, concepts } = practiceData();
	return { dataset, extra, sources, modules, concepts };
}
