// The search index as a static JSON file, written at build time. The browser fetches it only
// when someone starts to search, so no page carries it.
import { buildSearchIndex, searchDocuments } from '$lib/content/search';
import { course, dataset } from '$lib/server/content';

export const prerender = true;

export function GET() {
	const file = buildSearchIndex(searchDocuments(course.lessons, dataset.glossary));
	return new Response(JSON.stringify(file), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
