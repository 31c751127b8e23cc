// The bridge between a lesson page and the embeds inside its markdown: the page resolves what
// the lesson uses at prerender time (load data) and provides it here; each embed reads it.
// A getter, so client-side navigation to another lesson updates every embed.
import { getContext, setContext } from 'svelte';
import type { ResolvedPathname } from '$app/types';
import type { LessonEmbeds, MapView } from '$lib/content/embeds';

export interface PageEmbeds extends LessonEmbeds {
	map?: MapView;
}

export interface EmbedContext {
	readonly embeds: PageEmbeds;
	/** link to a glossary entry, or null while the site has no glossary page */
	glossaryHref(id: string): ResolvedPathname | null;
}

const KEY = Symbol('lesson-embeds');

export function provideEmbeds(ctx: EmbedContext): void {
	setContext(KEY, ctx);
}

const EMPTY: PageEmbeds = {
	facts: {},
	terms: {},
	sources: {},
	sourceOrder: [],
	dealCharts: {},
	indicators: {},
	timeline: {},
	points: []
};

/** The embeds' data; outside a lesson page every lookup finds nothing and embeds say so. */
export function useEmbeds(): EmbedContext {
	return getContext<EmbedContext | undefined>(KEY) ?? { embeds: EMPTY, glossaryHref: () => null };
}

/** The context as a Map, for rendering embeds outside a lesson page (tests, previews). */
export function embedsContextMap(ctx: EmbedContext): Map<symbol, EmbedContext> {
	return new Map([[KEY, ctx]]);
}
