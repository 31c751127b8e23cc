import { describe, expect, it } from 'vitest';
import {
	TEACHER_BACKUP_KEY,
	TEACHER_KEY,
	TEACHER_QUARANTINE_PREFIX,
	TeacherStore
} from '../../../src/lib/state/teacher.svelte.ts';
import { memoryStorage, type KeyValueStorage } from '../../../src/lib/state/storage.ts';
import {
	assignmentId,
	exportTeacherDoc,
	importTeacherDoc
} from '../../../src/lib/teacher/index.ts';
import { sampleAssignment } from '../../fixtures/teacher/sample.ts';

const now = () => Date.parse('2026-11-29T08:00:00.000Z');
const other = { ...sampleAssignment, title: 'Another one', seed: 99 };

function loaded(storage: KeyValueStorage) {
	const store = new TeacherStore({ storage, now });
	store.load();
	return store;
}

describe('TeacherStore', () => {
	it('keeps assignments and received codes across page loads', () => {
		const storage = memoryStorage();
		const a = loaded(storage);
		const id = a.addAssignment(sampleAssignment);
		expect(a.addReceived(id, ['corridor-r1.abc', ' ', 'corridor-r1.abc'])).toMatchObject({
			added: 1,
			alreadyStored: 1,
			blank: 1
		});
		const b = loaded(storage);
		expect(b.doc.assignments.map((e) => assignmentId(e.assignment))).toEqual([id]);
		expect(b.entry(id)?.received.map((r) => r.text)).toEqual(['corridor-r1.abc']);
		expect(b.persistent).toBe(true);
	});

	it('copies the previous good text to the backup before each write', () => {
		const storage = memoryStorage();
		const store = loaded(storage);
		store.addAssignment(sampleAssignment);
		const first = storage.get(TEACHER_KEY);
		store.addAssignment(other);
		expect(storage.get(TEACHER_BACKUP_KEY)).toEqual(first);
	});

	it('keeps damaged data aside and loads the last good copy, with a message', () => {
		const storage = memoryStorage();
		const store = loaded(storage);
		store.addAssignment(sampleAssignment);
		store.addAssignment(other);
		storage.set(TEACHER_KEY, '{"app":"corridor","kind":"teacher","version":1,"data":{"assi');
		const again = loaded(storage);
		expect(again.notice).toMatch(/damaged/);
		expect(again.doc.assignments).toHaveLength(1);
		const kept = storage.keys!().filter((k) => k.startsWith(TEACHER_QUARANTINE_PREFIX));
		expect(kept).toHaveLength(1);
		expect(storage.get(kept[0])).toMatchObject({ value: expect.stringContaining('"assi') });
	});

	it('works in memory with a plain message when storage is blocked', () => {
		const blocked: KeyValueStorage = {
			get: () => ({ ok: false, failure: 'blocked' }),
			set: () => ({ ok: false, failure: 'blocked' }),
			remove: () => ({ ok: false, failure: 'blocked' })
		};
		const store = loaded(blocked);
		store.addAssignment(sampleAssignment);
		expect(store.persistent).toBe(false);
		expect(store.notice).toMatch(/does not let the site store data/);
		expect(store.doc.assignments).toHaveLength(1);
	});

	it('a full storage never loses the stored copy', () => {
		const inner = memoryStorage();
		const first = loaded(inner);
		first.addAssignment(sampleAssignment);
		const before = inner.get(TEACHER_KEY);
		const full: KeyValueStorage = {
			...inner,
			set: (k, v) => (k === TEACHER_KEY ? { ok: false, failure: 'full' } : inner.set(k, v))
		};
		const store = loaded(full);
		store.addAssignment(other);
		expect(store.notice).toMatch(/full/);
		expect(inner.get(TEACHER_KEY)).toEqual(before);
		expect(store.doc.assignments).toHaveLength(2);
	});

	it('import merges without removing anything', () => {
		const store = loaded(memoryStorage());
		store.addAssignment(sampleAssignment);
		const elsewhere = loaded(memoryStorage());
		elsewhere.addAssignment(other);
		const file = importTeacherDoc(exportTeacherDoc(elsewhere.doc));
		expect(file.ok).toBe(true);
		if (file.ok) store.applyImport(file.doc);
		expect(store.doc.assignments.map((e) => e.assignment.title).sort()).toEqual([
			'Another one',
			sampleAssignment.title
		]);
		expect(store.checkImport('not a file').ok).toBe(false);
	});
});
