import { defineConfig } from '@playwright/test';

// Ports can be moved (E2E_PORT, SUBPATH_PORT) so several checkouts can test on one machine.
const port = Number(process.env.E2E_PORT ?? 4273);
const subpathPort = Number(process.env.SUBPATH_PORT ?? 4274);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: true,
	reporter: process.env.PLAYWRIGHT_JSON
		? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]]
		: [['list']],
	use: {
		browserName: 'chromium',
		headless: true,
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	webServer: {
		command: 'node scripts/e2e-server.js',
		url: `http://127.0.0.1:${subpathPort}/corridor/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'pipe'
	}
});
