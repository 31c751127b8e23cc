// One ProgressStore per page load, shared through Svelte context. The layout creates and loads
// it; any component reads it with useProgress(). During prerender it is an empty in-memory store
// that is never loaded, so no page ever touches storage on the server.
import { browser } from '$app/environment';
import { getContext, setContext } from 'svelte';
import { ProgressStore } from './progress.svelte.ts';
import { browserStorage, memoryStorage } from './storage.ts';

const KEY = Symbol('corridor:progress');

export function provideProgress(): ProgressStore {
	const store = new ProgressStore({ storage: browser ? browserStorage() : memoryStorage() });
	setContext(KEY, store);
	return store;
}

export function useProgress(): ProgressStore {
	const store = getContext<ProgressStore | undefined>(KEY);
	if (!store) throw new Error('useProgress() needs the root layout, which provides the store.');
	return store;
}
