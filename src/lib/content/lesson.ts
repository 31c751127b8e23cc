// Lesson files: content/lessons/NN-slug.md. Parses frontmatter (schema-checked), derives the slug
// from the file name, the sections (heading, anchor, text) and table of contents from the headings,
// the reading time from the words, and lists what the body references (facts, terms, links) so validation can check them.
// Pure: takes file text, returns data. Must not import Svelte, $app or browser globals.
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { splitIds } from './ids.ts';
import { fromZodIssues, type ContentIssue } from './issues.ts';

const text = (what: string) =>
	z.string({ error: `expected ${what}` }).trim().min(1, { error: `expected ${what}` });
const idList = (what: string) =>
	z.array(z.string({ error: `expected a list of ${what}` }), {
		error: `expected a list of ${what}`
	});

export const lessonFrontmatterSchema = z
	.object({
		title: text('a title (text)'),
		summary: text('a one-sentence summary (text)'),
		objectives: z
			.array(text('a list of strings'), { error: 'expected a list of strings' })
			.min(1, { error: 'expected at least one objective' }),
		concepts: idList('glossary ids').default([]),
		sources: idList('source ids').default([])
	})
	.strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export interface TocEntry {
	depth: 2 | 3;
	text: string;
	id: string;
}

export interface LessonInfo extends LessonFrontmatter {
	slug: string;
	/** NN from the file name; orders nothing (course.yaml does), kept for authors */
	number: number;
	file: string;
	words: number;
	readingMinutes: number;
	toc: TocEntry[];
	/** the ## and ### sections with their text, for the search index */
	sections: LessonSection[];
	/** fact keys used by <Fact key="..."> in the body */
	factKeys: string[];
	/** for each fact key, the anchor of the ## or ### section where the lesson first uses it */
	factSections: Record<string, string>;
	/** <Fact dated="in-text"> uses, each with its paragraph (which must name the date) */
	datedInText: { key: string; text: string }[];
	/** glossary ids used by <Term id="..."> in the body */
	termIds: string[];
	/** relative links in the body, as written */
	links: string[];
	/** which lesson embeds the body uses, by component name (DealMap, DealChart, ...) */
	embeds: EmbedName[];
	/** deal ids from <DealMap highlight="a,b"> */
	dealIds: string[];
	/** indicator ids from <IndicatorChart ids="a,b"> */
	indicatorIds: string[];
	/** each <IndicatorChart>'s id list, normalised by splitIds ("a,b") */
	indicatorCharts: string[];
	/** timeline entry ids from <Timeline ids="a,b"> */
	timelineIds: string[];
	/** measures from <DealChart measure="..."> */
	chartMeasures: string[];
}

/** The components a lesson may embed whose data the lesson page must resolve. */
export const EMBED_NAMES = [
	'Fact',
	'Term',
	'DealMap',
	'DealChart',
	'IndicatorChart',
	'Timeline',
	'ValueChain',
	'Calc'
] as const;
export type EmbedName = (typeof EMBED_NAMES)[number];

/** How <Calc of="a" per="b" show="..."> shows a ÷ b: "30%" or "3 times". */
export const CALC_SHOWS = ['percent', 'times'] as const;

/** What <DealChart measure="..."> can chart. */
export const CHART_MEASURES = ['investment', 'jobs'] as const;
export type ChartMeasure = (typeof CHART_MEASURES)[number];

/** Words per minute for reading time: below the usual 230 because many readers use English as a second language. */
export const WORDS_PER_MINUTE = 180;

const FILE_NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function lessonSlugFromPath(path: string): { number: number; slug: string } | null {
	const name = path.split('/').pop() ?? '';
	const m = FILE_NAME.exec(name);
	return m ? { number: Number(m[1]), slug: m[2] } : null;
}

/** The prose a reader reads: no frontmatter, scripts, code, tags or markdown syntax. */
export function proseOf(body: string): string {
	return body
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/<Fact\b[^>]*\/>/g, ' 1,000 units ') // a rendered figure reads as about three words
		.replace(/<[^>]+>/g, ' ')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[#>*_`|]/g, ' ');
}

