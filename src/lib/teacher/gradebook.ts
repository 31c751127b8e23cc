// The gradebook: reads the codes and files a teacher received for one assignment and builds one
// row per student, one column per question, the class's success rate per question (weakest
// first), and a list of entries it did not count, each with a reason. Nothing is dropped
// silently. Pure: must not import Svelte, $app or browser globals; the teacher's clock is a
// parameter.
import { assignmentId, type Assignment } from './assignment.ts';
import { normaliseName, studentSeed } from './names.ts';
import { decodeResultInput, type Answer, type Result, type ResultFault } from './result.ts';
import { instantToMs } from './schemas.ts';

export type FlagReason =
	| 'duplicate'
	| 'another-attempt'
	| 'different-assignment'
	| 'damaged'
	| 'unsupported-version'
	| 'unreadable';

export interface FlaggedEntry {
	/** position in the inputs, so the page can point at the pasted text */
	index: number;
	/** the start of the input, for display (always render as text) */
	excerpt: string;
	reason: FlagReason;
	message: string;
	/** the student's name as typed, when the input could be read */
	name?: string;
}

export interface GradebookRow {
	/** the normalised name: one row per key */
	key: string;
	/** as the student typed it, from the counted attempt */
	name: string;
	score: number;
	maxScore: number;
	/** 0..100 */
	percent: number;
	durationMs: number;
	startedAt: string;
	submittedAt: string;
	/**
	 * Whether submittedAt is after the due time. submittedAt comes from the student's device
	 * clock, so this is only as right as that clock. null when the assignment has no due date.
	 */
	lateByDeviceClock: boolean | null;
	/** how many different submissions were received from this student */
	attempts: number;
	overAttemptLimit: boolean;
	/** false when the seed is not the one this name gives: the code was edited or mixed up */
	seedMatches: boolean;
	/** false when the dataset changed since: the drill-down cannot rebuild the exact questions */
	datasetMatches: boolean;
	/** true when the student's device clock was ahead of the teacher's `now` */
	clockAhead: boolean;
	/** by question id */
	answers: Map<string, Answer>;
	/** the counted result, for the drill-down */
	result: Result;
	index: number;
}

export interface ItemStat {
	questionId: string;
	/** students whose quiz had this question */
	answered: number;
	/** students with full marks on it */
	right: number;
	/** mean score 0..1, partial credit included */
	successRate: number;
}

export interface Gradebook {
	assignmentId: string;
	rows: GradebookRow[];
	/** question ids, in the order students met them */
	columns: string[];
	/** weakest first */
	items: ItemStat[];
	flagged: FlaggedEntry[];
	summary: { students: number; meanPercent: number | null; late: number; flagged: number };
}

const EXCERPT_LENGTH = 40;
/** A device clock this far ahead of the teacher's is worth a note; small drift is normal. */
const CLOCK_SLACK_MS = 5 * 60_000;

function excerpt(input: unknown): string {
	if (typeof input !== 'string') return '';
	const flat = input.replace(/\s+/g, ' ').trim();
	return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

function faultReason(fault: ResultFault): FlagReason {
	switch (fault) {
		case 'damaged':
		case 'invalid':
			return 'damaged';
		case 'unsupported-version':
			return 'unsupported-version';
		default:
			return 'unreadable';
	}
}

/** JSON with object keys sorted, so the same result read from a code and from a file compare equal. */
function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}

interface Received {
	index: number;
	input: string;
	result: Result;
	/** canonical text of the result, to recognise the same submission received twice */
	identity: string;
}

/**
 * Builds the gradebook for one assignment. `inputs` are result codes or result files' text, in the
 * order received. `now` (epoch ms, the teacher's clock) enables the clock-ahead note. Rows are
 * sorted by name with `locale`'s collation. When a student sent several different attempts, the row
 * shows the best one (the earliest of equal scores) and the others are listed as flagged.
 */
