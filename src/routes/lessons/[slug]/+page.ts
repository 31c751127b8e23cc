import type { Component } from 'svelte';

// A lesson is read, not operated: its HTML is complete when prerendered, and a small island script
// (src/lib/islands/lesson.ts) mounts the few interactive parts. Not hydrating the page keeps
// SvelteKit's router and a second copy of the lesson's data (as JSON) off the reader's connection.
export const csr = false;

// Lazy (not eager) so each lesson's component is its own chunk, loaded only on its page.
const components = import.meta.glob<{ default: Component }>('/content/lessons/*.md');

export async function load({ data }) {
	const importer = components[`/content/lessons/${data.lesson.file}`];
	return { ...data, component: (await importer()).default };
}
