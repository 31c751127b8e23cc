// Islands: small scripts for pages that SvelteKit does not hydrate (`csr = false`).
//
// A lesson is text, figures and a few widgets (theme, search, progress, the citation). Hydrating the
// whole page would ship SvelteKit's router and the lesson's data again as JSON, which put a lesson
// well over its 60 KB budget. Instead the lesson page is plain prerendered HTML, and one script
// (src/lib/islands/<name>.ts) mounts the same Svelte components onto it. This plugin bundles each
// island in a separate Vite build, emits the files into the client build under
// _app/immutable/islands/, and exposes their paths through `virtual:islands` for the page to link.
//
// The components are compiled with the same options and file names as in the SvelteKit build, so
// their scoped CSS classes (a hash of the file name) match the stylesheet the page already loads.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rollup } from 'vite';

const root = resolvePath(dirname(fileURLToPath(import.meta.url)), '..');
const ISLANDS = { lesson: 'src/lib/islands/lesson.ts' } as const;
const OUT = '_app/immutable/islands';
const VIRTUAL = 'virtual:islands';

type Built = { paths: Record<keyof typeof ISLANDS, string>; files: Map<string, Uint8Array> };

/** Bundles the islands with Vite (a separate build: no SvelteKit, its $app modules shimmed). */
export async function buildIslands(): Promise<Built> {
	const out = (await build({
		configFile: false,
		root,
		logLevel: 'warn',
		cacheDir: resolvePath(root, '.vite/islands'),
		// svelte.config.js gives the same compiler options (and so the same CSS class names) as the
		// site's build; the CSS itself is already in the page's stylesheet and is not emitted again.
		plugins: [svelte({ compilerOptions: { css: 'external' } })],
		resolve: {
			alias: [
				{
					find: /^\$app\/(paths|navigation|environment)$/,
					replacement: `${root}/src/lib/islands/shims/$1.ts`
				},
				{ find: /^\$lib/, replacement: `${root}/src/lib` }
			]
		},
		build: {
			write: false,
			emptyOutDir: false,
			modulePreload: false,
			minify: true,
			target: 'es2022',
			rollupOptions: {
				input: Object.fromEntries(
					Object.entries(ISLANDS).map(([name, file]) => [name, resolvePath(root, file)])
				),
				output: {
					entryFileNames: `${OUT}/[name]-[hash].js`,
					chunkFileNames: `${OUT}/[name]-[hash].js`,
					assetFileNames: `${OUT}/[name]-[hash][extname]`
				}
			}
		}
	})) as Rollup.RollupOutput | Rollup.RollupOutput[];
	const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
	const files = new Map<string, Uint8Array>();
	const paths = {} as Built['paths'];
	for (const file of outputs) {
		if (file.type === 'asset') continue; // CSS: already in the page's stylesheet
		files.set(file.fileName, new TextEncoder().encode(file.code));
		if (file.isEntry) paths[file.name as keyof typeof ISLANDS] = file.fileName;
	}
	return { paths, files };
}

export function islands(): Plugin {
	let built: Promise<Built> | undefined;
	const get = () => (built ??= buildIslands());
	return {
		name: 'corridor-islands',
		resolveId(id) {
			return id === VIRTUAL ? '\0' + VIRTUAL : undefined;
		},
		async load(id) {
			if (id !== '\0' + VIRTUAL) return;
			const { paths } = await get();
			return `export const islands = ${JSON.stringify(paths)};`;
		},
		configureServer(server) {
			// In development the islands are built once per server start (restart to see edits).
			server.middlewares.use(async (req, res, next) => {
				const url = (req.url ?? '').split('?')[0];
				const at = url.indexOf(`/${OUT}/`);
				if (at === -1) return next();
				const { files } = await get();
				const body = files.get(url.slice(at + 1));
				if (!body) return next();
				res.setHeader('content-type', 'text/javascript');
				res.end(body);
			});
		},
		generateBundle() {
			// Only the browser's build gets the files; the server build only needs their names.
			if (this.environment?.config.consumer === 'server') return;
			return get().then(({ files }) => {
				for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
			});
		}
	};
}
