// The end-to-end tests' web server: builds the site twice, once at the root and once under the
// sub-path /corridor (to prove every link and asset resolves there), then serves both.
import { spawnSync } from 'node:child_process';
import { serve } from './serve.js';

// Ports can be moved (E2E_PORT, SUBPATH_PORT) so several checkouts can test on one machine.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4273);
export const SUBPATH_PORT = Number(process.env.SUBPATH_PORT ?? 4274);
export const SUBPATH = '/corridor';

function build(env) {
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!process.env.E2E_SKIP_BUILD) {
	build({ BASE_PATH: SUBPATH, BUILD_DIR: 'build-subpath' });
	build({ BASE_PATH: '', BUILD_DIR: 'build' });
}
await serve({ root: 'build-subpath', port: SUBPATH_PORT, base: SUBPATH });
await serve({ root: 'build', port: E2E_PORT });
console.log(`e2e servers on ${E2E_PORT} (root) and ${SUBPATH_PORT} (${SUBPATH})`);
