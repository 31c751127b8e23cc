import { defineConfig } from '@playwright/test';

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
		baseURL: 'http://127.0.0.1:4273',
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
		url: 'http://127.0.0.1:4274/corridor/',
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'pipe'
	}
});
