// A loaded progress store over in-memory storage, with a readable clock and ids.
import { ProgressStore } from '../../../src/lib/state/progress.svelte.ts';
import { memoryStorage } from '../../../src/lib/state/storage.ts';
import type { ProgressNames } from '../../../src/lib/components/progress/labels.ts';

export function loadedStore(): ProgressStore {
	let minute = 0;
	let id = 0;
	const store = new ProgressStore({
		storage: memoryStorage(),
		now: () => new Date(Date.UTC(2025, 8, 1, 8, ++minute)).toISOString(),
		newId: () => `profile-${++id}`
	});
	store.load();
	return store;
}

export const names: ProgressNames = {
	lessons: { 'the-astana-forum': 'The Astana forum', 'deep-processing': 'Deep processing' },
	modules: { 'the-deals': 'The deals', 'adding-value': 'Adding value' },
	concepts: { 'deep-processing': 'Deep processing', 'value-added': 'Value added' },
	facts: { 'deal/fufeng-corn': 'Corn plant' }
};
