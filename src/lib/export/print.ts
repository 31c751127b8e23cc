// Print models for an assignment: a worksheet without answers and a separate answer key, optionally
// one of each per named student (their own variant). Takes questions the quiz engine has already
// generated (any object with the fields below fits, so this module does not import lib/quiz) and
// returns plain data for a print page to render. Pure: must not import Svelte, $app or browser
// globals.
import { dateLocale } from '../content/format.ts';
import type { Assignment } from '../teacher/assignment.ts';

interface Option {
	id: string;
	text: string;
}

/** The parts of a quiz question that printing needs. */
export type PrintableQuestion = {
	id: string;
	prompt: string;
	explanation: string;
	sources: readonly string[];
} & (
	| { kind: 'single'; choices: readonly Option[]; answer: string }
	| { kind: 'multi'; choices: readonly Option[]; answer: readonly string[] }
	| { kind: 'true-false'; answer: boolean }
	| { kind: 'numeric'; answer: number; unit: string; scale?: number }
	| { kind: 'ordering'; choices: readonly Option[]; answer: readonly string[] }
	| {
			kind: 'matching';
			items: readonly Option[];
			choices: readonly Option[];
			answer: Readonly<Record<string, string>>;
	  }
	| { kind: 'region-pick'; regions: readonly { id: string; name: string }[]; answer: string }
);

export interface PrintOption {
	/** A, B, C... by position on the sheet */
	label: string;
	text: string;
}

export interface WorksheetItem {
	number: number;
	questionId: string;
	prompt: string;
	/** a whole sentence telling the student how to answer */
	instruction: string;
	options: PrintOption[];
	/** matching only: the numbered items to match with the lettered options */
	matchItems: PrintOption[];
	/** lines to leave for a written answer (numeric and ordering) */
	answerLines: number;
}

export interface AnswerKeyItem {
	number: number;
	questionId: string;
	/** the correct answer as the sheet labels it, e.g. "B. Zhambyl Region" */
	answer: string;
	explanation: string;
	sources: string[];
}

export interface PrintSheet {
	title: string;
	/** e.g. "Covers: ..." and "Due: ..."; each a complete line */
	details: string[];
	/** the student this variant is for; absent for the shared variant */
	studentName?: string;
	seed: number;
}

export interface Worksheet extends PrintSheet {
	items: WorksheetItem[];
}

export interface AnswerKey extends PrintSheet {
	items: AnswerKeyItem[];
}

export interface PrintVariant {
	/** as typed by the teacher; absent for one shared sheet */
	studentName?: string;
	seed: number;
	questions: readonly PrintableQuestion[];
}

export interface PrintOptions {
	/** lesson and module titles by id, for the "Covers" line; ids are shown when missing */
	titles?: Readonly<Record<string, string>>;
	locale?: string;
	/** IANA time zone for the due date, e.g. "Asia/Almaty"; UTC when absent */
	timeZone?: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function label(i: number): string {
	return i < LETTERS.length ? LETTERS[i] : `${LETTERS[Math.floor(i / 26) - 1]}${LETTERS[i % 26]}`;
}

function lettered(options: readonly Option[]): PrintOption[] {
	return options.map((o, i) => ({ label: label(i), text: o.text }));
}

function letterOf(options: readonly Option[], id: string): string {
	const i = options.findIndex((o) => o.id === id);
	return i < 0 ? '?' : label(i);
}

function worksheetItem(q: PrintableQuestion, number: number): WorksheetItem {
	const base = { number, questionId: q.id, prompt: q.prompt, matchItems: [], answerLines: 0 };
	switch (q.kind) {
		case 'single':
			return { ...base, instruction: 'Choose one answer.', options: lettered(q.choices) };
		case 'multi':
			return { ...base, instruction: 'Choose every correct answer.', options: lettered(q.choices) };
		case 'true-false':
			return {
				...base,
				instruction: 'Is this true or false?',
				options: [
					{ label: 'A', text: 'True' },
					{ label: 'B', text: 'False' }
				]
			};
		case 'numeric':
			return {
				...base,
				instruction: `Write a number. Give it in ${q.unit}.`,
				options: [],
				answerLines: 1
			};
		case 'ordering':
			return {
				...base,
				instruction: 'Put these in order. Write the letters from first to last.',
				options: lettered(q.choices),
				answerLines: 1
			};
		case 'matching':
			return {
				...base,
				instruction: 'Match each numbered item with one lettered answer.',
				options: lettered(q.choices),
				matchItems: q.items.map((item, i) => ({ label: String(i + 1), text: item.text }))
			};
		case 'region-pick':
			return {
				...base,
				instruction: 'Choose one region.',
				options: q.regions.map((r, i) => ({ label: label(i), text: r.name }))
			};
	}
}

function answerText(q: PrintableQuestion, locale: string): string {
	switch (q.kind) {
		case 'single':
			return `${letterOf(q.choices, q.answer)}. ${q.choices.find((c) => c.id === q.answer)?.text ?? ''}`;
		case 'multi':
			return q.answer
				.map(
					(id) => `${letterOf(q.choices, id)}. ${q.choices.find((c) => c.id === id)?.text ?? ''}`
				)
				.join('; ');
		case 'true-false':
			return q.answer ? 'True' : 'False';
		case 'numeric': {
			// The answer is in base units; the student writes it in the question's unit.
			const shown = q.answer / (q.scale ?? 1);
			return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(shown)} ${q.unit}`;
		}
		case 'ordering':
			return q.answer.map((id) => letterOf(q.choices, id)).join(', ');
		case 'matching':
			return q.items
				.map((item, i) => `${i + 1} – ${letterOf(q.choices, q.answer[item.id] ?? '')}`)
				.join('; ');
		case 'region-pick': {
			const i = q.regions.findIndex((r) => r.id === q.answer);
			return i < 0 ? '?' : `${label(i)}. ${q.regions[i].name}`;
		}
	}
}

function details(a: Assignment, options: PrintOptions): string[] {
	const locale = options.locale ?? 'en';
	const name = (id: string) => options.titles?.[id] ?? id;
	const covered = [...a.modules.map(name), ...a.lessons.map(name)];
	const lines = [
		`Covers: ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(covered)}.`
	];
	if (a.dueAt)
		lines.push(
			`Due: ${new Intl.DateTimeFormat(dateLocale(locale), {
				dateStyle: 'long',
				timeStyle: 'short',
				timeZone: options.timeZone ?? 'UTC'
			}).format(new Date(a.dueAt))}.`
		);
	return lines;
}

/**
 * One worksheet and one answer key per variant, in the same order. Questions are numbered from 1
 * and choices lettered by their position, so the key matches the sheet it belongs to.
 */
export function buildPrintModel(
	assignment: Assignment,
	variants: readonly PrintVariant[],
	options: PrintOptions = {}
): { worksheets: Worksheet[]; answerKeys: AnswerKey[] } {
	const locale = options.locale ?? 'en';
	const lines = details(assignment, options);
	const head = (v: PrintVariant): PrintSheet => ({
		title: assignment.title,
		details: lines,
		seed: v.seed,
		...(v.studentName !== undefined ? { studentName: v.studentName } : {})
	});
	return {
		worksheets: variants.map((v) => ({
			...head(v),
			items: v.questions.map((q, i) => worksheetItem(q, i + 1))
		})),
		answerKeys: variants.map((v) => ({
			...head(v),
			items: v.questions.map((q, i) => ({
				number: i + 1,
				questionId: q.id,
				answer: answerText(q, locale),
				explanation: q.explanation,
				sources: [...q.sources]
			}))
		}))
	};
}
