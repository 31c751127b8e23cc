import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	applyAttempt,
	createProfile,
	deleteProfile,
	emptyProgress,
	exportFileName,
	exportProgress,
	getProfile,
	importProgress,
	parseProgressImport,
	previewImport,
	resetProfile,
	type ProgressDoc
} from '../../../src/lib/progress/index.ts';
import { at, attempt, item } from './make.ts';

const v2 = JSON.parse(
	readFileSync(new URL('../../fixtures/progress/v2.json', import.meta.url), 'utf8')
) as ProgressDoc;
const v1Text = readFileSync(new URL('../../fixtures/progress/v1.json', import.meta.url), 'utf8');

function base(): ProgressDoc {
	const r = createProfile(emptyProgress(), { id: 'p', name: 'A' }, at(0));
	if (!r.ok) throw new Error(r.error);
	return applyAttempt(r.value, 'p', attempt('mine', at(2), [item('correct')]), at(2));
}

describe('export and parse', () => {
	it('round-trips through the file envelope', () => {
		const text = exportProgress(v2, at(100));
		const env = JSON.parse(text);
		expect(env).toMatchObject({
			app: 'corridor',
			kind: 'progress',
			version: 2,
			exportedAt: at(100)
		});
		expect(parseProgressImport(text)).toEqual({ ok: true, doc: v2 });
		expect(exportFileName('2025-09-01T08:00:00.000Z')).toBe('corridor-progress-2025-09-01.json');
	});

	it('reads an old (v1) backup by migrating it', () => {
		const text = JSON.stringify({
			app: 'corridor',
			kind: 'progress',
			version: 1,
			exportedAt: at(0),
			data: JSON.parse(v1Text)
		});
		const r = parseProgressImport(text);
		expect(r).toMatchObject({ ok: true, migratedFrom: 1 });
		if (r.ok) expect(r.doc).toEqual(v2);
	});

	it('explains each kind of bad file and never throws', () => {
		const cases: [string, string, RegExp][] = [
			['hello', 'not-ours', /not a Corridor progress backup/],
			['{"app":"other","kind":"progress"}', 'not-ours', /not a Corridor/],
			['{"app":"corridor","kind":"teacher","version":1,"data":{}}', 'not-ours', /gradebook/],
			[
				'{"app":"corridor","kind":"progress","version":2,"data":{"version":2}}',
				'malformed',
				/damaged/
			],
			[
				'{"app":"corridor","kind":"progress","version":9,"data":{}}',
				'future-version',
				/newer version/
			],
			[
				'{"app":"corridor","kind":"progress","version":2,"data":{"version":3}}',
				'future-version',
				/newer/
			]
		];
		for (const [text, reason, message] of cases) {
			const r = parseProgressImport(text);
			expect(r).toMatchObject({ ok: false, reason });
			if (!r.ok) expect(r.message).toMatch(message);
		}
		fc.assert(
			fc.property(fc.string(), (s) => {
				expect(parseProgressImport(s).ok).toBe(false);
			})
		);
	});

	it('refuses a file over the size limit, counting bytes not characters', () => {
		const text = exportProgress(v2, at(1));
		const r = parseProgressImport(text, { maxBytes: 100 });
		expect(r).toMatchObject({ ok: false, reason: 'too-large' });
		if (!r.ok) expect(r.message).toMatch(/too large/);
		const kazakh = JSON.stringify({ app: 'corridor', note: 'Қазақстан'.repeat(10) });
		expect(parseProgressImport(kazakh, { maxBytes: kazakh.length + 5 }).ok).toBe(false);
		expect(parseProgressImport(kazakh, { maxBytes: kazakh.length + 5 })).toMatchObject({
			reason: 'too-large'
		});
	});
});

describe('import', () => {
	it('adds new profiles and attempts, never removes or overwrites', () => {
		const current = base();
		const preview = previewImport(current, v2);
		expect(preview.newProfiles).toBe(v2.profiles.length);
		expect(preview.newAttempts).toBe(v2.profiles.reduce((s, p) => s + p.attempts.length, 0));
		expect(preview.changes).toBe(true);
		const merged = importProgress(current, v2, at(500));
		expect(getProfile(merged, 'p')?.attempts.map((a) => a.id)).toEqual(['mine']);
		expect(merged.profiles.map((p) => p.id)).toEqual(['p', ...v2.profiles.map((p) => p.id)]);
		expect(merged.activeProfileId).toBe('p');
		expect(previewImport(merged, v2)).toMatchObject({
			newProfiles: 0,
			newAttempts: 0,
			changes: false
		});
	});

	it('counts only what is new for a profile both sides share', () => {
		const current = base();
		const incoming = applyAttempt(base(), 'p', attempt('theirs', at(4), [item('wrong')]), at(4));
		const preview = previewImport(current, incoming);
		expect(preview.profiles).toEqual([
			{ id: 'p', name: 'A', status: 'existing', newAttempts: 1, newLessonsRead: 0 }
		]);
		const merged = importProgress(current, incoming, at(9));
		expect(getProfile(merged, 'p')?.attempts.map((a) => a.id)).toEqual(['mine', 'theirs']);
	});

	it('brings back a profile deleted here, and attempts removed by a reset here', () => {
		const backup = base();
		const deleted = deleteProfile(backup, 'p', at(10));
		expect(previewImport(deleted, backup).profiles[0]).toMatchObject({
			status: 'restored',
			newAttempts: 1
		});
		expect(getProfile(importProgress(deleted, backup, at(11)), 'p')?.attempts).toHaveLength(1);
		const reset = resetProfile(backup, 'p', at(10));
		const restored = importProgress(reset, backup, at(11));
		expect(getProfile(restored, 'p')?.attempts.map((a) => a.id)).toEqual(['mine']);
	});

	it('does not delete a profile here because the file says it was deleted', () => {
		const current = base();
		const incoming = deleteProfile(base(), 'p', at(5));
		expect(importProgress(current, incoming, at(6)).profiles.map((p) => p.id)).toEqual(['p']);
	});
});
