import { formatIsoDate } from '$lib/content/format';
import { sourceSupport } from '$lib/content/explore';
import { dataset } from '$lib/server/content';

export function load() {
	const support = sourceSupport(dataset);
	return {
		sources: dataset.sources.map((s) => ({
			id: s.id,
			title: s.title,
			publisher: s.publisher,
			...(s.date ? { date: formatIsoDate(s.date) } : {}),
			url: s.url,
			...(s.licence ? { licence: s.licence } : {}),
			...(s.note ? { note: s.note } : {}),
			supports: support.get(s.id) ?? []
		}))
	};
}
