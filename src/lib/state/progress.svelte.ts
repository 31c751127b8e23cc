// The learner's progress in the browser: a runes store over the pure progress domain. Owns loading
// (once, in the browser, never during prerender), safe writes, quarantine of damaged data, the
// in-memory fallback, and merging changes made in other tabs. All rules live in $lib/progress;
// this class only calls them with the current time and stores the result.
//
// Keys: STORAGE_KEY holds the document; BACKUP_KEY the previous good copy (a write never destroys
// the last good copy: the old text is copied to the backup before the new one replaces it, and the
// write is read back to verify it); QUARANTINE_PREFIX + time holds data that could not be read.
import {
	activeProfile,
	applyAttempt,
	applyChallenge,
	clearQuizInProgress,
	createProfile,
	deleteProfile,
	dueCount,
	emptyProgress,
	exportFileName,
	exportProgress,
	importProgress,
	markLessonRead,
	mergeProgress,
	parseProgressImport,
	parseProgressText,
	previewImport,
	quizInProgress,
	renameProfile,
	resetProfile,
	sameProgress,
	saveQuizInProgress,
	switchProfile,
	type ActiveQuizInput,
	type Attempt,
	type ImportFailure,
	type ImportPreview,
	type LessonRead,
	type ProgressDoc,
	type Result
} from '../progress/index.ts';
import type { KeyValueStorage, StorageFailure } from './storage.ts';

export const STORAGE_KEY = 'corridor:progress';
export const BACKUP_KEY = 'corridor:progress:backup';
export const QUARANTINE_PREFIX = 'corridor:progress:quarantine:';

export type NoticeKind = 'not-saved' | 'damaged-restored' | 'damaged' | 'newer-version';
export interface StoreNotice {
	kind: NoticeKind;
	/** plain words for the learner */
	message: string;
	/** where unreadable data was kept aside, if it was */
	quarantineKey?: string;
}

const MESSAGES = {
	blocked:
		'This browser does not let the site store data, so your progress will not be saved: it is lost when you leave or reload this page. Export your progress to keep a copy.',
	full: 'The storage for this site on this device is full, so your progress will not be saved: it is lost when you leave or reload this page. Export your progress to keep a copy.',
	unverified:
		'Your progress could not be saved on this device. Export your progress to keep a copy.',
	damagedRestored:
		'Your saved progress was damaged, so the last good copy was loaded instead. Recent work may be missing. The damaged copy is kept on this device.',
	damaged:
		'Your saved progress was damaged and could not be read. It is kept aside on this device, and you can continue from here.',
	newer:
		'Your progress was saved by a newer version of this site. Reload the page to use it. Until then it is kept aside, and you can continue from here.'
};

export interface ProgressStoreOptions {
	storage: KeyValueStorage;
	/** the current time as an ISO string (tests pass a fixed clock) */
	now?: () => string;
	/** a new unique id (the browser's crypto.randomUUID by default) */
	newId?: () => string;
}

// A plain timestamp, not reactive state.
const isoNow = (): string => new Date(Date.now()).toISOString();

export type ImportCheck = { ok: true; doc: ProgressDoc; preview: ImportPreview } | ImportFailure;

export class ProgressStore {
	/** the whole document; replaced, never mutated */
	doc = $state.raw<ProgressDoc>(emptyProgress());
	/** true once load() has run (in the browser) */
	loaded = $state(false);
	/** false when progress lives only in memory (storage blocked, full or failing) */
	persistent = $state(false);
	notices = $state.raw<StoreNotice[]>([]);
	active = $derived(activeProfile(this.doc));

	#storage: KeyValueStorage;
	#now: () => string;
	#newId: () => string;
	#blocked = false;
	#lastWritten: string | null = null;
	#unsubscribe: (() => void) | undefined;

	constructor(options: ProgressStoreOptions) {
		this.#storage = options.storage;
		this.#now = options.now ?? isoNow;
		this.#newId = options.newId ?? (() => crypto.randomUUID());
	}

