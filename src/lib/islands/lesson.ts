// The lesson page's script. Lesson pages are prerendered HTML that SvelteKit does not hydrate (see
// scripts/vite-islands.ts); this mounts the interactive parts onto it, the same components the
// hydrated pages use: the header's search, profile name and theme toggle, the progress notices, the
// end-of-lesson read tracker and the citation. Each replaces its prerendered copy in place.
import { mount, type Component } from 'svelte';
import CiteAndReport from '$lib/components/lesson/CiteAndReport.svelte';
import ActiveProfileName from '$lib/components/progress/ActiveProfileName.svelte';
import LessonReadTracker from '$lib/components/progress/LessonReadTracker.svelte';
import StorageNotices from '$lib/components/progress/StorageNotices.svelte';
import SearchBox from '$lib/components/search/SearchBox.svelte';
import ThemeToggle from '$lib/components/ui/ThemeToggle.svelte';
import { termTips } from '$lib/markdown/term-tip.ts';
import { createProgress, progressContext, startProgress } from '$lib/state/context.ts';
import { LESSON_ISLAND_PROPS, type LessonIslandProps } from './lesson-props.ts';

const props = JSON.parse(
	document.getElementById(LESSON_ISLAND_PROPS)?.textContent ?? 'null'
) as LessonIslandProps | null;
const progress = createProgress();
const context = progressContext(progress);

/** Mounts `component` where `selector`'s element is, then removes that prerendered element. */
function replace<P extends Record<string, unknown>>(
	selector: string,
	component: Component<P>,
	componentProps: P
): void {
	const old = document.querySelector(selector);
	if (!old?.parentNode) return;
	mount(component, {
		target: old.parentNode as Element,
		anchor: old,
		props: componentProps,
		context
	});
	old.remove();
}

// One small task per part, so the page stays responsive while they mount (the text is already
// there to read). The header comes first: it is what a reader reaches for.
const steps: (() => void)[] = [
	() => termTips(document),
	() => {
		const toggle = document.querySelector('.site-header .theme-toggle');
		if (toggle?.parentNode)
			mount(ActiveProfileName, { target: toggle.parentNode as Element, anchor: toggle, context });
		replace('.site-header .theme-toggle', ThemeToggle, {});
	},
	() => {
		const search = document.querySelector('.site-header .header-search');
		if (!search) return;
		// Keep what the reader may already have typed into the prerendered box, and their focus.
		const typed = search.querySelector('input');
		const text = typed?.value ?? '';
		const focused = !!typed && document.activeElement === typed;
		search.replaceChildren();
		mount(SearchBox, { target: search, context });
		const box = search.querySelector('input');
		if (!box || (!text && !focused)) return;
		box.value = text;
		if (focused) box.focus();
		if (text) box.dispatchEvent(new Event('input', { bubbles: true }));
	},
	() => replace('.notices[role="status"]', StorageNotices, { store: progress }),
	() => props && replace('section.read-tracker', LessonReadTracker, { slug: props.slug }),
	() => props && replace('section[aria-labelledby="cite-title"]', CiteAndReport, props.cite),
	() => startProgress(progress, 'idle')
];
const next = () => {
	steps.shift()?.();
	if (steps.length) setTimeout(next, 0);
};
next();
