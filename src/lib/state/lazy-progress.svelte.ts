// The progress store as every page sees it. The real ProgressStore (and with it the progress
// domain: schemas, migrations, FSRS scheduling) is imported only when load() runs in the browser,
// so a page's first JavaScript stays light; until then this reads as empty and not loaded, and
// changes asked for in the meantime are applied, in order, as soon as the store is there.
import type { ProgressDoc, Result } from '../progress/index.ts';
import type { ImportCheck, ProgressStore, ProgressStoreOptions } from './progress.svelte.ts';

/** What components use: the store's public face, satisfied by ProgressStore and LazyProgress. */
export type ProgressApi = Pick<
	ProgressStore,
	| 'doc'
	| 'loaded'
	| 'persistent'
	| 'notices'
	| 'active'
	| 'dismissNotice'
	| 'createProfile'
	| 'renameProfile'
	| 'deleteProfile'
	| 'switchProfile'
	| 'resetProfile'
	| 'markLessonRead'
	| 'recordAttempt'
	| 'saveQuizInProgress'
	| 'clearQuizInProgress'
	| 'quizInProgress'
	| 'dueCount'
	| 'exportFile'
	| 'checkImport'
	| 'applyImport'
>;

// The shape of emptyProgress(), written out so this module needs no runtime import of the domain;
// it is only ever shown, never saved (the real store writes its own document).
const EMPTY = {
	version: 2,
	activeProfileId: null,
	profiles: [],
	deletedProfiles: {}
} as unknown as ProgressDoc;

const NOT_READY = 'Your progress is still loading. Try again in a moment.';

export class LazyProgress implements ProgressApi {
	#store = $state<ProgressStore | undefined>();
	#options: () => ProgressStoreOptions;
	#pending: ((store: ProgressStore) => void)[] = [];
	#started = false;
	#destroyed = false;

	constructor(options: () => ProgressStoreOptions) {
		this.#options = options;
	}

	get doc(): ProgressDoc {
		return this.#store?.doc ?? EMPTY;
	}
	get loaded(): boolean {
		return this.#store?.loaded ?? false;
	}
	get persistent(): boolean {
		return this.#store?.persistent ?? false;
	}
	get notices(): ProgressStore['notices'] {
		return this.#store?.notices ?? [];
	}
	get active(): ProgressStore['active'] {
		return this.#store?.active;
	}

	/** Imports and loads the real store. Call from onMount (never during prerender). */
	async load(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		const { ProgressStore } = await import('./progress.svelte.ts');
		if (this.#destroyed) return;
		const store = new ProgressStore(this.#options());
		store.load();
		this.#store = store;
		for (const apply of this.#pending.splice(0)) apply(store);
	}

	destroy(): void {
		this.#destroyed = true;
		this.#store?.destroy();
	}

	#run(apply: (store: ProgressStore) => void): void {
		if (this.#store) apply(this.#store);
		else this.#pending.push(apply);
	}

	#ready(): ProgressStore {
		if (!this.#store) throw new Error(NOT_READY);
		return this.#store;
	}

	dismissNotice: ProgressStore['dismissNotice'] = (kind) => this.#run((s) => s.dismissNotice(kind));
	deleteProfile: ProgressStore['deleteProfile'] = (id) => this.#run((s) => s.deleteProfile(id));
	switchProfile: ProgressStore['switchProfile'] = (id) => this.#run((s) => s.switchProfile(id));
	resetProfile: ProgressStore['resetProfile'] = (id) => this.#run((s) => s.resetProfile(id));
	markLessonRead: ProgressStore['markLessonRead'] = (slug, how) =>
		this.#run((s) => s.markLessonRead(slug, how));
	recordAttempt: ProgressStore['recordAttempt'] = (attempt) =>
		this.#run((s) => s.recordAttempt(attempt));
	saveQuizInProgress: ProgressStore['saveQuizInProgress'] = (quiz) =>
		this.#run((s) => s.saveQuizInProgress(quiz));
	clearQuizInProgress: ProgressStore['clearQuizInProgress'] = (key) =>
		this.#run((s) => s.clearQuizInProgress(key));
	applyImport: ProgressStore['applyImport'] = (doc) => this.#run((s) => s.applyImport(doc));

	createProfile(name: string): Result<string> {
		return this.#store ? this.#store.createProfile(name) : { ok: false, error: NOT_READY };
	}
	renameProfile(profileId: string, name: string): Result<ProgressDoc> {
		return this.#store
			? this.#store.renameProfile(profileId, name)
			: { ok: false, error: NOT_READY };
	}
	quizInProgress(quizKey: string): ReturnType<ProgressStore['quizInProgress']> {
		return this.#store?.quizInProgress(quizKey);
	}
	dueCount(): number {
		return this.#store?.dueCount() ?? 0;
	}
	exportFile(): { fileName: string; text: string } {
		return this.#ready().exportFile();
	}
	checkImport(text: string, maxBytes?: number): ImportCheck {
		return this.#ready().checkImport(text, maxBytes);
	}
}
