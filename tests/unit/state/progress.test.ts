import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	BACKUP_KEY,
	ProgressStore,
	QUARANTINE_PREFIX,
	STORAGE_KEY
} from '../../../src/lib/state/progress.svelte.ts';
import { memoryStorage } from '../../../src/lib/state/storage.ts';
import { parseProgressText, type ProgressDoc } from '../../../src/lib/progress/index.ts';
import { at, attempt, item } from '../progress/make.ts';
import { FakeBrowser } from './fake-storage.ts';

const fixture = (v: number) =>
	readFileSync(new URL(`../../fixtures/progress/v${v}.json`, import.meta.url), 'utf8');

let minute = 0;
let ids = 0;
function store(storage = new FakeBrowser().tab().storage()) {
	return new ProgressStore({ storage, now: () => at(++minute), newId: () => `id-${++ids}` });
}
const stored = (b: FakeBrowser, key = STORAGE_KEY): ProgressDoc => {
	const r = parseProgressText(b.data.get(key) ?? '');
	if (!r.ok) throw new Error(`${key}: ${r.message}`);
	return r.doc;
};
const attemptIds = (doc: ProgressDoc) => doc.profiles.flatMap((p) => p.attempts.map((a) => a.id));

describe('ProgressStore', () => {
	it('reads nothing and writes nothing before load (prerender)', () => {
		const b = new FakeBrowser();
		const s = store(b.tab().storage());
		s.createProfile('Aigerim');
		expect(b.data.size).toBe(0);
		expect(s.loaded).toBe(false);
	});

	it('saves, keeps the previous good copy as backup, and loads it back', () => {
		const b = new FakeBrowser();
		const s = store(b.tab().storage());
		s.load();
		expect(s.persistent).toBe(true);
		s.createProfile('Aigerim');
		s.recordAttempt(attempt('a1', at(500), [item('correct')]));
		expect(attemptIds(stored(b))).toEqual(['a1']);
		expect(attemptIds(stored(b, BACKUP_KEY))).toEqual([]);
		const again = store(b.tab().storage());
		again.load();
		expect(again.active?.name).toBe('Aigerim');
		expect(attemptIds(again.doc)).toEqual(['a1']);
		expect(again.notices).toEqual([]);
	});

	it('upgrades an old stored version and keeps the old text as backup', () => {
		const b = new FakeBrowser();
		b.data.set(STORAGE_KEY, fixture(1));
		const s = store(b.tab().storage());
		s.load();
		expect(s.doc.version).toBe(2);
		expect(stored(b).version).toBe(2);
		expect(b.data.get(BACKUP_KEY)).toBe(fixture(1));
	});

	it('moves corrupt JSON aside, says so, and falls back to the backup', () => {
		const b = new FakeBrowser();
		b.data.set(STORAGE_KEY, '{"version": 2, "profiles": [');
		b.data.set(BACKUP_KEY, fixture(2));
		const s = store(b.tab().storage());
		s.load();
		expect(s.notices.map((n) => n.kind)).toEqual(['damaged-restored']);
		expect(s.notices[0].message).toMatch(/last good copy/);
		const q = s.notices[0].quarantineKey as string;
		expect(q.startsWith(QUARANTINE_PREFIX)).toBe(true);
		expect(b.data.get(q)).toBe('{"version": 2, "profiles": [');
		expect(s.doc).toEqual(JSON.parse(fixture(2)));
		expect(stored(b)).toEqual(JSON.parse(fixture(2)));
	});

	it('moves a wrong shape aside and keeps working from empty when there is no backup', () => {
		const b = new FakeBrowser();
		b.data.set(STORAGE_KEY, '{"version":2,"profiles":"lots"}');
		const s = store(b.tab().storage());
		s.load();
		expect(s.notices.map((n) => n.kind)).toEqual(['damaged']);
		expect(b.data.get(s.notices[0].quarantineKey as string)).toBe(
			'{"version":2,"profiles":"lots"}'
		);
		s.createProfile('Dana');
		expect(stored(b).profiles.map((p) => p.name)).toEqual(['Dana']);
		expect(s.persistent).toBe(true);
	});

	it('keeps a future version aside instead of guessing', () => {
		const b = new FakeBrowser();
		const future = JSON.stringify({ ...JSON.parse(fixture(2)), version: 3 });
		b.data.set(STORAGE_KEY, future);
		const s = store(b.tab().storage());
		s.load();
		expect(s.notices[0]).toMatchObject({ kind: 'newer-version' });
		expect(s.notices[0].message).toMatch(/newer version/);
		expect(b.data.get(s.notices[0].quarantineKey as string)).toBe(future);
	});

	it('works in memory when storage throws on access, and says progress will not be saved', () => {
		const b = new FakeBrowser();
		b.blocked = true;
		const s = store(b.tab().storage());
		s.load();
		expect(s.persistent).toBe(false);
		expect(s.notices[0]).toMatchObject({ kind: 'not-saved' });
		expect(s.notices[0].message).toMatch(/will not be saved.*Export/);
		s.createProfile('Aigerim');
		s.recordAttempt(attempt('a1', at(500), [item('correct')]));
		expect(attemptIds(s.doc)).toEqual(['a1']);
		expect(s.exportFile().text).toContain('"a1"');
	});

	it('on a full quota keeps the last good copy, works in memory, and recovers when space frees', () => {
		const b = new FakeBrowser();
		const s = store(b.tab().storage());
		s.load();
		s.createProfile('Aigerim');
		const good = b.data.get(STORAGE_KEY);
		b.quota = b.used() + 50;
		s.recordAttempt(attempt('a1', at(500), [item('correct')]));
		expect(s.persistent).toBe(false);
		expect(s.notices[0].message).toMatch(/full/);
		expect(b.data.get(STORAGE_KEY)).toBe(good);
		expect(attemptIds(s.doc)).toEqual(['a1']);
		b.quota = undefined;
		s.recordAttempt(attempt('a2', at(600), [item('wrong')]));
		expect(s.persistent).toBe(true);
		expect(s.notices).toEqual([]);
		expect(attemptIds(stored(b))).toEqual(['a1', 'a2']);
	});

	it('keeps both tabs’ attempts when two tabs share one storage', () => {
		const b = new FakeBrowser();
		const one = store(b.tab().storage());
		const two = store(b.tab().storage());
		one.load();
		two.load();
		one.createProfile('Aigerim');
		b.flush();
		expect(two.active?.name).toBe('Aigerim');
		one.recordAttempt(attempt('from-one', at(500), [item('correct')]));
		two.recordAttempt(attempt('from-two', at(501), [item('wrong')]));
		b.flush();
		expect(attemptIds(one.doc).sort()).toEqual(['from-one', 'from-two']);
		expect(attemptIds(two.doc).sort()).toEqual(['from-one', 'from-two']);
		expect(attemptIds(stored(b)).sort()).toEqual(['from-one', 'from-two']);
		expect(b.queue).toHaveLength(0);
	});

	it('does not bring back a profile deleted in the other tab', () => {
		const b = new FakeBrowser();
		const one = store(b.tab().storage());
		const two = store(b.tab().storage());
		one.load();
		two.load();
		const r = one.createProfile('Guest');
		one.createProfile('Aigerim');
		b.flush();
		if (r.ok) two.deleteProfile(r.value);
		b.flush();
		expect(one.doc.profiles.map((p) => p.name)).toEqual(['Aigerim']);
		expect(stored(b).profiles.map((p) => p.name)).toEqual(['Aigerim']);
	});

	it('checks an import without changing anything, then adds it', () => {
		const s = store(memoryStorage());
		s.load();
		s.createProfile('Aigerim');
		const bad = s.checkImport('{"app":"corridor","kind":"progress","version":2,"data":{}}');
		expect(bad).toMatchObject({ ok: false, reason: 'malformed' });
		const before = s.doc;
		const file = JSON.stringify({
			app: 'corridor',
			kind: 'progress',
			version: 2,
			exportedAt: at(0),
			data: JSON.parse(fixture(2))
		});
		const check = s.checkImport(file);
		expect(check.ok).toBe(true);
		expect(s.doc).toBe(before);
		if (!check.ok) return;
		expect(check.preview.newProfiles).toBe(2);
		s.applyImport(check.doc);
		expect(s.doc.profiles).toHaveLength(3);
		expect(s.active?.name).toBe('Aigerim');
	});

	it('creates a default profile when a quiz is finished with none', () => {
		const s = store(memoryStorage());
		s.load();
		s.recordAttempt(attempt('a1', at(500), [item('correct')]));
		expect(s.active?.name).toBe('Learner');
		expect(s.dueCount()).toBeGreaterThanOrEqual(0);
	});

	it('reports a name problem in plain words', () => {
		const s = store(memoryStorage());
		s.load();
		const r = s.createProfile('   ');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/empty/);
	});
});
