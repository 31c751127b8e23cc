import { describe, expect, it } from 'vitest';
import Calc from '../../../src/lib/markdown/Calc.svelte';
import { parseLesson } from '../../../src/lib/content/lesson.ts';
import { formatIssue } from '../../../src/lib/content/issues.ts';
import { dataset, embedsFor, renderEmbed } from './embeds.ts';

const calc = (props: { of: string; per: string; show?: string }) => {
	const attrs = Object.entries(props)
		.map(([k, v]) => `${k}="${v}"`)
		.join(' ');
	return renderEmbed(Calc, props, embedsFor(`<Calc ${attrs} />`));
};

const value = (key: string) => dataset.facts[key].value as number;

describe('Calc', () => {
	it('shows one dataset value as a percentage of another, with its inputs in the title', () => {
		const of = 'deal/lihua-cotton/investment';
		const per = 'deal/fufeng-corn/investment';
		const { container } = calc({ of, per });
		const expected = new Intl.NumberFormat('en', {
			style: 'percent',
			maximumFractionDigits: 0
		}).format(value(of) / value(per));
		const span = container.querySelector('.calc')!;
		expect(span).toHaveTextContent(expected);
		expect(span.getAttribute('title')).toMatch(/^Calculated from reported figures: .+ ÷ .+$/);
	});

	it('shows "times" when asked', () => {
		const of = 'deal/fufeng-corn/investment';
		const per = 'deal/lihua-cotton/investment';
		const { container } = calc({ of, per, show: 'times' });
		const times = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(
			value(of) / value(per)
		);
		expect(container.querySelector('.calc')).toHaveTextContent(`${times} times`);
	});

	it('says so instead of printing a number when an input is not a number', () => {
		const { container } = calc({ of: 'deal/fufeng-corn/region', per: 'deal/fufeng-corn/jobs' });
		expect(container.querySelector('.calc')).toBeNull();
		expect(container).toHaveTextContent('calculation needs two numbers');
	});
});

describe('Calc in a lesson file', () => {
	const lesson = (body: string) =>
		parseLesson(
			'content/lessons/01-test.md',
			`---\ntitle: T\nsummary: S.\nobjectives: [Do it.]\n---\n\n${body}\n`
		);

	it('counts both inputs as facts the lesson uses, so validation checks them', () => {
		const { lesson: l } = lesson('<Calc of="deal/a/jobs" per="deal/b/jobs" />');
		expect(l?.factKeys).toEqual(['deal/a/jobs', 'deal/b/jobs']);
	});

	it('reports a missing input and an unknown display', () => {
		expect(lesson('<Calc of="deal/a/jobs" />').issues.map(formatIssue)).toEqual([
			'content/lessons/01-test.md: body: <Calc> needs per="...": <Calc of="deal/a/jobs" />'
		]);
		expect(lesson('<Calc of="a/b/c" per="a/b/d" show="ratio" />').issues.map(formatIssue)).toEqual([
			'content/lessons/01-test.md: body: <Calc> show="ratio" must be one of: percent, times'
		]);
	});
});
