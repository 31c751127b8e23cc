// One progress store per page load, shared through Svelte context. The layout creates it and
// calls load() after mount; any component reads it with useProgress(). During prerender it is
// never loaded, so no page touches storage on the server, and the heavy progress code is fetched
// only in the browser (see lazy-progress.svelte.ts).
import { browser } from '$app/environment';
import { getContext, setContext } from 'svelte';
import { LazyProgress, type ProgressApi } from './lazy-progress.svelte.ts';
import { browserStorage, memoryStorage } from './storage.ts';

const KEY = Symbol('corridor:progress');

export type { ProgressApi };

export function provideProgress(): LazyProgress {
	const store = new LazyProgress(() => ({
		storage: browser ? browserStorage() : memoryStorage()
	}));
	setContext(KEY, store);
	return store;
}

export function useProgress(): ProgressApi {
	const store = getContext<ProgressApi | undefined>(KEY);
	if (!store) throw new Error('useProgress() needs the root layout, which provides the store.');
	return store;
}
