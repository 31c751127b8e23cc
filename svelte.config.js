import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { fileURLToPath } from 'node:url';
import { headingIds } from './scripts/rehype-heading-ids.js';

// BASE_PATH lets the same build be hosted under a sub-path, e.g. BASE_PATH=/corridor.
const outDir = process.env.BUILD_DIR ?? 'build';
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.md'],
			// mdsvex needs an absolute layout path (a relative one fails to resolve from content/).
			layout: {
				_: fileURLToPath(new URL('./src/lib/markdown/LessonLayout.svelte', import.meta.url))
			},
			rehypePlugins: [headingIds],
			smartypants: { dashes: 'oldschool' }
		})
	],
	compilerOptions: {
		// Runes for our own components; lessons (.md) stay in legacy mode because the mdsvex
		// layout wrapper uses $$props, which runes mode rejects.
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || filename.endsWith('.md')
				? undefined
				: true
	},
	kit: {
		// BUILD_DIR lets the tests build a second copy (e.g. under a sub-path) beside the main one.
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		paths: { base, relative: false },
		// Small stylesheets go into the page itself: one round trip fewer before the first paint.
		inlineStyleThreshold: 12 * 1024,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*', '/404'] },
		alias: { $content: 'content' }
	}
};

export default config;
