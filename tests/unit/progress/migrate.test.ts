import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CURRENT_VERSION,
	parseProgress,
	parseProgressText,
	progressSchema,
	replayReview
} from '../../../src/lib/progress/index.ts';

const fixture = (v: number) =>
	readFileSync(new URL(`../../fixtures/progress/v${v}.json`, import.meta.url), 'utf8');

describe('stored versions', () => {
	it('has a fixture for every version up to the current one', () => {
		for (let v = 1; v <= CURRENT_VERSION; v++) {
			expect(JSON.parse(fixture(v)).version).toBe(v);
		}
	});

	it('reads the current version as it is', () => {
		const r = parseProgressText(fixture(CURRENT_VERSION));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.migratedFrom).toBeUndefined();
		expect(r.doc).toEqual(JSON.parse(fixture(CURRENT_VERSION)));
	});

	it('migrates v1 to v2: everything kept, review cards built from the attempts', () => {
		const v1 = JSON.parse(fixture(1));
		const r = parseProgressText(fixture(1));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.migratedFrom).toBe(1);
		expect(r.doc.version).toBe(2);
		expect(progressSchema.safeParse(r.doc).success).toBe(true);
		expect(r.doc.activeProfileId).toBe(v1.activeProfileId);
		expect(r.doc.deletedProfiles).toEqual(v1.deletedProfiles);
		for (const [i, p] of r.doc.profiles.entries()) {
			const old = v1.profiles[i];
			expect(p.id).toBe(old.id);
			expect(p.name).toBe(old.name);
			expect(p.attempts).toEqual(old.attempts);
			expect(p.lessonsRead).toEqual(old.lessonsRead);
			expect(p.inProgress).toEqual(old.inProgress);
			expect(p.mastery).toEqual(old.mastery);
			// every fact answered validly (not invalid-only) has a card
			const answered = new Set(
				old.attempts.flatMap((a: { items: { status: string; factKeys: string[] }[] }) =>
					a.items.filter((i) => i.status !== 'invalid').flatMap((i) => i.factKeys)
				)
			);
			expect(new Set(Object.keys(p.review))).toEqual(answered);
			expect(p.review).toEqual(replayReview(p.attempts));
		}
	});

	it('gives the same document as the v2 fixture when migrating the v1 fixture', () => {
		const a = parseProgressText(fixture(1));
		const b = parseProgressText(fixture(2));
		expect(a.ok && b.ok).toBe(true);
		if (a.ok && b.ok) expect(a.doc).toEqual(b.doc);
	});
});

describe('refused documents', () => {
	it('refuses a future version instead of guessing', () => {
		const future = { ...JSON.parse(fixture(CURRENT_VERSION)), version: CURRENT_VERSION + 1 };
		const r = parseProgress(future);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.reason).toBe('future-version');
		expect(r.message).toMatch(/newer version/);
	});

	it('says invalid JSON is damaged', () => {
		const r = parseProgressText('{"version": 2, "profiles": [');
		expect(r).toMatchObject({ ok: false, reason: 'invalid-json' });
	});

	it('names where the shape is wrong', () => {
		const doc = JSON.parse(fixture(2));
		doc.profiles[0].attempts[0].score = 'lots';
		const r = parseProgress(doc);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.reason).toBe('wrong-shape');
		expect(r.detail).toContain('profiles.0.attempts.0.score');
	});

	it('refuses a missing or odd version', () => {
		for (const raw of [null, [], 'x', {}, { version: 0 }, { version: 1.5 }, { version: '2' }]) {
			expect(parseProgress(raw)).toMatchObject({ ok: false, reason: 'wrong-shape' });
		}
	});

	it('never throws on any text or value', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				expect(parseProgressText(s).ok).toBe(false);
			})
		);
		fc.assert(
			fc.property(fc.jsonValue(), (v) => {
				parseProgress(v);
				parseProgress({ version: 2, ...(typeof v === 'object' && v ? v : { v }) });
			})
		);
	});
});
