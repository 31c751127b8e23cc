// Where a search result leads, as a link under the site's base path.
import { resolve } from '$app/paths';
import type { SearchTarget } from '$lib/content/search';

export function hrefOf(target: SearchTarget): string {
	if (target.page === 'glossary') return `${resolve('/glossary')}#${target.anchor}`;
	const page = resolve('/lessons/[slug]', { slug: target.slug });
	return target.anchor ? `${page}#${target.anchor}` : page;
}

export const kindLabel = { lesson: 'Lesson', section: 'Section', term: 'Glossary' } as const;
