// What the lesson page hands its island script: written into the page as JSON by the page, read
// back by src/lib/islands/lesson.ts.
import type { CitationProps } from '$lib/components/lesson/CiteAndReport.svelte';

export const LESSON_ISLAND_PROPS = 'lesson-island-props';

export interface LessonIslandProps {
	slug: string;
	cite: CitationProps;
}

/**
 * The HTML for the page's head: the props as JSON (escaped so no text can close the element) and
 * the module script at `src`. Built here because a .svelte file cannot contain a closing script tag.
 */
export function lessonIslandHead(props: LessonIslandProps, src: string): string {
	const json = JSON.stringify(props).replace(/</g, '\\u003c');
	return (
		`<script type="application/json" id="${LESSON_ISLAND_PROPS}">${json}</script>` +
		`<script type="module" src="${src.replace(/"/g, '&quot;')}"></script>`
	);
}
