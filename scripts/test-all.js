// npm test: type check, lint, unit + component tests, then end-to-end tests in Debian chromium.
// Every step runs even if an earlier one fails, so one run shows all problems; the last line
// sums all runners as "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const VITEST_JSON = 'test-results/vitest.json';
const PLAYWRIGHT_JSON = 'test-results/playwright.json';
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });

const steps = [
	{ name: 'type check', cmd: 'npm', args: ['run', 'check'] },
	{ name: 'lint', cmd: 'npm', args: ['run', 'lint'] },
	{ name: 'content', cmd: 'npm', args: ['run', 'validate'] },
	{
		name: 'unit and component tests',
		cmd: 'npx',
		args: [
			'vitest',
			'run',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${VITEST_JSON}`
		]
	},
	{
		name: 'end-to-end tests',
		cmd: 'npm',
		args: ['run', 'test:e2e'],
		env: { PLAYWRIGHT_JSON }
	}
];

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const step of steps) {
	console.log(`\n=== ${step.name} ===`);
	const r = spawnSync(step.cmd, step.args, {
		stdio: 'inherit',
		env: { ...process.env, ...step.env }
	});
	if (r.status !== 0) failedSteps.push(step.name);
	// Steps without their own test counts (check, lint, validate) count as one check each.
	if (step.name === 'unit and component tests' && existsSync(VITEST_JSON)) {
		const j = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
		passed += j.numPassedTests;
		failed += j.numFailedTests + (r.status !== 0 && j.numFailedTests === 0 ? 1 : 0);
	} else if (step.name === 'end-to-end tests' && existsSync(PLAYWRIGHT_JSON)) {
		const j = JSON.parse(readFileSync(PLAYWRIGHT_JSON, 'utf8'));
		passed += j.stats.expected;
		failed += j.stats.unexpected + j.stats.flaky;
		if (r.status !== 0 && j.stats.unexpected === 0) failed += 1;
	} else if (r.status === 0) passed += 1;
	else failed += 1;
}

console.log('');
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || failedSteps.length ? 1 : 0);
