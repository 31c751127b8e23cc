// One progress store per page load, shared through Svelte context. The layout (or, on pages that
// are not hydrated, the island script) creates it and starts loading it in the browser; any
// component reads it with useProgress(). During prerender it is never loaded, so no page touches
// storage on the server, and the heavy progress code is fetched only in the browser (see
// lazy-progress.svelte.ts).
import { browser } from '$app/environment';
import { getContext, setContext } from 'svelte';
import { LazyProgress, type ProgressApi } from './lazy-progress.svelte.ts';
import { browserStorage, memoryStorage } from './storage.ts';

const KEY = Symbol('corridor:progress');

export type { ProgressApi };

export function createProgress(): LazyProgress {
	return new LazyProgress(() => ({ storage: browser ? browserStorage() : memoryStorage() }));
}

export function provideProgress(): LazyProgress {
	const store = createProgress();
	setContext(KEY, store);
	return store;
}

/** The context to pass to mount() for components mounted outside the layout (islands). */
export function progressContext(store: ProgressApi): Map<symbol, ProgressApi> {
	return new Map([[KEY, store]]);
}

export function useProgress(): ProgressApi {
	const store = getContext<ProgressApi | undefined>(KEY);
	if (!store) throw new Error('useProgress() needs the root layout, which provides the store.');
	return store;
}

/**
 * Starts loading progress in the browser: at once on pages built around it, or when the browser is
 * idle on reading pages, so its code never competes with the first render. Returns a function that
 * cancels a load not yet started and stops listening to other tabs.
 */
export function startProgress(store: LazyProgress, when: 'now' | 'idle'): () => void {
	const start = () => void store.load();
	let cancel = () => {};
	if (when === 'now') start();
	else if ('requestIdleCallback' in window) {
		const id = requestIdleCallback(start, { timeout: 3000 });
		cancel = () => cancelIdleCallback(id);
	} else {
		const id = setTimeout(start, 500);
		cancel = () => clearTimeout(id);
	}
	return () => {
		cancel();
		store.destroy();
	};
}
