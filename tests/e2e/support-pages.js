// The list of prerendered pages in a build folder, as URL paths ("/", "/about", "/lessons/x").
// Plain JavaScript so both the end-to-end tests and the benchmark script can use it.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** @param {string} [root] @returns {string[]} */
export function sitePages(root = 'build') {
	/** @type {string[]} */
	const out = [];
	/** @param {string} dir */
	const walk = (dir) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) {
				if (name !== '_app') walk(p);
			} else if (name.endsWith('.html')) {
				const rel = relative(root, p)
					.split('\\')
					.join('/')
					.replace(/\.html$/, '');
				out.push(rel === 'index' ? '/' : '/' + rel.replace(/\/index$/, ''));
			}
		}
	};
	walk(root);
	return out.sort();
}
