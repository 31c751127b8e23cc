import { describe, expect, it } from 'vitest';
import { factSections, lessonSections, tocOf } from '../../../src/lib/content/lesson.ts';

const body = `
<script>
	import { Fact, Term } from '$lib/markdown';
	// ## not a heading
</script>

An opening paragraph that belongs to no section.

## Where the value is added

Each step in a [value chain](../glossary#value-chain) adds value.
The plant costs <Fact key="deal/x/investment" /> and makes <Term id="lysine">lysine</Term>.

- **growing** the corn
- milling it

### Who captures it

Farmers, workers or owners.

\`\`\`
## inside code, not a heading
\`\`\`

## Think about it

1. Compare two plants.

## Where the value is added
Repeated heading.
`;

describe('lessonSections', () => {
	it('splits the body at ## and ### headings, in order, with their depth', () => {
		const sections = lessonSections(body);
		expect(sections.map((s) => [s.depth, s.heading])).toEqual([
			[2, 'Where the value is added'],
			[3, 'Who captures it'],
			[2, 'Think about it'],
			[2, 'Where the value is added']
		]);
	});

	it('gives each section the same id as the table of contents, unique on repeats', () => {
		const sections = lessonSections(body);
		expect(sections.map((s) => s.id)).toEqual(tocOf(body).map((t) => t.id));
		expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
		expect(sections[0].id).toBe('where-the-value-is-added');
		expect(sections[3].id).not.toBe(sections[0].id);
	});

	it("keeps a section's words and drops markup, figures, scripts and code", () => {
		const [first, second, third] = lessonSections(body);
		expect(first.text).toContain('Each step in a value chain adds value.');
		expect(first.text).toContain('makes lysine');
		expect(first.text).toContain('growing the corn');
		expect(first.text).not.toMatch(/[<>*#[\]]|deal\/x|glossary/);
		expect(first.text).not.toContain('Farmers');
		expect(second.text).toBe('Farmers, workers or owners.');
		expect(third.text).toBe('Compare two plants.');
		expect(lessonSections(body).map((s) => s.text).join(' ')).not.toMatch(
			/opening paragraph|inside code|not a heading/
		);
	});

	it('returns no sections for a body without headings, and an empty text for an empty section', () => {
		expect(lessonSections('Just a paragraph.\n')).toEqual([]);
		expect(lessonSections('## Alone\n')).toEqual([
			{ depth: 2, heading: 'Alone', id: 'alone', text: '' }
		]);
	});
});

describe('factSections', () => {
	const withFacts = `
Opening: <Fact key="forum/total" /> belongs to no section.

## Corn

The plant takes <Fact key="deal/x/capacity" /> of corn.
That is <Calc of="deal/x/capacity" per="harvest/corn" show="percent" /> of the harvest.

### Jobs

It will employ <Fact key="deal/x/jobs" />, and again <Fact key="deal/x/capacity" />.

\`\`\`
## Code
<Fact key="in/code" />
\`\`\`

## Corn

A repeated heading: <Fact key="deal/y/jobs" />.
`;

	it('maps each fact to the section where the lesson first uses it, with the page anchors', () => {
		expect(factSections(withFacts)).toEqual({
			'deal/x/capacity': 'corn',
			'harvest/corn': 'corn',
			'deal/x/jobs': 'jobs',
			'deal/y/jobs': 'corn-1'
		});
		const ids = tocOf(withFacts).map((t) => t.id);
		for (const id of Object.values(factSections(withFacts))) expect(ids).toContain(id);
	});
});
