// npm start: build the static site, then serve it on 127.0.0.1 (PORT overrides 4273).
import { spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', env: process.env });
if (build.status !== 0) {
	console.error('\nThe build failed; see the messages above.');
	process.exit(build.status ?? 1);
}
await import('./serve.js').then(async ({ serve }) => {
	const port = Number(process.env.PORT ?? 4273);
	const base = process.env.BASE_PATH ?? '';
	try {
		await serve({ port, base });
		console.log(`\nCorridor is running at http://127.0.0.1:${port}${base}/  (Ctrl+C to stop)`);
	} catch (e) {
		const err = /** @type {NodeJS.ErrnoException} */ (e);
		console.error(
			err.code === 'EADDRINUSE'
				? `Port ${port} is already in use. Start on another port, e.g.: PORT=4400 npm start`
				: err.message
		);
		process.exit(1);
	}
});
