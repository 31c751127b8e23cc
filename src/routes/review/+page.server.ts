import { practiceData } from '$lib/server/practice';

export function load() {
	const { dataset, extra, sources, modules } = practiceData();
	return {
		dataset,
		extra,
		sources,
		lessons: Object.fromEntries(modules.flatMap((m) => m.lessons.map((l) => [l.slug, l.title])))
	};
}
