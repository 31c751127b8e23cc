// /teach, /teach/results and /assignment ship the pruned dataset and build the same assignment
// variants as the full one (see shared.ts).
import { describe, expect, it } from 'vitest';
import { buildVariant, variantInput } from '../../../../src/lib/components/teacher/variant.ts';
import type { Assignment } from '../../../../src/lib/teacher/assignment.ts';
import { load as assignmentLoad } from '../../../../src/routes/assignment/+page.server.ts';
import { load as teachLoad } from '../../../../src/routes/teach/+page.server.ts';
import { load as resultsLoad } from '../../../../src/routes/teach/results/+page.server.ts';
import {
	course,
	courseLessons,
	full,
	fullExtra,
	SEEDS,
	ship,
	expectPrunedQuizData
} from './shared.ts';

const pages = {
	'/teach': ship(teachLoad()),
	'/teach/results': ship(resultsLoad()),
	'/assignment': ship(assignmentLoad())
};
const student = pages['/assignment'];

const names = ['Aigerim Nurlanovna', 'Ержан', 'Li Wei', ''];
const base: Assignment = {
	title: 'Test',
	lessons: [],
	modules: [],
	questionsPerLesson: 5,
	mode: 'test',
	perStudentVariant: true,
	seed: 1,
	createdAt: '2026-01-01T00:00:00.000Z',
	datasetVersion: full.version
};
const assignments: Assignment[] = [
	...courseLessons.map((l) => ({ ...base, lessons: [l] })),
	...course.modules.map((m) => ({ ...base, modules: [m.id], questionsPerLesson: 3 })),
	{ ...base, modules: course.modules.map((m) => m.id), questionsPerLesson: 20 },
	{
		...base,
		lessons: courseLessons.slice(0, 5),
		modules: [course.modules[course.modules.length - 1].id],
		questionsPerLesson: 1
	},
	{ ...base, lessons: ['no-such-lesson'] },
	{ ...base, lessons: [courseLessons[2]], perStudentVariant: false }
];

describe('teacher pages', () => {
	it.each(Object.entries(pages))(
		'%s ships the pruned records without the fact index, and the same hand-written questions',
		(_, page) => {
			expectPrunedQuizData(page.quiz);
		}
	);

	it('the teacher pages and the student page build from the same data and outline', () => {
		// so the printed sheet, the drill-down and the student's page agree (checked below once)
		expect(pages['/teach']).toEqual(student);
		expect(pages['/teach/results']).toEqual(student);
	});

	it(
		'each student variant, the shared variant and recorded seeds give the same questions',
		{ timeout: 120_000 },
		() => {
			const pruned = variantInput(student.quiz);
			const before = { dataset: full, extra: fullExtra };
			for (const [i, seed] of SEEDS.slice(0, 8).entries())
				for (const a0 of assignments) {
					const a = { ...a0, seed: seed * 31 + i };
					for (const who of [{}, { seed }, ...names.map((name) => ({ name }))])
						expect(
							buildVariant(a, who, pruned, student.outline),
							`${JSON.stringify(a)} ${JSON.stringify(who)}`
						).toEqual(buildVariant(a, who, before, student.outline));
				}
		}
	);
});
