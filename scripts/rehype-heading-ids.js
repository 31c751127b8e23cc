// Gives every h2/h3 in a lesson an id made by github-slugger from its text, the same rule
// src/lib/content/lesson.ts uses to build the table of contents, so TOC links always resolve.
import GithubSlugger from 'github-slugger';

/** @param {any} node */
function textOf(node) {
	if (node.type === 'text') return node.value;
	return (node.children ?? []).map(textOf).join('');
}

/** @param {any} node @param {(n: any) => void} fn */
function walk(node, fn) {
	fn(node);
	for (const child of node.children ?? []) walk(child, fn);
}

export function headingIds() {
	/** @param {any} tree */
	return (tree) => {
		const slugger = new GithubSlugger();
		walk(tree, (node) => {
			if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) {
				node.properties = node.properties ?? {};
				node.properties.id = slugger.slug(textOf(node).trim());
			}
		});
	};
}
