// Fetches the static search index and loads it. Imported dynamically (on the first focus of a
// search box), so MiniSearch and this code stay out of every page's initial JavaScript.
import { loadSearchIndex, type SearchEngine } from '$lib/content/search';

export type EngineResult =
	{ engine: SearchEngine; error?: undefined } | { engine?: undefined; error: string };

let pending: Promise<EngineResult> | undefined;

async function fetchEngine(url: string): Promise<EngineResult> {
	try {
		const res = await fetch(url);
		if (!res.ok) return { error: `The search index could not be loaded (HTTP ${res.status}).` };
		return loadSearchIndex(await res.json());
	} catch {
		return { error: 'The search index could not be loaded. Check your connection and try again.' };
	}
}

/** One fetch per page load, shared by every search box; a failed load may be retried. */
export function loadEngine(url: string): Promise<EngineResult> {
	pending ??= fetchEngine(url).then((r) => {
		if (r.error) pending = undefined;
		return r;
	});
	return pending;
}