export function countWords(prose: string): number {
	return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function bodyWithoutCode(body: string) {
	return body.replace(/```[\s\S]*?```/g, '').replace(/<script[\s\S]*?<\/script>/g, '');
}

export interface LessonSection {
	depth: 2 | 3;
	heading: string;
	/** the heading's anchor: the same GitHub-style slug the table of contents and the page use */
	id: string;
	/** the section's plain text, up to the next ## or ### heading (figures and tags removed) */
	text: string;
}

/** Plain text for search: tags dropped but their inner text kept; a <Fact /> has no text here. */
function searchText(markdown: string): string {
	return markdown
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[A-Z][\w.]*\b[^>]*\/>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, ' ')
		.replace(/[#>*_`|]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Splits a lesson body into its ## and ### sections, each with its heading, anchor id and text.
 * Text before the first heading belongs to no section. Ids match tocOf and the rendered page.
 */
export function lessonSections(body: string): LessonSection[] {
	const slugger = new GithubSlugger();
	const sections: LessonSection[] = [];
	let lines: string[] = [];
	const close = () => {
		const last = sections.at(-1);
		if (last) last.text = searchText(lines.join('\n'));
		lines = [];
	};
	for (const line of bodyWithoutCode(body).split('\n')) {
		const m = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
		if (!m) {
			lines.push(line);
			continue;
		}
		close();
		const heading = m[2].trim();
		sections.push({ depth: m[1].length as 2 | 3, heading, id: slugger.slug(heading), text: '' });
	}
	close();
	return sections;
}

const tocFrom = (sections: LessonSection[]): TocEntry[] =>
	sections.map(({ depth, heading, id }) => ({ depth, text: heading, id }));

export function tocOf(body: string): TocEntry[] {
	return tocFrom(lessonSections(body));
}

/**
 * Where the lesson first uses each fact (<Fact key>, or <Calc of per> in a calculation): the anchor
 * of the section (## or ###) it appears in, so a question about the fact can send the learner back
 * to the passage that teaches it. Facts used before the first heading have no section.
 */
export function factSections(body: string): Record<string, string> {
	const slugger = new GithubSlugger();
	const out: Record<string, string> = {};
	let section: string | undefined;
	for (const line of bodyWithoutCode(body).split('\n')) {
		const heading = /^#{2,3}\s+(.+?)\s*#*\s*$/.exec(line);
		if (heading) {
			section = slugger.slug(heading[1].trim());
			continue;
		}
		if (!section) continue;
		for (const tag of line.matchAll(/<(?:Fact|Calc)\b[^>]*>/g))
			for (const m of tag[0].matchAll(/\b(key|of|per)="([^"]+)"/g)) {
				const isFactKey = tag[0].startsWith('<Fact') ? m[1] === 'key' : m[1] !== 'key';
				if (isFactKey) out[m[2]] ??= section;
			}
	}
	return out;
}

function attributeValues(body: string, tag: string, attribute: string): string[] {
	const re = new RegExp(`<${tag}\\b[^>]*\\b${attribute}="([^"]+)"`, 'g');
	return [...new Set([...bodyWithoutCode(body).matchAll(re)].map((m) => m[1]))];
}

/** Comma-separated id lists ("a, b,c") from every use of a tag's attribute, de-duplicated. */
function attributeLists(body: string, tag: string, attribute: string): string[] {
	return [...new Set(attributeValues(body, tag, attribute).flatMap(splitIds))];
}

/** Attributes an embed cannot do without; a missing one is an authoring mistake. */
const REQUIRED_ATTRIBUTES: Partial<Record<EmbedName, string | string[]>> = {
	Fact: 'key',
	Calc: ['of', 'per'],
	Term: 'id',
	DealChart: 'measure',
	IndicatorChart: 'ids',
	Timeline: 'ids',
	ValueChain: 'steps'
};

function missingAttributes(body: string): string[] {
	const out: string[] = [];
	for (const [name, attributes] of Object.entries(REQUIRED_ATTRIBUTES)) {
		for (const m of bodyWithoutCode(body).matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g')))
			for (const attribute of [attributes].flat())
				if (!new RegExp(`\\b${attribute}="[^"]+"`).test(m[0]))
					out.push(`<${name}> needs ${attribute}="...": ${m[0]}`);
	}
	for (const m of bodyWithoutCode(body).matchAll(/<Fact\b[^>]*\bdated="([^"]*)"/g))
		if (m[1] !== 'in-text') out.push(`<Fact> dated="${m[1]}" must be "in-text" (or left out)`);
	for (const m of bodyWithoutCode(body).matchAll(/<Calc\b[^>]*\bshow="([^"]*)"/g))
		if (!(CALC_SHOWS as readonly string[]).includes(m[1]))
			out.push(`<Calc> show="${m[1]}" must be one of: ${CALC_SHOWS.join(', ')}`);
	return out;
}

/**
 * Facts whose "(as of …)" date is left out because the sentence already says when
 * (<Fact key="…" dated="in-text" />), each with the paragraph around it.
 */
function datedInText(body: string): { key: string; text: string }[] {
	return bodyWithoutCode(body)
		.split(/\n\s*\n/)
		.flatMap((paragraph) =>
			[...paragraph.matchAll(/<Fact\b[^>]*>/g)]
				.filter((m) => /\bdated="in-text"/.test(m[0]))
				.map((m) => ({ key: /\bkey="([^"]+)"/.exec(m[0])?.[1] ?? '', text: paragraph }))
		);
}

function embedsUsed(body: string): EmbedName[] {
	const text = bodyWithoutCode(body);
	return EMBED_NAMES.filter((name) => new RegExp(`<${name}\\b`).test(text));
}

export function parseLesson(
	file: string,
	source: string
): { lesson?: LessonInfo; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const named = lessonSlugFromPath(file);
	if (!named) {
		issues.push({
			file,
			message: 'file name must be NN-slug.md (two digits, a dash, lowercase words joined by dashes)'
		});
	}
	const fm = FRONTMATTER.exec(source);
	if (!fm) {
		issues.push({ file, field: 'frontmatter', message: 'missing frontmatter block (--- ... ---)' });
		return { issues };
	}
	let raw: unknown;
	try {
		raw = parseYaml(fm[1]);
	} catch (e) {
		issues.push({
			file,
			field: 'frontmatter',
			message: `not valid YAML: ${(e as Error).message.split('\n')[0]}`
		});
		return { issues };
	}
	const parsed = lessonFrontmatterSchema.safeParse(raw ?? {});
	if (!parsed.success) {
		issues.push(...fromZodIssues(file, parsed.error.issues));
		return { issues };
	}
	const body = source.slice(fm[0].length);
	const headingsWithTags = bodyWithoutCode(body)
		.split('\n')
		.filter((l) => /^#{1,6}\s/.test(l) && /<|\{/.test(l));
	for (const h of headingsWithTags) {
		issues.push({ file, field: 'body', message: `headings must be plain text: "${h.trim()}"` });
	}
	for (const message of missingAttributes(body)) issues.push({ file, field: 'body', message });
	const words = countWords(proseOf(body));
	const links = [...bodyWithoutCode(body).matchAll(/\]\(([^)\s]+)\)|href="([^"]+)"/g)]
		.map((m) => m[1] ?? m[2])
		.filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('#'));
	if (!named) return { issues };
	const sections = lessonSections(body);
	return {
		issues,
		lesson: {
			...parsed.data,
			slug: named.slug,
			number: named.number,
			file,
			words,
			readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
			toc: tocFrom(sections),
			sections,
			// <Calc of per> reads two facts, so they are checked and resolved like <Fact key>
			factKeys: [
				...new Set([
					...attributeValues(body, 'Fact', 'key'),
					...attributeValues(body, 'Calc', 'of'),
					...attributeValues(body, 'Calc', 'per')
				])
			],
			factSections: factSections(body),
			datedInText: datedInText(body),
			termIds: attributeValues(body, 'Term', 'id'),
			links,
			embeds: embedsUsed(body),
			dealIds: attributeLists(body, 'DealMap', 'highlight'),
			indicatorIds: attributeLists(body, 'IndicatorChart', 'ids'),
			indicatorCharts: [
				...new Set(attributeValues(body, 'IndicatorChart', 'ids').map((v) => splitIds(v).join(',')))
			],
			timelineIds: attributeLists(body, 'Timeline', 'ids'),
			chartMeasures: attributeValues(body, 'DealChart', 'measure')
		}
	};
}
