// The gradebook as CSV for spreadsheet programs: UTF-8 with a byte-order mark (so Excel reads
// non-Latin names), CRLF line ends, RFC 4180 quoting, and text cells that could start a formula
// neutralised. Pure: must not import Svelte, $app or browser globals.
import type { Gradebook, GradebookRow } from './gradebook.ts';

export interface CsvOptions {
	/**
	 * ',' (default) or ';' for spreadsheet programs set to a language that writes decimal commas
	 * (Russian, Kazakh, German, ...); with ';' numbers are written with a decimal comma.
	 */
	delimiter?: ',' | ';';
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell, quoted. A cell whose text (ignoring leading spaces) starts with = + - @, a tab or a
 * carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running
 * it as a formula.
 */
export function csvText(value: string): string {
	const safe =
		FORMULA_START.test(value) || FORMULA_START.test(value.trimStart()) ? `'${value}` : value;
	return `"${safe.replace(/"/g, '""')}"`;
}

function csvNumber(value: number, decimals: number, delimiter: ',' | ';'): string {
	const factor = 10 ** decimals;
	const text = String(Math.round(value * factor) / factor);
	return delimiter === ';' ? text.replace('.', ',') : text;
}

function csvInstant(instant: string): string {
	// "2026-11-30 09:21:30": a form spreadsheets recognise as a date and time.
	return instant.slice(0, 19).replace('T', ' ');
}

function notes(row: GradebookRow): string[] {
	const out: string[] = [];
	if (!row.seedMatches) out.push('The seed does not match this name');
	if (!row.datasetMatches) out.push('The course data has changed since this attempt');
	if (row.clockAhead) out.push("The student's device clock was ahead of yours");
	if (row.overAttemptLimit) out.push('More attempts than allowed');
	return out;
}

export function gradebookCsv(gradebook: Gradebook, options: CsvOptions = {}): string {
	const d = options.delimiter ?? ',';
	const header = [
		'Name',
		'Score',
		'Out of',
		'Percent',
		'Time (minutes)',
		"Started (student's device clock, UTC)",
		"Submitted (student's device clock, UTC)",
		"Late (by student's device clock)",
		'Attempts received',
		'Notes',
		...gradebook.columns
	].map(csvText);
	const lines = [header.join(d)];
	for (const row of gradebook.rows) {
		const cells = [
			csvText(row.name),
			csvNumber(row.score, 3, d),
			csvNumber(row.maxScore, 0, d),
			csvNumber(row.percent, 1, d),
			csvNumber(row.durationMs / 60_000, 1, d),
			csvText(csvInstant(row.startedAt)),
			csvText(csvInstant(row.submittedAt)),
			csvText(row.lateByDeviceClock === null ? '' : row.lateByDeviceClock ? 'yes' : 'no'),
			csvNumber(row.attempts, 0, d),
			csvText(notes(row).join('; ')),
			...gradebook.columns.map((id) => {
				const answer = row.answers.get(id);
				return answer ? csvNumber(answer.score, 3, d) : '';
			})
		];
		lines.push(cells.join(d));
	}
	const rate = new Map(gradebook.items.map((i) => [i.questionId, i.successRate]));
	lines.push(
		[
			csvText('Class success rate'),
			...Array.from({ length: 9 }, () => ''),
			...gradebook.columns.map((id) => csvNumber(rate.get(id) ?? 0, 3, d))
		].join(d)
	);
	return '\uFEFF' + lines.map((l) => l + '\r\n').join('');
}
