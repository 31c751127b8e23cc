// The small storage interface the progress store writes through, and its adapter over the Web
// Storage API (localStorage). The only place that touches browser storage. Failures are returned,
// never thrown: `blocked` (storage refused, e.g. some private modes or disabled site data) or
// `full` (quota exceeded).

export type StorageFailure = 'blocked' | 'full';
export type ReadResult =
	{ ok: true; value: string | null } | { ok: false; failure: StorageFailure };
export type WriteResult = { ok: true } | { ok: false; failure: StorageFailure };

/** Called when another tab changes a key (`key` is null when the other tab cleared everything). */
export type ChangeListener = (key: string | null, newValue: string | null) => void;

export interface KeyValueStorage {
	get(key: string): ReadResult;
	set(key: string, value: string): WriteResult;
	remove(key: string): WriteResult;
	/** listen for changes made by other tabs; returns a function that stops listening */
	subscribe?(listener: ChangeListener): () => void;
	/** keys present, for housekeeping of quarantined copies */
	keys?(): string[];
}

/** The part of the Web Storage API the adapter uses (so tests can pass a plain object). */
export interface WebStorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	readonly length: number;
	key(index: number): string | null;
}

function isQuotaError(e: unknown): boolean {
	if (typeof e !== 'object' || e === null) return false;
	const { name, code } = e as { name?: unknown; code?: unknown };
	// Chrome/Safari: QuotaExceededError (code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
	return (
		name === 'QuotaExceededError' ||
		name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		code === 22 ||
		code === 1014
	);
}

/**
 * An adapter over a Web Storage object. `getStorage` is called on every use, inside a try: reading
 * `window.localStorage` itself throws a SecurityError when the browser blocks site data.
 */
export function webStorage(
	getStorage: () => WebStorageLike,
	events?: {
		addEventListener(
			type: 'storage',
			f: (e: { key: string | null; newValue: string | null; storageArea?: unknown }) => void
		): void;
		removeEventListener(
			type: 'storage',
			f: (e: { key: string | null; newValue: string | null; storageArea?: unknown }) => void
		): void;
	}
): KeyValueStorage {
	const failure = (e: unknown): { ok: false; failure: StorageFailure } => ({
		ok: false,
		failure: isQuotaError(e) ? 'full' : 'blocked'
	});
	return {
		get(key) {
			try {
				return { ok: true, value: getStorage().getItem(key) };
			} catch (e) {
				return failure(e);
			}
		},
		set(key, value) {
			try {
				getStorage().setItem(key, value);
				return { ok: true };
			} catch (e) {
				return failure(e);
			}
		},
		remove(key) {
			try {
				getStorage().removeItem(key);
				return { ok: true };
			} catch (e) {
				return failure(e);
			}
		},
		keys() {
			try {
				const s = getStorage();
				const out: string[] = [];
				for (let i = 0; i < s.length; i++) {
					const k = s.key(i);
					if (k !== null) out.push(k);
				}
				return out;
			} catch {
				return [];
			}
		},
		subscribe: events
			? (listener) => {
					const handler = (e: {
						key: string | null;
						newValue: string | null;
						storageArea?: unknown;
					}) => {
						let area: unknown;
						try {
							area = getStorage();
						} catch {
							return;
						}
						if (e.storageArea === undefined || e.storageArea === area) listener(e.key, e.newValue);
					};
					events.addEventListener('storage', handler);
					return () => events.removeEventListener('storage', handler);
				}
			: undefined
	};
}

/** The browser's localStorage with cross-tab `storage` events. Call only in the browser. */
export function browserStorage(): KeyValueStorage {
	return webStorage(() => window.localStorage, window);
}

/** Storage that keeps nothing: for prerendering and as the fallback when storage is blocked. */
export function memoryStorage(): KeyValueStorage {
	const data = new Map<string, string>();
	return {
		get: (key) => ({ ok: true, value: data.get(key) ?? null }),
		set: (key, value) => (data.set(key, value), { ok: true }),
		remove: (key) => (data.delete(key), { ok: true }),
		keys: () => [...data.keys()]
	};
}
