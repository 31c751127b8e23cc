// Renders lesson embeds the way a lesson page does: resolve what a lesson body uses from the
// fixture dataset, then provide it through the embeds context.
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import type { ResolvedPathname } from '$app/types';
import { resolveLessonEmbeds } from '../../../src/lib/content/embeds.ts';
import { parseLesson } from '../../../src/lib/content/lesson.ts';
import { embedsContextMap, type PageEmbeds } from '../../../src/lib/markdown/context.ts';
import { embedDataset } from '../../fixtures/embeds/data.ts';

export const dataset = embedDataset();

export function embedsFor(body: string): PageEmbeds {
	const { lesson, issues } = parseLesson(
		'content/lessons/01-test.md',
		`---\ntitle: T\nsummary: S.\nobjectives: [Do it.]\n---\n\n${body}\n`
	);
	if (!lesson) throw new Error(JSON.stringify(issues));
	return resolveLessonEmbeds(dataset, lesson);
}

export function renderEmbed<P extends Record<string, unknown>>(
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any embed component
	component: Component<any>,
	props: P,
	embeds: PageEmbeds,
	glossary = true
) {
	return render(component, {
		props,
		context: embedsContextMap({
			embeds,
			glossaryHref: (id) => (glossary ? (`/glossary#${id}` as ResolvedPathname) : null)
		})
	});
}
