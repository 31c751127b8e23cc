// Reads content/data/CHANGELOG.md into plain blocks (headings, paragraphs, bullet lists) with
// inline code marked, so the data page can render it without raw HTML. Handles only the
// markdown the changelog uses. Pure: must not import Svelte, $app or browser globals.

/** Text split into runs; odd-numbered runs were `code`. */
export type Inline = string[];

export type Block =
	| { kind: 'heading'; text: Inline }
	| { kind: 'paragraph'; text: Inline }
	| { kind: 'list'; items: Inline[] };

const inline = (s: string): Inline => s.trim().replace(/\s+/g, ' ').split('`');

/** The changelog's blocks after its title (the first `# ` heading is dropped). */
export function parseChangelog(markdown: string): Block[] {
	const blocks: Block[] = [];
	let para: string[] = [];
	let items: string[] | null = null;
	const flush = () => {
		if (para.length) blocks.push({ kind: 'paragraph', text: inline(para.join(' ')) });
		if (items) blocks.push({ kind: 'list', items: items.map(inline) });
		para = [];
		items = null;
	};
	for (const line of markdown.split(/\r?\n/)) {
		if (/^#\s/.test(line)) {
			flush();
			continue;
		}
		const heading = /^#{2,6}\s+(.*)$/.exec(line);
		const item = /^\s*[-*]\s+(.*)$/.exec(line);
		if (heading) {
			flush();
			blocks.push({ kind: 'heading', text: inline(heading[1]) });
		} else if (item) {
			if (para.length) flush();
			items ??= [];
			items.push(item[1]);
		} else if (!line.trim()) {
			flush();
		} else if (items && /^\s+/.test(line)) {
			items[items.length - 1] += ' ' + line.trim();
		} else {
			if (items) flush();
			para.push(line);
		}
	}
	flush();
	return blocks;
}
