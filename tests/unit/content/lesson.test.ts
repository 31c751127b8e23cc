import { describe, expect, it } from 'vitest';
import { parseLesson, WORDS_PER_MINUTE } from '../../../src/lib/content/lesson.ts';
import { formatIssue } from '../../../src/lib/content/issues.ts';

const good = `---
title: Special economic zones
summary: What SEZs offer.
objectives:
  - Explain what an SEZ is.
concepts: [sez]
sources: [seed]
---

<script>
	import { Fact } from '$lib/markdown';
</script>

Intro text here.

## What a zone offers

The plant costs <Fact key="deal/fufeng/investment" />. See the [glossary](../glossary).

### Taxes

More text.

## What a zone offers
`;

describe('parseLesson', () => {
	it('derives slug and number from the file name', () => {
		const { lesson, issues } = parseLesson('content/lessons/03-sez.md', good);
		expect(issues).toEqual([]);
		expect(lesson?.slug).toBe('sez');
		expect(lesson?.number).toBe(3);
	});

	it('builds a table of contents with unique GitHub-style ids', () => {
		const { lesson } = parseLesson('content/lessons/03-sez.md', good);
		expect(lesson?.toc).toEqual([
			{ depth: 2, text: 'What a zone offers', id: 'what-a-zone-offers' },
			{ depth: 3, text: 'Taxes', id: 'taxes' },
			{ depth: 2, text: 'What a zone offers', id: 'what-a-zone-offers-1' }
		]);
	});

	it('lists facts and links used in the body, ignoring the script block', () => {
		const { lesson } = parseLesson('content/lessons/03-sez.md', good);
		expect(lesson?.factKeys).toEqual(['deal/fufeng/investment']);
		expect(lesson?.links).toEqual(['../glossary']);
	});

	it('computes reading time from the words, never from frontmatter', () => {
		const words = Array.from({ length: WORDS_PER_MINUTE * 4 }, (_, i) => `word${i}`).join(' ');
		const src = good.replace('Intro text here.', words);
		const { lesson } = parseLesson('content/lessons/03-sez.md', src);
		expect(lesson?.readingMinutes).toBe(4);
		const short = parseLesson('content/lessons/03-sez.md', good).lesson;
		expect(short?.readingMinutes).toBe(1);
	});

	it('names the file and the field when objectives are not a list of strings', () => {
		const bad = good.replace('objectives:\n  - Explain what an SEZ is.', 'objectives: Explain it');
		const { issues, lesson } = parseLesson('content/lessons/03-sez.md', bad);
		expect(lesson).toBeUndefined();
		expect(issues.map(formatIssue)).toEqual([
			'content/lessons/03-sez.md: objectives: expected a list of strings'
		]);
	});

	it('reports a missing title, unknown fields and broken YAML', () => {
		const noTitle = parseLesson('content/lessons/03-sez.md', good.replace(/title: .*\n/, ''));
		expect(noTitle.issues.map(formatIssue)[0]).toMatch(/^content\/lessons\/03-sez\.md: title: /);
		const extra = parseLesson('content/lessons/03-sez.md', good.replace('sources:', 'minutes: 5\nsources:'));
		expect(extra.issues.map(formatIssue).join()).toMatch(/minutes/);
		const broken = parseLesson('content/lessons/03-sez.md', good.replace('title: Special', 'title: [Special'));
		expect(broken.issues.map(formatIssue)[0]).toMatch(/frontmatter: not valid YAML/);
	});

	it('rejects a file name without the NN- prefix and headings with markup', () => {
		expect(parseLesson('content/lessons/sez.md', good).issues[0].message).toMatch(/NN-slug\.md/);
		const tagged = good.replace('### Taxes', '### <Term id="sez">Taxes</Term>');
		expect(parseLesson('content/lessons/03-sez.md', tagged).issues[0].message).toMatch(
			/headings must be plain text/
		);
	});
});

describe('embed references', () => {
	const body = `<DealMap highlight="fufeng-corn, lihua-cotton" />

<DealChart measure="investment" />
<IndicatorChart ids="trade-2022-china,trade-2022-kazakhstan" title="Trade" />
<IndicatorChart ids=" trade-2022-china ,sez-count" title="Other" />
<Timeline ids="bri-announced,khorgos-agreement" />
<ValueChain steps="Corn|Starch" />

\`\`\`
<Timeline ids="in-code" />
\`\`\`
`;
	const src = good.replace('Intro text here.', body);

	it('lists the ids each embed uses, split on commas and trimmed, ignoring code blocks', () => {
		const { lesson, issues } = parseLesson('content/lessons/03-sez.md', src);
		expect(issues).toEqual([]);
		expect(lesson?.dealIds).toEqual(['fufeng-corn', 'lihua-cotton']);
		expect(lesson?.indicatorIds).toEqual(['trade-2022-china', 'trade-2022-kazakhstan', 'sez-count']);
		expect(lesson?.indicatorCharts).toEqual([
			'trade-2022-china,trade-2022-kazakhstan',
			'trade-2022-china,sez-count'
		]);
		expect(lesson?.timelineIds).toEqual(['bri-announced', 'khorgos-agreement']);
		expect(lesson?.chartMeasures).toEqual(['investment']);
		expect(lesson?.embeds).toEqual(['Fact', 'DealMap', 'DealChart', 'IndicatorChart', 'Timeline', 'ValueChain']);
	});

	it('names an embed that lacks its required attribute', () => {
		const bad = good.replace('Intro text here.', '<DealChart />\n\n<Timeline title="x" />');
		const { issues } = parseLesson('content/lessons/03-sez.md', bad);
		expect(issues.map(formatIssue)).toEqual([
			'content/lessons/03-sez.md: body: <DealChart> needs measure="...": <DealChart />',
			'content/lessons/03-sez.md: body: <Timeline> needs ids="...": <Timeline title="x" />'
		]);
	});
});
