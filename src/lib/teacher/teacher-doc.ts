// The teacher's saved work on their own device: the assignments they made and every code or file
// received for each, added over several days. A versioned JSON document in the shared envelope
// { app: 'corridor', kind: 'teacher', version, data }, with pure update functions and export /
// import. Pure: must not import Svelte, $app or browser globals; storage lives in lib/state.
import { z } from '../zod-mini.ts';
import { assignmentId, assignmentSchema, type Assignment } from './assignment.ts';
import { withinDepth } from './codec.ts';
import { buildGradebook, type Gradebook } from './gradebook.ts';
import { firstIssue, instantSchema, msToInstant, plainErrors } from './schemas.ts';

export const TEACHER_DOC_VERSION = 1;
const MAX_RECEIVED_TEXT = 2_000_000;
const MAX_DOC_LENGTH = 50_000_000;

const receivedSchema = z.strictObject({
	/** the code or file text exactly as received; damaged ones are kept and flagged */
	text: z.string().check(z.maxLength(MAX_RECEIVED_TEXT)),
	receivedAt: instantSchema
});

const entrySchema = z.strictObject({
	assignment: assignmentSchema,
	addedAt: instantSchema,
	received: z.array(receivedSchema)
});

export const teacherDocSchema = z
	.strictObject({ assignments: z.array(entrySchema) })
	.check(
		z.refine(
			(d) =>
				new Set(d.assignments.map((e) => assignmentId(e.assignment))).size === d.assignments.length,
			{ error: 'an assignment appears twice', path: ['assignments'] }
		)
	);

export type TeacherDoc = z.infer<typeof teacherDocSchema>;
export type TeacherEntry = TeacherDoc['assignments'][number];

export function emptyTeacherDoc(): TeacherDoc {
	return { assignments: [] };
}

export function findEntry(doc: TeacherDoc, id: string): TeacherEntry | undefined {
	return doc.assignments.find((e) => assignmentId(e.assignment) === id);
}

/** Adds an assignment unless it is already there (same id). `now` is epoch ms. */
export function addAssignment(doc: TeacherDoc, assignment: Assignment, now: number): TeacherDoc {
	if (findEntry(doc, assignmentId(assignment))) return doc;
	return {
		assignments: [...doc.assignments, { assignment, addedAt: msToInstant(now), received: [] }]
	};
}

export function removeAssignment(doc: TeacherDoc, id: string): TeacherDoc {
	return { assignments: doc.assignments.filter((e) => assignmentId(e.assignment) !== id) };
}

export interface AddReceivedOutcome {
	doc: TeacherDoc;
	/** texts stored */
	added: number;
	/** texts identical to one already stored, so not stored again */
	alreadyStored: number;
	/** blank texts, not stored */
	blank: number;
}

/**
 * Stores received codes or file texts for an assignment. Every non-blank text is kept, readable or
 * not, so the gradebook can flag it; only an exact copy of a stored text is not stored twice.
 */
export function addReceived(
	doc: TeacherDoc,
	id: string,
	texts: readonly string[],
	now: number
): AddReceivedOutcome {
	const entry = findEntry(doc, id);
	if (!entry) return { doc, added: 0, alreadyStored: 0, blank: texts.length };
	const stored = new Set(entry.received.map((r) => r.text));
	const fresh: TeacherEntry['received'] = [];
	let alreadyStored = 0;
	let blank = 0;
	for (const raw of texts) {
		const text = raw.trim();
		if (text === '') blank++;
		else if (stored.has(text)) alreadyStored++;
		else {
			stored.add(text);
			fresh.push({ text: text.slice(0, MAX_RECEIVED_TEXT), receivedAt: msToInstant(now) });
		}
	}
	const updated = { ...entry, received: [...entry.received, ...fresh] };
	return {
		doc: { assignments: doc.assignments.map((e) => (e === entry ? updated : e)) },
		added: fresh.length,
		alreadyStored,
		blank
	};
}

export function removeReceived(doc: TeacherDoc, id: string, index: number): TeacherDoc {
	return {
		assignments: doc.assignments.map((e) =>
			assignmentId(e.assignment) === id
				? { ...e, received: e.received.filter((_, i) => i !== index) }
				: e
		)
	};
}

/** The gradebook of one saved assignment, or undefined when it is not in the document. */
export function gradebookFor(doc: TeacherDoc, id: string, now?: number): Gradebook | undefined {
	const entry = findEntry(doc, id);
	return entry
		? buildGradebook(
				entry.assignment,
				entry.received.map((r) => r.text),
				now
			)
		: undefined;
}

export function exportTeacherDoc(doc: TeacherDoc): string {
	const data = teacherDocSchema.parse(doc);
	return (
		JSON.stringify(
			{ app: 'corridor', kind: 'teacher', version: TEACHER_DOC_VERSION, data },
			null,
			2
		) + '\n'
	);
}

export type TeacherDocImport = { ok: true; doc: TeacherDoc } | { ok: false; error: string };

/** Reads an exported document. Never throws. */
export function importTeacherDoc(text: string): TeacherDocImport {
	const notOurs = {
		ok: false as const,
		error: 'This is not a Corridor teacher file (assignments and results).'
	};
	if (typeof text !== 'string' || text.trim() === '')
		return { ok: false, error: 'The file is empty.' };
	if (text.length > MAX_DOC_LENGTH) return { ok: false, error: 'This file is too large.' };
	let doc: unknown;
	try {
		doc = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return text.trimStart().startsWith('{')
			? { ok: false, error: 'This file is damaged: it is cut off or was changed.' }
			: notOurs;
	}
	if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return notOurs;
	const env = doc as Record<string, unknown>;
	if (env.app !== 'corridor') return notOurs;
	if (env.kind !== 'teacher')
		return {
			ok: false,
			error:
				env.kind === 'result'
					? 'This is a student result file. Add it to an assignment on the Results page instead.'
					: notOurs.error
		};
	if (env.version !== TEACHER_DOC_VERSION)
		return {
			ok: false,
			error:
				typeof env.version === 'number' && env.version > TEACHER_DOC_VERSION
					? 'This file was made by a newer version of Corridor. Reload the page to get the latest version, then try again.'
					: 'This file uses a format this version of Corridor cannot read.'
		};
	if (typeof env.data !== 'object' || env.data === null || !withinDepth(env.data))
		return {
			ok: false,
			error: 'This file is damaged: its data is missing or not in the expected shape.'
		};
	const parsed = teacherDocSchema.safeParse(env.data, { error: plainErrors });
	if (!parsed.success)
		return { ok: false, error: `This file has a problem (${firstIssue(parsed.error)}).` };
	return { ok: true, doc: parsed.data };
}

/**
 * Combines an imported document with the current one without losing anything: assignments are
 * matched by id, and received texts are joined without exact copies, in the order received.
 */
export function mergeTeacherDocs(current: TeacherDoc, incoming: TeacherDoc): TeacherDoc {
	const out = current.assignments.map((e) => ({ ...e, received: [...e.received] }));
	for (const entry of incoming.assignments) {
		const id = assignmentId(entry.assignment);
		const mine = out.find((e) => assignmentId(e.assignment) === id);
		if (!mine) {
			out.push({ ...entry, received: [...entry.received] });
			continue;
		}
		const texts = new Set(mine.received.map((r) => r.text));
		for (const r of entry.received) if (!texts.has(r.text)) mine.received.push(r);
		mine.received.sort((a, b) =>
			a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0
		);
		if (entry.addedAt < mine.addedAt) mine.addedAt = entry.addedAt;
	}
	return { assignments: out };
}