	/** Reads stored progress once. Call from onMount (never during prerender). */
	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		const main = this.#storage.get(STORAGE_KEY);
		if (!main.ok) return this.#memoryOnly(main.failure);
		this.persistent = true;
		this.#unsubscribe = this.#storage.subscribe?.((key, value) =>
			this.#onExternalChange(key, value)
		);
		if (main.value === null) {
			const backup = this.#readBackup();
			if (backup) this.doc = backup;
			return;
		}
		const parsed = parseProgressText(main.value);
		if (parsed.ok) {
			this.doc = parsed.doc;
			this.#lastWritten = main.value;
			// Write the upgraded document now; the old version's text moves to the backup key.
			if (parsed.migratedFrom !== undefined) this.#persist();
			return;
		}
		const quarantineKey = QUARANTINE_PREFIX + this.#now();
		const kept = this.#storage.set(quarantineKey, main.value);
		if (!kept.ok) {
			// Nowhere to keep the unreadable copy: never overwrite it, work in memory instead.
			this.#memoryOnly(kept.failure);
		} else {
			this.#storage.remove(STORAGE_KEY);
		}
		const backup = this.#readBackup();
		if (backup) {
			this.doc = backup;
			this.#notify({ kind: 'damaged-restored', message: MESSAGES.damagedRestored, quarantineKey });
		} else if (parsed.reason === 'future-version') {
			this.#notify({ kind: 'newer-version', message: MESSAGES.newer, quarantineKey });
		} else {
			this.#notify({ kind: 'damaged', message: MESSAGES.damaged, quarantineKey });
		}
		if (kept.ok && backup) this.#persist();
	}

	/** Stops listening to other tabs. */
	destroy(): void {
		this.#unsubscribe?.();
		this.#unsubscribe = undefined;
	}

	dismissNotice(kind: NoticeKind): void {
		this.notices = this.notices.filter((n) => n.kind !== kind);
	}

	// Profiles ------------------------------------------------------------------------------------

	/** Creates a profile and switches to it; returns its id, or a message about the name. */
	createProfile(name: string): Result<string> {
		const id = this.#newId();
		const r = createProfile(this.doc, { id, name }, this.#now());
		if (!r.ok) return r;
		this.#commit(r.value);
		return { ok: true, value: id };
	}

	renameProfile(profileId: string, name: string): Result<ProgressDoc> {
		const r = renameProfile(this.doc, profileId, name, this.#now());
		if (r.ok) this.#commit(r.value);
		return r;
	}

	deleteProfile(profileId: string): void {
		this.#commit(deleteProfile(this.doc, profileId, this.#now()));
	}

	switchProfile(profileId: string): void {
		this.#commit(switchProfile(this.doc, profileId));
	}

	resetProfile(profileId: string): void {
		this.#commit(resetProfile(this.doc, profileId, this.#now()));
	}

	// Learning ------------------------------------------------------------------------------------

	/** Records a lesson as read for the active profile (creating a "Learner" profile if none). */
	markLessonRead(slug: string, how: LessonRead['how']): void {
		const p = this.#activeId(true);
		if (p) this.#commit(markLessonRead(this.doc, p, slug, how, this.#now()));
	}

	/** Records a finished attempt for the active profile (creating a "Learner" profile if none). */
	recordAttempt(attempt: Attempt): void {
		const p = this.#activeId(true) as string;
		const apply = attempt.scope.kind === 'challenge' ? applyChallenge : applyAttempt;
		this.#commit(apply(this.doc, p, attempt, this.#now()));
	}

	saveQuizInProgress(quiz: ActiveQuizInput): void {
		const p = this.#activeId(true) as string;
		this.#commit(saveQuizInProgress(this.doc, p, quiz, this.#now()));
	}

	clearQuizInProgress(quizKey: string): void {
		const p = this.#activeId();
		if (p) this.#commit(clearQuizInProgress(this.doc, p, quizKey, this.#now()));
	}

	quizInProgress(quizKey: string) {
		const p = this.#activeId();
		return p ? quizInProgress(this.doc, p, quizKey) : undefined;
	}

	dueCount(): number {
		const p = this.#activeId();
		return p ? dueCount(this.doc, p, this.#now()) : 0;
	}

	// Backup --------------------------------------------------------------------------------------

	exportFile(): { fileName: string; text: string } {
		const now = this.#now();
		return { fileName: exportFileName(now), text: exportProgress(this.doc, now) };
	}

	/** Reads an import file and says what it would change; nothing changes yet. */
	checkImport(text: string, maxBytes?: number): ImportCheck {
		const r = parseProgressImport(text, { maxBytes });
		if (!r.ok) return r;
		return { ok: true, doc: r.doc, preview: previewImport(this.doc, r.doc) };
	}

	/** Adds a checked import to the current progress (never removes anything). */
	applyImport(incoming: ProgressDoc): void {
		this.#commit(importProgress(this.doc, incoming, this.#now()));
	}

	// Internals -----------------------------------------------------------------------------------

	#activeId(create = false): string | undefined {
		if (this.doc.activeProfileId) return this.doc.activeProfileId;
		if (!create) return undefined;
		const r = this.createProfile('Learner');
		return r.ok ? r.value : undefined;
	}

	#commit(next: ProgressDoc): void {
		if (next === this.doc) return;
		this.doc = next;
		this.#persist();
	}

	#notify(notice: StoreNotice): void {
		this.notices = [...this.notices.filter((n) => n.kind !== notice.kind), notice];
	}

	#memoryOnly(failure: StorageFailure | 'unverified'): void {
		this.persistent = false;
		if (failure === 'blocked') this.#blocked = true;
		this.#notify({ kind: 'not-saved', message: MESSAGES[failure] });
	}

	#readBackup(): ProgressDoc | undefined {
		const b = this.#storage.get(BACKUP_KEY);
		if (!b.ok || b.value === null) return undefined;
		const parsed = parseProgressText(b.value);
		return parsed.ok ? parsed.doc : undefined;
	}

	#persist(attempt = 0): void {
		// Before load() (prerender, or the first render) nothing is written.
		if (!this.loaded || this.#blocked) return;
		const text = JSON.stringify(this.doc);
		const prev = this.#storage.get(STORAGE_KEY);
		if (!prev.ok) return this.#memoryOnly(prev.failure);
		if (prev.value === text) return this.#saved(text);
		if (prev.value !== null) {
			const good = prev.value === this.#lastWritten || parseProgressText(prev.value).ok;
			// If the backup cannot be written the main write still replaces a good copy atomically.
			if (good) this.#storage.set(BACKUP_KEY, prev.value);
		}
		const w = this.#storage.set(STORAGE_KEY, text);
		if (!w.ok) return this.#memoryOnly(w.failure);
		const check = this.#storage.get(STORAGE_KEY);
		if (check.ok && check.value === text) return this.#saved(text);
		// Another tab wrote between our write and the read-back: merge its copy and try again.
		const theirs = check.ok && check.value !== null ? parseProgressText(check.value) : undefined;
		if (theirs?.ok && attempt < 2) {
			this.doc = mergeProgress(this.doc, theirs.doc);
			return this.#persist(attempt + 1);
		}
		this.#memoryOnly('unverified');
	}

	#saved(text: string): void {
		this.#lastWritten = text;
		if (!this.persistent) {
			this.persistent = true;
			this.dismissNotice('not-saved');
		}
	}

	#onExternalChange(key: string | null, value: string | null): void {
		if (key !== STORAGE_KEY || value === null || value === this.#lastWritten) return;
		const parsed = parseProgressText(value);
		// A copy we cannot read (damaged, or from a newer version in another tab) is left alone.
		if (!parsed.ok) return;
		const merged = mergeProgress(this.doc, parsed.doc);
		this.doc = merged;
		if (sameProgress(merged, parsed.doc)) this.#lastWritten = value;
		else this.#persist();
	}
}
