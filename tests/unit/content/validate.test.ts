import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/content/issues.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { smallDataset } from './dataset/fixtures.ts';

const course = `title: Corridor
tagline: A test course.
modules:
  - id: the-deals
    title: The deals
    summary: What was signed.
    lessons: [the-forum]
`;
const lesson = (concepts: string, body: string) => `---
title: The forum
summary: What was signed.
objectives:
  - Describe the forum.
concepts: [${concepts}]
sources: [seed]
---

${body}
`;

function run(concepts: string, body: string) {
	return validateContent(
		{
			...smallDataset(),
			'content/course.yaml': course,
			'content/lessons/01-the-forum.md': lesson(concepts, body)
		},
		new Set(['/'])
	);
}

describe('validateContent', () => {
	it('accepts lessons whose facts, terms and concepts exist, with one summary line per type', () => {
		const r = run('deep-processing', 'It cost <Fact key="deal/fufeng-corn/investment" />. <Term id="lysine" />');
		expect(r.issues.map(formatIssue)).toEqual([]);
		expect(r.dataset).toBeDefined();
		expect(r.summary.map((s) => s.type)).toEqual([
			'modules',
			'lessons',
			'sources',
			'glossary',
			'regions',
			'companies',
			'events',
			'deals',
			'sezs',
			'indicators',
			'timeline',
			'facts'
		]);
	});

	it('names the lesson file and field for unknown fact keys, terms and concepts', () => {
		const r = run('sez', 'It cost <Fact key="deal/fufeng-corn/price" />. <Term id="gluten" />');
		expect(r.issues.map(formatIssue).sort()).toEqual(
			[
				'content/lessons/01-the-forum.md: concepts.0: unknown concept (not in the glossary) "sez"',
				'content/lessons/01-the-forum.md: body: unknown term (not in the glossary) "gluten"',
				'content/lessons/01-the-forum.md: body: unknown fact key "deal/fufeng-corn/price"'
			].sort()
		);
	});

	it('lets a fact leave out its date only where its paragraph names the year', () => {
		const ok = run(
			'deep-processing',
			'In December 2025 there were <Fact key="indicator/sez-count" dated="in-text" /> zones.'
		);
		expect(ok.issues.map(formatIssue)).toEqual([]);
		const r = run(
			'deep-processing',
			[
				'There are <Fact key="indicator/sez-count" dated="in-text" /> zones.',
				'It cost <Fact key="deal/fufeng-corn/investment" dated="in-text" /> in 2025.'
			].join('\n\n')
		);
		expect(r.issues.map(formatIssue).sort()).toEqual(
			[
				'content/lessons/01-the-forum.md: body: <Fact key="indicator/sez-count" dated="in-text"> leaves out its date (2025-12-25), but its paragraph does not name 2025',
				'content/lessons/01-the-forum.md: body: <Fact key="deal/fufeng-corn/investment" dated="in-text">: this fact has no as-of date to leave out'
			].sort()
		);
		const bad = run('deep-processing', 'Then <Fact key="indicator/sez-count" dated="soon" />.');
		expect(bad.issues.map(formatIssue)).toEqual([
			'content/lessons/01-the-forum.md: body: <Fact> dated="soon" must be "in-text" (or left out)'
		]);
	});

	it('reports dataset problems alongside lesson problems', () => {
		const files: Record<string, string> = {
			...smallDataset(),
			'content/course.yaml': course,
			'content/lessons/01-the-forum.md': lesson('deep-processing', 'Text.')
		};
		files['content/data/deals.yaml'] = files['content/data/deals.yaml'].replace(
			'value: zhambyl,',
			'value: atlantis,'
		);
		const r = validateContent(files, new Set(['/']));
		expect(r.dataset).toBeUndefined();
		expect(r.issues.map(formatIssue)).toEqual([
			'content/data/deals.yaml: fufeng-corn: region.value: unknown region "atlantis"'
		]);
	});

	it('names unknown deal, indicator and timeline ids and unknown chart measures', () => {
		const r = run(
			'deep-processing',
			'<DealMap highlight="fufeng-corn,no-deal" />\n\n<IndicatorChart ids="sez-count,no-ind" title="x" />\n\n<Timeline ids="bri-announced,no-event" />\n\n<DealChart measure="price" />'
		);
		expect(r.issues.map(formatIssue).sort()).toEqual([
			'content/lessons/01-the-forum.md: body: unknown <DealChart> measure (use investment or jobs) "price"',
			'content/lessons/01-the-forum.md: body: unknown deal id in <DealMap highlight> "no-deal"',
			'content/lessons/01-the-forum.md: body: unknown indicator id in <IndicatorChart ids> "no-ind"',
			'content/lessons/01-the-forum.md: body: unknown timeline id in <Timeline ids> "no-event"'
		]);
	});
});
