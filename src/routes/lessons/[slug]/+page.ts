import type { Component } from 'svelte';

// Lazy (not eager) so each lesson's component is its own chunk, loaded only on its page.
const components = import.meta.glob<{ default: Component }>('/content/lessons/*.md');

export async function load({ data }) {
	const importer = components[`/content/lessons/${data.lesson.file}`];
	return { ...data, component: (await importer()).default };
}
