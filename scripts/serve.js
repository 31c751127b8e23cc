// A small static file server for build/, behaving like a typical static host: "/x" serves
// x.html (or x/index.html), unknown paths get 404.html with status 404, and the site can sit under
// a sub-path (BASE_PATH=/corridor). Used by `npm start`, the end-to-end tests and the benchmark.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml'
};

/** @param {{ root?: string, host?: string, port?: number, base?: string }} options */
export function serve({ root = 'build', host = '127.0.0.1', port = 4273, base = '' } = {}) {
	const dir = resolve(root);
	const file = (/** @type {string} */ p) => existsSync(p) && statSync(p).isFile();
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (base) {
			if (path === base) path = '/';
			else if (path.startsWith(base + '/')) path = path.slice(base.length);
			else path = '/__outside_base__';
		}
		const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
		const candidates = [join(dir, safe), join(dir, safe + '.html'), join(dir, safe, 'index.html')];
		const found = candidates.find((p) => p.startsWith(dir) && file(p));
		const target = found ?? join(dir, '404.html');
		const type = TYPES[/** @type {keyof TYPES} */ (extname(target))] ?? 'application/octet-stream';
		// Text is sent compressed when the browser accepts it, as static hosts do.
		const gzip =
			/^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) &&
			/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(found ? 200 : 404, {
			'content-type': type,
			...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
			'cache-control':
				found && safe.startsWith('/_app/immutable/')
					? 'public, max-age=31536000, immutable'
					: 'no-cache',
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer'
		});
		if (req.method === 'HEAD') return res.end();
		const body = createReadStream(target);
		(gzip ? body.pipe(createGzip()) : body).pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok(server));
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4273);
	const base = process.env.BASE_PATH ?? '';
	serve({ port, base }).then(
		() => console.log(`Corridor is running at http://127.0.0.1:${port}${base}/  (Ctrl+C to stop)`),
		(e) => {
			console.error(
				e.code === 'EADDRINUSE'
					? `Port ${port} is already in use. Start on another port, e.g.: PORT=4400 npm start`
					: e.message
			);
			process.exit(1);
		}
	);
}
