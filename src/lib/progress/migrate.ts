// Reading a stored progress document of any known version: parse with that version's schema, then
// migrate step by step to the current one. A newer version is refused, never guessed at.
// Owns: the list of migrations and the reasons a stored document can be rejected.
// Must not import: svelte, $app/*, browser globals.
import type { z } from '../zod-mini.ts';
import { rebuildDerived } from './document.ts';
import {
	CURRENT_VERSION,
	progressSchema,
	progressV1Schema,
	type ProgressDoc,
	type ProgressV1
} from './schema.ts';

export type ParseFailure = {
	ok: false;
	reason: 'invalid-json' | 'wrong-shape' | 'future-version';
	/** plain words for the learner */
	message: string;
	/** where the shape was wrong, for the console and bug reports */
	detail?: string;
};
export type ParseResult = { ok: true; doc: ProgressDoc; migratedFrom?: number } | ParseFailure;

/** v1 → v2: adds review cards, built by replaying the attempts already stored. */
export function migrateV1toV2(v1: ProgressV1): ProgressDoc {
	return {
		...v1,
		version: 2,
		profiles: v1.profiles.map((p) => rebuildDerived({ ...p, review: {} }))
	};
}

function describe(error: z.core.$ZodError): string {
	const issue = error.issues[0];
	return `${issue.path.join('.') || '(top)'}: ${issue.message}`;
}

const wrongShape = (detail: string): ParseFailure => ({
	ok: false,
	reason: 'wrong-shape',
	message: 'The saved progress is damaged and could not be read.',
	detail
});

/** A stored document (already JSON-parsed) → the current version, or why it cannot be used. */
export function parseProgress(raw: unknown): ParseResult {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return wrongShape('expected an object');
	}
	const version = (raw as { version?: unknown }).version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return wrongShape('version: expected a whole number of 1 or more');
	}
	if (version > CURRENT_VERSION) {
		return {
			ok: false,
			reason: 'future-version',
			message:
				'The saved progress was made by a newer version of this site. Reload the page to get the newest version.',
			detail: `version ${version}, this site reads up to ${CURRENT_VERSION}`
		};
	}
	if (version === 1) {
		const r = progressV1Schema.safeParse(raw);
		if (!r.success) return wrongShape(describe(r.error));
		return { ok: true, doc: migrateV1toV2(r.data), migratedFrom: 1 };
	}
	const r = progressSchema.safeParse(raw);
	if (!r.success) return wrongShape(describe(r.error));
	return { ok: true, doc: r.data };
}

/** Stored text → the current version, or why it cannot be used. Never throws. */
export function parseProgressText(text: string): ParseResult {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return {
			ok: false,
			reason: 'invalid-json',
			message: 'The saved progress is damaged and could not be read.',
			detail: 'not valid JSON'
		};
	}
	return parseProgress(raw);
}
