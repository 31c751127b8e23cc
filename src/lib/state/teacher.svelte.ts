// The teacher's saved work in the browser (assignments made, codes and files received): a runes
// store over the pure teacher document in $lib/teacher. Same safety rules as the progress store:
// read only in the browser after mount; a write never destroys the last good copy (the previous
// text goes to BACKUP_KEY first and the write is read back); unreadable data is kept aside under
// QUARANTINE_PREFIX; blocked or full storage means working in memory with a plain message.
import {
	addAssignment,
	addReceived,
	assignmentId,
	emptyTeacherDoc,
	exportTeacherDoc,
	findEntry,
	importTeacherDoc,
	mergeTeacherDocs,
	removeAssignment,
	removeReceived,
	type AddReceivedOutcome,
	type Assignment,
	type TeacherDoc,
	type TeacherDocImport
} from '../teacher/index.ts';
import type { KeyValueStorage, StorageFailure } from './storage.ts';

export const TEACHER_KEY = 'corridor:teacher';
export const TEACHER_BACKUP_KEY = 'corridor:teacher:backup';
export const TEACHER_QUARANTINE_PREFIX = 'corridor:teacher:quarantine:';

const MESSAGES = {
	blocked:
		'This browser does not let the site store data, so your assignments and results will not be kept after you close the page. Export them to keep a copy.',
	full: 'The storage for this site on this device is full, so your assignments and results will not be saved. Export them to keep a copy.',
	unverified:
		'Your assignments and results could not be saved on this device. Export them to keep a copy.',
	damagedRestored:
		'Your saved assignments and results were damaged, so the last good copy was loaded instead. Recent changes may be missing. The damaged copy is kept on this device.',
	damaged:
		'Your saved assignments and results were damaged and could not be read. They are kept aside on this device, and you can continue from here.'
};

// A plain timestamp, not reactive state.
const iso = (ms: number): string => new Date(ms).toISOString();

export interface TeacherStoreOptions {
	storage: KeyValueStorage;
	/** the current time in epoch ms (tests pass a fixed clock) */
	now?: () => number;
}

export class TeacherStore {
	/** replaced, never mutated */
	doc = $state.raw<TeacherDoc>(emptyTeacherDoc());
	loaded = $state(false);
	/** false when the data lives only in memory */
	persistent = $state(false);
	/** a plain message about storage, or null */
	notice = $state<string | null>(null);

	#storage: KeyValueStorage;
	#now: () => number;
	#blocked = false;
	#lastWritten: string | null = null;
	#unsubscribe: (() => void) | undefined;

	constructor(options: TeacherStoreOptions) {
		this.#storage = options.storage;
		this.#now = options.now ?? (() => Date.now());
	}

	/** Reads the saved document once. Call from onMount (never during prerender). */
	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		const main = this.#storage.get(TEACHER_KEY);
		if (!main.ok) return this.#memoryOnly(main.failure);
		this.persistent = true;
		this.#unsubscribe = this.#storage.subscribe?.((key, value) => this.#onExternal(key, value));
		if (main.value === null) {
			const backup = this.#readBackup();
			if (backup) this.doc = backup;
			return;
		}
		const parsed = importTeacherDoc(main.value);
		if (parsed.ok) {
			this.doc = parsed.doc;
			this.#lastWritten = main.value;
			return;
		}
		const quarantineKey = TEACHER_QUARANTINE_PREFIX + iso(this.#now());
		const kept = this.#storage.set(quarantineKey, main.value);
		if (!kept.ok) this.#memoryOnly(kept.failure);
		else this.#storage.remove(TEACHER_KEY);
		const backup = this.#readBackup();
		if (backup) this.doc = backup;
		this.notice = backup ? MESSAGES.damagedRestored : MESSAGES.damaged;
		if (kept.ok && backup) this.#persist();
	}

	destroy(): void {
		this.#unsubscribe?.();
		this.#unsubscribe = undefined;
	}

	dismissNotice(): void {
		this.notice = null;
	}

	entry(id: string) {
		return findEntry(this.doc, id);
	}

	addAssignment(a: Assignment): string {
		this.#commit(addAssignment(this.doc, a, this.#now()));
		return assignmentId(a);
	}

	removeAssignment(id: string): void {
		this.#commit(removeAssignment(this.doc, id));
	}

	addReceived(id: string, texts: readonly string[]): AddReceivedOutcome {
		const outcome = addReceived(this.doc, id, texts, this.#now());
		this.#commit(outcome.doc);
		return outcome;
	}

	removeReceived(id: string, index: number): void {
		this.#commit(removeReceived(this.doc, id, index));
	}

	exportFile(): { fileName: string; text: string } {
		const day = iso(this.#now()).slice(0, 10);
		return { fileName: `corridor-teacher-${day}.json`, text: exportTeacherDoc(this.doc) };
	}

	checkImport(text: string): TeacherDocImport {
		return importTeacherDoc(text);
	}

	/** Adds an imported document to the current one; never removes anything. */
	applyImport(incoming: TeacherDoc): void {
		this.#commit(mergeTeacherDocs(this.doc, incoming));
	}

	#commit(next: TeacherDoc): void {
		if (next === this.doc) return;
		this.doc = next;
		this.#persist();
	}

	#memoryOnly(failure: StorageFailure | 'unverified'): void {
		this.persistent = false;
		if (failure === 'blocked') this.#blocked = true;
		this.notice = MESSAGES[failure];
	}

	#readBackup(): TeacherDoc | undefined {
		const b = this.#storage.get(TEACHER_BACKUP_KEY);
		if (!b.ok || b.value === null) return undefined;
		const parsed = importTeacherDoc(b.value);
		return parsed.ok ? parsed.doc : undefined;
	}

	#persist(): void {
		if (!this.loaded || this.#blocked) return;
		const text = exportTeacherDoc(this.doc);
		const prev = this.#storage.get(TEACHER_KEY);
		if (!prev.ok) return this.#memoryOnly(prev.failure);
		if (prev.value === text) return this.#saved(text);
		if (prev.value !== null) {
			const good = prev.value === this.#lastWritten || importTeacherDoc(prev.value).ok;
			if (good) this.#storage.set(TEACHER_BACKUP_KEY, prev.value);
			else if (!this.#storage.set(TEACHER_QUARANTINE_PREFIX + iso(this.#now()), prev.value).ok)
				// Nowhere to keep an unreadable copy: never overwrite it.
				return this.#memoryOnly('unverified');
		}
		const w = this.#storage.set(TEACHER_KEY, text);
		if (!w.ok) return this.#memoryOnly(w.failure);
		const check = this.#storage.get(TEACHER_KEY);
		if (check.ok && check.value === text) return this.#saved(text);
		this.#memoryOnly('unverified');
	}

	#saved(text: string): void {
		this.#lastWritten = text;
		if (!this.persistent) {
			this.persistent = true;
			this.notice = null;
		}
	}

	#onExternal(key: string | null, value: string | null): void {
		if (key !== TEACHER_KEY || value === null || value === this.#lastWritten) return;
		const parsed = importTeacherDoc(value);
		// Another tab saved (e.g. /teach made an assignment while /teach/results is open): take it.
		if (!parsed.ok) return;
		// Memory-only work that could not be saved is merged in, never dropped.
		this.doc = this.persistent ? parsed.doc : mergeTeacherDocs(this.doc, parsed.doc);
		this.#lastWritten = value;
	}
}
