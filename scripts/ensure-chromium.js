// Before end-to-end tests: find Debian's chromium; if missing and we are root with apt, install it;
// otherwise stop with a message saying how to get it. Playwright never downloads a browser here.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function hasApt() {
	return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

export function ensureChromium() {
	if (existsSync(chromiumPath)) return chromiumPath;
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (root && hasApt()) {
		console.log('chromium not found: installing Debian chromium with apt-get (about 2 minutes)…');
		execSync(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium',
			{
				stdio: 'inherit'
			}
		);
		if (existsSync(chromiumPath)) return chromiumPath;
	}
	console.error(
		[
			`No Chromium found at ${chromiumPath}.`,
			'The end-to-end tests drive Debian chromium with Playwright (no browser is downloaded).',
			'Install it with:  sudo apt-get install chromium',
			'or point CHROME_PATH at a Chromium or Chrome binary:  CHROME_PATH=/path/to/chrome npm test'
		].join('\n')
	);
	process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
