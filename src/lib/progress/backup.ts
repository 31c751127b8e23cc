// Export and import of all progress as a JSON file, and a preview of what an import will change.
// Owns: the file envelope { app: 'corridor', kind: 'progress', version, exportedAt, data } and the
// import rules. An import only ever adds: it never deletes a profile, attempt or lesson read, and
// it lifts an earlier reset or deletion on this device for the profiles it brings back.
// Must not import: svelte, $app/*, browser globals.
import { getProfile } from './document.ts';
import { mergeProgress } from './merge.ts';
import { parseProgress, type ParseFailure } from './migrate.ts';
import { CURRENT_VERSION, type ProgressDoc } from './schema.ts';

export const DEFAULT_MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ProgressEnvelope {
	app: 'corridor';
	kind: 'progress';
	version: number;
	exportedAt: string;
	data: ProgressDoc;
}

/** The whole document as JSON text, ready to save as a file. */
export function exportProgress(doc: ProgressDoc, now: string): string {
	const envelope: ProgressEnvelope = {
		app: 'corridor',
		kind: 'progress',
		version: doc.version,
		exportedAt: now,
		data: doc
	};
	return JSON.stringify(envelope, null, '\t');
}

/** A file name such as corridor-progress-2025-06-17.json */
export function exportFileName(now: string): string {
	return `corridor-progress-${now.slice(0, 10)}.json`;
}

export type ImportFailure = {
	ok: false;
	reason: 'too-large' | 'not-ours' | 'malformed' | 'future-version';
	message: string;
	detail?: string;
};
export type ImportResult = { ok: true; doc: ProgressDoc; migratedFrom?: number } | ImportFailure;

const NOT_OURS =
	'This file is not a Corridor progress backup. Choose a file saved with “Export progress”.';

function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** Reads an exported file's text. Never throws; every failure has a plain message. */
export function parseProgressImport(
	text: string,
	options: { maxBytes?: number } = {}
): ImportResult {
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
	// UTF-8 never takes fewer bytes than UTF-16 units, so a long string fails before encoding.
	if (text.length > maxBytes || byteLength(text) > maxBytes) {
		const mb = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(
			maxBytes / (1024 * 1024)
		);
		return {
			ok: false,
			reason: 'too-large',
			message: `This file is too large to be a progress backup (the limit is ${mb} MB). Nothing was changed.`
		};
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not-ours', message: NOT_OURS, detail: 'not valid JSON' };
	}
	if (typeof raw !== 'object' || raw === null || (raw as { app?: unknown }).app !== 'corridor') {
		return { ok: false, reason: 'not-ours', message: NOT_OURS, detail: 'no app: corridor' };
	}
	const env = raw as Record<string, unknown>;
	if (env.kind !== 'progress') {
		return {
			ok: false,
			reason: 'not-ours',
			message:
				env.kind === 'teacher'
					? 'This is a teacher’s gradebook file, not a progress backup. Open it on the Results page.'
					: NOT_OURS,
			detail: `kind: ${String(env.kind)}`
		};
	}
	if (typeof env.version === 'number' && env.version > CURRENT_VERSION) {
		return futureVersion(`file version ${env.version}`);
	}
	const r = parseProgress(env.data);
	if (!r.ok) return fromParseFailure(r);
	return r;
}

function futureVersion(detail?: string): ImportFailure {
	return {
		ok: false,
		reason: 'future-version',
		message:
			'This backup was made by a newer version of this site. Reload the page to get the newest version, then try again. Nothing was changed.',
		detail
	};
}

function fromParseFailure(f: ParseFailure): ImportFailure {
	if (f.reason === 'future-version') return futureVersion(f.detail);
	return {
		ok: false,
		reason: 'malformed',
		message: 'This progress backup is damaged and could not be read. Nothing was changed.',
		detail: f.detail
	};
}

/**
 * Adds an imported document to the current one. Profiles in the file come back even if they were
 * deleted or reset here; nothing already here is removed.
 */
export function importProgress(
	current: ProgressDoc,
	incoming: ProgressDoc,
	now: string
): ProgressDoc {
	const prepared: ProgressDoc = {
		...incoming,
		deletedProfiles: {},
		profiles: incoming.profiles.map((p) => ({
			...p,
			reset: { at: null, setAt: now },
			...(p.id in current.deletedProfiles ? { restoredAt: now } : {})
		}))
	};
	return mergeProgress(current, prepared);
}

export interface ProfileImportChange {
	id: string;
	/** the name this profile will have after the import */
	name: string;
	/** the name in the file, when it differs from the one kept */
	nameInFile?: string;
	status: 'new' | 'restored' | 'existing';
	newAttempts: number;
	newLessonsRead: number;
}

export interface ImportPreview {
	profiles: ProfileImportChange[];
	newProfiles: number;
	newAttempts: number;
	/** false when the file holds nothing that is not already here */
	changes: boolean;
}

/** What importing `incoming` would add to `current`; nothing is overwritten. */
export function previewImport(current: ProgressDoc, incoming: ProgressDoc): ImportPreview {
	// Later than any stored time, so the preview matches an import made now.
	const merged = importProgress(current, incoming, '9999-12-31T23:59:59.999Z');
	const profiles: ProfileImportChange[] = [];
	for (const p of incoming.profiles) {
		const after = getProfile(merged, p.id);
		if (!after) continue;
		const before = getProfile(current, p.id);
		const known = new Set(before?.attempts.map((a) => a.id) ?? []);
		const change: ProfileImportChange = {
			id: p.id,
			name: after.name,
			status: before ? 'existing' : p.id in current.deletedProfiles ? 'restored' : 'new',
			newAttempts: after.attempts.filter((a) => !known.has(a.id)).length,
			newLessonsRead: Object.keys(after.lessonsRead).filter((s) => !before?.lessonsRead[s]).length
		};
		if (p.name !== after.name) change.nameInFile = p.name;
		profiles.push(change);
	}
	const newAttempts = profiles.reduce((s, p) => s + p.newAttempts, 0);
	const newProfiles = profiles.filter((p) => p.status !== 'existing').length;
	return {
		profiles,
		newProfiles,
		newAttempts,
		changes: newProfiles > 0 || newAttempts > 0 || profiles.some((p) => p.newLessonsRead > 0)
	};
}
