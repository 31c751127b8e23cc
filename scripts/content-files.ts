// Reads content/ into { "content/...": text } for the pure content modules, and lists the site's
// static pages from src/routes, so scripts and the build check links the same way.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function walk(dir: string, out: string[] = []): string[] {
	if (!existsSync(dir)) return out;
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) walk(p, out);
		else out.push(p);
	}
	return out;
}

export function readContentFiles(root = process.cwd(), dir = 'content'): Record<string, string> {
	const files: Record<string, string> = {};
	for (const p of walk(join(root, dir))) {
		if (!/\.(md|ya?ml|json)$/.test(p)) continue;
		files[relative(root, p).split('\\').join('/')] = readFileSync(p, 'utf8');
	}
	return files;
}

/** Static page paths ("/", "/about", ...) from src/routes; dynamic routes are added by callers. */
export function staticPages(root = process.cwd()): Set<string> {
	const routes = join(root, 'src/routes');
	const pages = new Set<string>();
	for (const p of walk(routes)) {
		if (!p.endsWith('+page.svelte')) continue;
		const segments = relative(routes, p)
			.split(/[\\/]/)
			.slice(0, -1)
			.filter((s) => !/^\(.*\)$/.test(s));
		if (segments.some((s) => s.includes('['))) continue;
		pages.add('/' + segments.join('/'));
	}
	return pages;
}
