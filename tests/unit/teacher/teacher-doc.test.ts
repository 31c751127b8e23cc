import { describe, expect, it } from 'vitest';
import { assignmentId, type Assignment } from '../../../src/lib/teacher/assignment.ts';
import {
	addAssignment,
	addReceived,
	emptyTeacherDoc,
	exportTeacherDoc,
	gradebookFor,
	importTeacherDoc,
	mergeTeacherDocs,
	removeAssignment,
	removeReceived
} from '../../../src/lib/teacher/teacher-doc.ts';
import { resultFile } from '../../../src/lib/teacher/result.ts';
import { codeOf, resultOf } from '../../fixtures/teacher/class.ts';
import { sampleAssignment } from '../../fixtures/teacher/sample.ts';

const a: Assignment = sampleAssignment;
const b: Assignment = { ...sampleAssignment, title: 'Week 4', seed: 42 };
const idA = assignmentId(a);
const day1 = Date.parse('2026-11-29T10:00:00.000Z');
const day2 = Date.parse('2026-11-30T10:00:00.000Z');
const aigerim = codeOf(a, { name: 'Aigerim', scores: { 'q:1': 1 } });
const daniyar = codeOf(a, { name: 'Daniyar', scores: { 'q:1': 0 } });

describe('teacher document', () => {
	it('keeps codes received over several days and builds the gradebook from them', () => {
		let doc = addAssignment(emptyTeacherDoc(), a, day1);
		doc = addReceived(doc, idA, [aigerim, 'not a code'], day1).doc;
		const second = addReceived(doc, idA, [`  ${aigerim}\n`, daniyar, ''], day2);
		expect(second).toMatchObject({ added: 1, alreadyStored: 1, blank: 1 });
		doc = second.doc;
		expect(doc.assignments[0].received.map((r) => r.receivedAt)).toEqual([
			'2026-11-29T10:00:00.000Z',
			'2026-11-29T10:00:00.000Z',
			'2026-11-30T10:00:00.000Z'
		]);
		const g = gradebookFor(doc, idA);
		expect(g?.rows.map((r) => r.name)).toEqual(['Aigerim', 'Daniyar']);
		expect(g?.flagged.map((f) => f.reason)).toEqual(['unreadable']);
	});

	it('adds an assignment once and removes assignments and received entries', () => {
		let doc = addAssignment(emptyTeacherDoc(), a, day1);
		expect(addAssignment(doc, { ...a }, day2)).toBe(doc);
		doc = addAssignment(doc, b, day2);
		doc = addReceived(doc, idA, [aigerim, daniyar], day2).doc;
		doc = removeReceived(doc, idA, 0);
		expect(doc.assignments[0].received.map((r) => r.text)).toEqual([daniyar]);
		doc = removeAssignment(doc, idA);
		expect(doc.assignments.map((e) => e.assignment.title)).toEqual(['Week 4']);
		expect(addReceived(doc, idA, [aigerim], day2)).toMatchObject({ added: 0 });
	});

	it('exports and imports without loss', () => {
		let doc = addAssignment(addAssignment(emptyTeacherDoc(), a, day1), b, day1);
		doc = addReceived(
			doc,
			idA,
			[aigerim, resultFile(resultOf(a, { name: 'E', scores: { 'q:1': 0 } }))],
			day2
		).doc;
		const text = exportTeacherDoc(doc);
		expect(JSON.parse(text)).toMatchObject({ app: 'corridor', kind: 'teacher', version: 1 });
		expect(importTeacherDoc(text)).toEqual({ ok: true, doc });
	});

	it('explains why a file cannot be imported', () => {
		const good = exportTeacherDoc(addAssignment(emptyTeacherDoc(), a, day1));
		const newer = JSON.stringify({ ...JSON.parse(good), version: 2 });
		const result = resultFile(resultOf(a, { name: 'A', scores: { 'q:1': 1 } }));
		const broken = JSON.parse(good);
		broken.data.assignments[0].assignment.questionsPerLesson = 0;
		expect(importTeacherDoc('')).toEqual({ ok: false, error: 'The file is empty.' });
		expect(importTeacherDoc(good.slice(0, 50))).toMatchObject({
			error: expect.stringMatching(/damaged/)
		});
		expect(importTeacherDoc('name,score')).toMatchObject({
			error: expect.stringMatching(/not a Corridor/)
		});
		expect(importTeacherDoc(newer)).toMatchObject({
			error: expect.stringMatching(/newer version/)
		});
		expect(importTeacherDoc(result)).toMatchObject({
			error: expect.stringMatching(/student result file/)
		});
		expect(importTeacherDoc(JSON.stringify(broken))).toMatchObject({
			error: expect.stringMatching(/questionsPerLesson/)
		});
	});

	it('merges an imported document into the current one without losing anything', () => {
		const mine = addReceived(addAssignment(emptyTeacherDoc(), a, day2), idA, [daniyar], day2).doc;
		let theirs = addAssignment(addAssignment(emptyTeacherDoc(), a, day1), b, day1);
		theirs = addReceived(theirs, idA, [aigerim, daniyar], day1).doc;
		const merged = mergeTeacherDocs(mine, theirs);
		expect(merged.assignments.map((e) => e.assignment.title)).toEqual([a.title, b.title]);
		expect(merged.assignments[0].received.map((r) => r.text)).toEqual([aigerim, daniyar]);
		expect(merged.assignments[0].addedAt).toBe('2026-11-29T10:00:00.000Z');
		expect(mergeTeacherDocs(merged, theirs)).toEqual(merged);
	});
});