export function buildGradebook(
	assignment: Assignment,
	inputs: readonly string[],
	now?: number,
	locale = 'en'
): Gradebook {
	const id = assignmentId(assignment);
	const flagged: FlaggedEntry[] = [];
	const byStudent = new Map<string, Received[]>();

	inputs.forEach((input, index) => {
		const decoded = decodeResultInput(input);
		if (!decoded.ok) {
			flagged.push({
				index,
				excerpt: excerpt(input),
				reason: faultReason(decoded.reason),
				message: decoded.error
			});
			return;
		}
		const result = decoded.result;
		if (result.assignmentId !== id) {
			flagged.push({
				index,
				excerpt: excerpt(input),
				reason: 'different-assignment',
				name: result.name,
				message: `This result is for a different assignment (id ${result.assignmentId}), not this one (id ${id}).`
			});
			return;
		}
		const key = normaliseName(result.name);
		const list = byStudent.get(key) ?? [];
		const identity = canonicalJson(result);
		const same = list.find((r) => r.identity === identity);
		if (same) {
			flagged.push({
				index,
				excerpt: excerpt(input),
				reason: 'duplicate',
				name: result.name,
				message: `This is the same result from ${result.name} as entry ${same.index + 1}, so it is counted once.`
			});
			return;
		}
		list.push({ index, input, result, identity });
		byStudent.set(key, list);
	});

	const due = assignment.dueAt === undefined ? null : instantToMs(assignment.dueAt);
	const rows: GradebookRow[] = [];
	for (const [key, received] of byStudent) {
		const ranked = [...received].sort(
			(a, b) =>
				b.result.score - a.result.score ||
				instantToMs(a.result.submittedAt) - instantToMs(b.result.submittedAt) ||
				a.index - b.index
		);
		const counted = ranked[0];
		for (const other of ranked.slice(1)) {
			flagged.push({
				index: other.index,
				excerpt: excerpt(other.input),
				reason: 'another-attempt',
				name: other.result.name,
				message: `This is another attempt by ${other.result.name}. The gradebook counts their best attempt (entry ${counted.index + 1}).`
			});
		}
		const r = counted.result;
		const submitted = instantToMs(r.submittedAt);
		rows.push({
			key,
			name: r.name,
			score: r.score,
			maxScore: r.answers.length,
			percent: (r.score / r.answers.length) * 100,
			durationMs: r.durationMs,
			startedAt: r.startedAt,
			submittedAt: r.submittedAt,
			lateByDeviceClock: due === null ? null : submitted > due,
			attempts: received.length,
			overAttemptLimit:
				assignment.attemptsAllowed !== undefined && received.length > assignment.attemptsAllowed,
			seedMatches: r.seed === studentSeed(assignment, r.name),
			datasetMatches: r.datasetVersion === assignment.datasetVersion,
			clockAhead: now !== undefined && submitted > now + CLOCK_SLACK_MS,
			answers: new Map(r.answers.map((a) => [a.questionId, a])),
			result: r,
			index: counted.index
		});
	}
	const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
	rows.sort(
		(a, b) => collator.compare(a.key, b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
	);
	flagged.sort((a, b) => a.index - b.index);

	const columns: string[] = [];
	const seen = new Set<string>();
	for (const row of rows)
		for (const a of row.result.answers)
			if (!seen.has(a.questionId)) {
				seen.add(a.questionId);
				columns.push(a.questionId);
			}

	const items: ItemStat[] = columns.map((questionId) => {
		const scores = rows.flatMap((row) => {
			const answer = row.answers.get(questionId);
			return answer ? [answer.score] : [];
		});
		return {
			questionId,
			answered: scores.length,
			right: scores.filter((s) => s === 1).length,
			successRate: scores.reduce((sum, s) => sum + s, 0) / scores.length
		};
	});
	const order = new Map(columns.map((c, i) => [c, i]));
	items.sort(
		(a, b) =>
			a.successRate - b.successRate ||
			b.answered - a.answered ||
			(order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0)
	);

	return {
		assignmentId: id,
		rows,
		columns,
		items,
		flagged,
		summary: {
			students: rows.length,
			meanPercent: rows.length ? rows.reduce((sum, r) => sum + r.percent, 0) / rows.length : null,
			late: rows.filter((r) => r.lateByDeviceClock === true).length,
			flagged: flagged.length
		}
	};
}
