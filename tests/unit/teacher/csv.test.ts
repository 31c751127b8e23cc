import { describe, expect, it } from 'vitest';
import { csvText, gradebookCsv } from '../../../src/lib/teacher/csv.ts';
import { buildGradebook } from '../../../src/lib/teacher/gradebook.ts';
import { codeOf } from '../../fixtures/teacher/class.ts';
import { sampleAssignment } from '../../fixtures/teacher/sample.ts';

/** A strict RFC 4180 reader, written for the test: records of fields, CRLF line ends. */
function readCsv(text: string, delimiter = ','): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	let quoted = false;
	while (i < text.length) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i += 2;
			} else if (c === '"') {
				quoted = false;
				i++;
			} else {
				field += c;
				i++;
			}
		} else if (c === '"' && field === '') {
			quoted = true;
			i++;
		} else if (c === delimiter) {
			row.push(field);
			field = '';
			i++;
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i += 2;
		} else if (c === '\n' || c === '\r' || c === '"') {
			throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
		} else {
			field += c;
			i++;
		}
	}
	if (field !== '' || row.length) throw new Error('last line has no CRLF');
	return rows;
}

const a = { ...sampleAssignment, perStudentVariant: false };
const names = [
	'Nurlanov, Aigerim',
	'Ли Вэй "Wei"',
	'=HYPERLINK("http://x")',
	'+7 701',
	'@me',
	'-1'
];
const g = buildGradebook(
	a,
	names.map((name, i) => codeOf(a, { name, scores: { 'q:1': i % 2, 'q:2': 0.5 } }))
);

describe('gradebookCsv', () => {
	const csv = gradebookCsv(g);

	it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('has a header, one row per student and a success-rate row, all the same width', () => {
		const rows = readCsv(csv.slice(1));
		expect(rows).toHaveLength(1 + names.length + 1);
		expect(new Set(rows.map((r) => r.length)).size).toBe(1);
		expect(rows[0].slice(-2)).toEqual(['q:1', 'q:2']);
		expect(rows[0]).toContain("Late (by student's device clock)");
		expect(rows.at(-1)?.[0]).toBe('Class success rate');
		expect(rows.at(-1)?.slice(-1)).toEqual(['0.5']);
	});

	it('keeps names with commas, quotes and non-Latin letters intact', () => {
		const read = readCsv(csv.slice(1)).map((r) => r[0]);
		expect(read).toContain('Nurlanov, Aigerim');
		expect(read).toContain('Ли Вэй "Wei"');
	});

	it('neutralises cells that a spreadsheet would run as a formula', () => {
		const read = readCsv(csv.slice(1)).map((r) => r[0]);
		expect(read).toContain(`'=HYPERLINK("http://x")`);
		expect(read).toContain("'+7 701");
		expect(read).toContain("'@me");
		expect(read).toContain("'-1");
		for (const cell of readCsv(csv.slice(1)).flat()) expect(cell).not.toMatch(/^[=+@]/);
	});

	it('writes numbers a spreadsheet can add up', () => {
		const rows = readCsv(csv.slice(1));
		const row = rows.find((r) => r[0] === 'Nurlanov, Aigerim');
		expect(row?.slice(1, 5)).toEqual(['0.5', '2', '25', '10']);
		expect(row?.[6]).toBe('2026-11-28 22:00:00');
	});

	it('uses semicolons and decimal commas when asked', () => {
		const rows = readCsv(gradebookCsv(g, { delimiter: ';' }).slice(1), ';');
		const row = rows.find((r) => r[0] === 'Nurlanov, Aigerim');
		expect(row?.slice(1, 4)).toEqual(['0,5', '2', '25']);
	});
});

describe('csvText', () => {
	it.each([
		['plain', '"plain"'],
		['=1+1', `"'=1+1"`],
		['  =1+1', `"'  =1+1"`],
		['\t=1', `"'\t=1"`],
		['\r=1', `"'\r=1"`],
		['say "hi"', '"say ""hi"""'],
		['a\r\nb', '"a\r\nb"']
	])('%j -> %j', (input, expected) => {
		expect(csvText(input)).toBe(expected);
	});
});
