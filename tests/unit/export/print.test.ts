import { describe, expect, it } from 'vitest';
import { buildPrintModel, type PrintableQuestion } from '../../../src/lib/export/print.ts';
import { studentSeed } from '../../../src/lib/teacher/names.ts';
import { sampleAssignment } from '../../fixtures/teacher/sample.ts';

const common = { explanation: 'Because the source says so.', sources: ['src-1'] };
const choices = [
	{ id: 'x', text: 'Zhambyl Region' },
	{ id: 'y', text: 'Kostanay Region' },
	{ id: 'z', text: 'Turkistan Region' }
];
const questions: PrintableQuestion[] = [
	{ ...common, id: 'g:single', kind: 'single', prompt: 'Where?', choices, answer: 'y' },
	{ ...common, id: 'g:multi', kind: 'multi', prompt: 'Which?', choices, answer: ['x', 'z'] },
	{ ...common, id: 'g:tf', kind: 'true-false', prompt: 'True?', answer: false },
	{
		...common,
		id: 'g:num',
		kind: 'numeric',
		prompt: 'How much?',
		answer: 1_500_000_000,
		unit: 'million US dollars',
		scale: 1e6
	},
	{ ...common, id: 'g:ord', kind: 'ordering', prompt: 'Order?', choices, answer: ['z', 'x', 'y'] },
	{
		...common,
		id: 'g:match',
		kind: 'matching',
		prompt: 'Match.',
		items: [
			{ id: 'i1', text: 'Corn' },
			{ id: 'i2', text: 'Wheat' }
		],
		choices: [
			{ id: 'c1', text: 'Gluten' },
			{ id: 'c2', text: 'Lysine' }
		],
		answer: { i1: 'c2', i2: 'c1' }
	},
	{
		...common,
		id: 'g:region',
		kind: 'region-pick',
		prompt: 'Pick.',
		regions: [
			{ id: 'ulytau', name: 'Ulytau' },
			{ id: 'abai', name: 'Abai' }
		],
		answer: 'abai'
	}
];

describe('buildPrintModel', () => {
	const model = buildPrintModel(sampleAssignment, [{ seed: 1, questions }], {
		titles: { 'deep-processing': 'Deep processing', 'the-deals': 'The deals' },
		timeZone: 'Asia/Almaty'
	});
	const [sheet] = model.worksheets;
	const [key] = model.answerKeys;

	it('heads each sheet with the title, what it covers and the due date in the given zone', () => {
		expect(sheet.title).toBe('Week 3: adding value');
		expect(sheet.details[0]).toBe(
			'Covers: The deals, Deep processing, and clusters-and-contract-farming.'
		);
		// 18:00 UTC on 1 December is 23:00 in Almaty (UTC+5).
		expect(sheet.details[1]).toMatch(/^Due: 1 December 2026 at 23:00\.$/);
	});

	it('numbers questions and letters choices by position, without answers', () => {
		expect(sheet.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(sheet.items[0].options).toEqual([
			{ label: 'A', text: 'Zhambyl Region' },
			{ label: 'B', text: 'Kostanay Region' },
			{ label: 'C', text: 'Turkistan Region' }
		]);
		expect(sheet.items[3]).toMatchObject({ options: [], answerLines: 1 });
		expect(sheet.items[3].instruction).toBe('Write a number. Give it in million US dollars.');
		expect(sheet.items[5].matchItems.map((m) => m.label)).toEqual(['1', '2']);
		expect(JSON.stringify(sheet)).not.toMatch(/Because the source|"answer"/);
	});

	it('gives an answer key that uses the sheet’s labels', () => {
		expect(key.items.map((i) => i.answer)).toEqual([
			'B. Kostanay Region',
			'A. Zhambyl Region; C. Turkistan Region',
			'False',
			'1,500 million US dollars',
			'C, A, B',
			'1 – B; 2 – A',
			'B. Abai'
		]);
		expect(key.items[0]).toMatchObject({ explanation: common.explanation, sources: ['src-1'] });
	});

	it('makes one sheet and one key per named student, in order', () => {
		const names = ['Aigerim Nurlanovna', 'Daniyar'];
		const variants = names.map((studentName, i) => ({
			studentName,
			seed: studentSeed(sampleAssignment, studentName),
			questions: questions.slice(i, i + 2)
		}));
		const m = buildPrintModel(sampleAssignment, variants);
		expect(m.worksheets.map((w) => [w.studentName, w.seed])).toEqual(
			variants.map((v) => [v.studentName, v.seed])
		);
		expect(m.answerKeys.map((k) => k.items[0].questionId)).toEqual(['g:single', 'g:multi']);
	});
});
