import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/content/issues.ts';
import { verifyQuestion } from '../../../src/lib/quiz/check.ts';
import { loadHandWritten } from '../../../src/lib/quiz/hand-written.ts';
import { questionSchema, type Question } from '../../../src/lib/quiz/model.ts';
import { fixtureDataset } from '../../fixtures/quiz/dataset.ts';

const ds = fixtureDataset();
const known = {
	lessons: new Set(['the-astana-forum', 'deep-processing']),
	sources: new Set(ds.sources.map((s) => s.id)),
	concepts: new Set(ds.glossary.map((g) => g.id)),
	dataset: ds
};
const good = `
- id: hand:mou-binding
  kind: single
  prompt: How binding is a memorandum of understanding, usually?
  choices:
    - { id: a, text: It records intentions and is usually not binding }
    - { id: b, text: It is a binding investment contract }
    - { id: c, text: It is a law passed by parliament }
  answer: a
  explanation: "An MoU usually records a shared intention and is not enforced by courts. Source: Source S02 title."
  sources: [S02]
  concepts: [deep-processing]
  difficulty: 1
`;
const load = (file: string, text: string) => loadHandWritten({ [file]: text }, known);

describe('hand-written questions', () => {
	it('load with the lesson taken from the file name', () => {
		const r = load('content/questions/the-astana-forum.yaml', good);
		expect(r.issues).toEqual([]);
		expect(r.questions[0]).toMatchObject({
			id: 'hand:mou-binding',
			lesson: { slug: 'the-astana-forum' }
		});
	});

	it.each([
		[
			'malformed YAML',
			'content/questions/the-astana-forum.yaml',
			'- id: [unclosed',
			/not valid YAML/
		],
		['not a list', 'content/questions/the-astana-forum.yaml', 'id: x', /list of questions/],
		['unknown lesson', 'content/questions/no-such-lesson.yaml', good, /no lesson "no-such-lesson"/],
		[
			'unknown source',
			'content/questions/the-astana-forum.yaml',
			good.replace('[S02]', '[S999]'),
			/unknown source "S999"/
		],
		[
			'unknown concept',
			'content/questions/the-astana-forum.yaml',
			good.replace('[deep-processing]', '[nonsense]'),
			/unknown concept/
		],
		[
			'key not a choice',
			'content/questions/the-astana-forum.yaml',
			good.replace('answer: a', 'answer: z'),
			/key scores/
		],
		[
			'missing explanation',
			'content/questions/the-astana-forum.yaml',
			good.replace(/ {2}explanation:.*\n/, ''),
			/explanation/
		],
		[
			'duplicate choice text',
			'content/questions/the-astana-forum.yaml',
			good.replace('It is a law passed by parliament', 'It is a binding investment contract'),
			/read the same/
		],
		[
			'bad difficulty',
			'content/questions/the-astana-forum.yaml',
			good.replace('difficulty: 1', 'difficulty: 5'),
			/1 \(easy\)/
		]
	])('report %s with file, record and a clear message', (_, file, text, message) => {
		const r = load(file, text);
		expect(r.issues.length).toBeGreaterThan(0);
		const lines = r.issues.map(formatIssue);
		expect(lines.some((l) => message.test(l))).toBe(true);
		expect(lines.every((l) => l.startsWith(file))).toBe(true);
	});
});

describe('verifyQuestion', () => {
	const q = questionSchema.parse({
		id: 't:x',
		kind: 'single',
		generator: 't',
		prompt: 'Q?',
		choices: [
			{ id: 'a', text: 'One' },
			{ id: 'b', text: 'Two' }
		],
		answer: 'a',
		explanation: 'Because. Source: Source S02 title.',
		sources: ['S02'],
		lesson: { slug: 'deep-processing' },
		difficulty: 1
	});
	it('passes a sound item', () => expect(verifyQuestion(q, ds)).toEqual([]));
	it('catches an explanation that names no source', () =>
		expect(verifyQuestion({ ...q, explanation: 'Because.' }, ds).join()).toMatch(/source/));
	it('catches a multi item where another subset also scores full marks', () => {
		const bad = { ...q, kind: 'multi', answer: ['a', 'a'] } as unknown as Question;
		expect(verifyQuestion(bad, ds).length).toBeGreaterThan(0);
	});
});
