// npm run bench: a benchmark, never a test. Builds the site, then for every page measures the
// HTML bytes and the JS and CSS the browser loads (raw and gzip), runs Lighthouse 12 (mobile,
// median of 3) on the home page and one lesson, adds the quiz engine's timings, prints a table and
// writes bench/results.json so later changes can be compared.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const PORT = Number(process.env.BENCH_PORT ?? 4283);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const BUDGET_LESSON_GZIP = 60 * 1024;

const sh = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', ...opts });
if (!process.env.BENCH_SKIP_BUILD) {
	const b = sh('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (b.status !== 0) process.exit(b.status ?? 1);
}
// The server runs in its own process: Lighthouse is started synchronously below, which would
// block a server living in this process and hang the run.
const server = spawn('node', ['scripts/serve.js'], {
	env: { ...process.env, PORT: String(PORT) },
	stdio: 'ignore'
});
for (let i = 0; i < 50; i++) {
	try {
		if ((await fetch(ORIGIN + '/')).ok) break;
	} catch {
		await new Promise((r) => setTimeout(r, 100));
	}
}

const { sitePages } = await import('../tests/e2e/support-pages.js');
const pages = sitePages('build');
const browser = await chromium.launch({
	executablePath: CHROME,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const rows = [];
for (const path of pages) {
	const page = await browser.newPage();
	const assets = new Map();
	// "First load" is what the page asks for before its load event (HTML, CSS, the JavaScript that
	// renders and hydrates it); code fetched later, when the browser is idle, counts in the total.
	let loaded = false;
	const initial = new Set();
	page.on('load', () => (loaded = true));
	page.on('request', (req) => !loaded && initial.add(req.url()));
	page.on('response', async (res) => {
		const type = res.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet' && type !== 'document' && type !== 'fetch')
			return;
		try {
			const body = await res.body();
			assets.set(res.url(), {
				type,
				raw: body.length,
				gzip: gzipSync(body).length,
				initial: initial.has(res.url())
			});
		} catch {
			/* redirects and aborted responses have no body */
		}
	});
	await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
	await page.close();
	const sum = (types, key, onlyInitial = false) =>
		[...assets.values()]
			.filter((a) => types.includes(a.type) && (!onlyInitial || a.initial))
			.reduce((n, a) => n + a[key], 0);
	rows.push({
		path,
		htmlBytes: sum(['document'], 'raw'),
		htmlGzip: sum(['document'], 'gzip'),
		jsBytes: sum(['script'], 'raw'),
		jsGzip: sum(['script'], 'gzip'),
		cssBytes: sum(['stylesheet'], 'raw'),
		cssGzip: sum(['stylesheet'], 'gzip'),
		dataGzip: sum(['fetch'], 'gzip'),
		firstLoadGzip: sum(['document', 'script', 'stylesheet', 'fetch'], 'gzip', true),
		totalGzip: sum(['document', 'script', 'stylesheet', 'fetch'], 'gzip')
	});
}
await browser.close();

const kb = (n) => (n / 1024).toFixed(1);
console.log(
	'\npage'.padEnd(44) + 'HTML KB  JS KB (gz)     CSS KB (gz)    first load gz KB  total gz KB'
);
for (const r of rows) {
	console.log(
		r.path.padEnd(43) +
			`${kb(r.htmlBytes).padStart(7)}  ${kb(r.jsBytes).padStart(6)} (${kb(r.jsGzip).padStart(5)})  ${kb(r.cssBytes).padStart(6)} (${kb(r.cssGzip).padStart(5)})  ${kb(r.firstLoadGzip).padStart(16)}  ${kb(r.totalGzip).padStart(11)}`
	);
}

// The budget holds for every lesson page, so Lighthouse and the budget look at the heaviest one.
const lessonRows = rows.filter((r) => r.path.startsWith('/lessons/') && !r.path.endsWith('/quiz'));
const heaviest = (key) =>
	lessonRows.reduce((a, b) => (b[key] > a[key] ? b : a), lessonRows[0] ?? null);
const lessonPath = heaviest('firstLoadGzip')?.path;
const lighthouse = {};
mkdirSync('bench/tmp', { recursive: true });
for (const path of ['/', lessonPath]) {
	const runs = [];
	for (let i = 0; i < RUNS; i++) {
		const out = `bench/tmp/lh-${i}.json`;
		const r = sh(
			'npx',
			[
				'lighthouse',
				ORIGIN + path,
				`--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking`,
				'--only-categories=performance,accessibility,best-practices',
				'--output=json',
				`--output-path=${out}`,
				'--quiet'
			],
			{ env: { ...process.env, CHROME_PATH: CHROME } }
		);
		if (r.status !== 0 || !existsSync(out)) {
			console.error(`Lighthouse failed on ${path}: ${r.stderr.slice(0, 500)}`);
			continue;
		}
		const j = JSON.parse(readFileSync(out, 'utf8'));
		runs.push({
			performance: j.categories.performance.score,
			accessibility: j.categories.accessibility.score,
			bestPractices: j.categories['best-practices'].score
		});
	}
	const median = (k) => {
		const v = runs.map((r) => r[k]).sort((a, b) => a - b);
		return v.length ? v[Math.floor(v.length / 2)] : null;
	};
	lighthouse[path] = {
		runs: runs.length,
		performance: median('performance'),
		accessibility: median('accessibility'),
		bestPractices: median('bestPractices')
	};
}
server.kill();

let quiz = null;
if (existsSync('scripts/bench-quiz.ts')) {
	const q = sh('npx', ['tsx', 'scripts/bench-quiz.ts']);
	if (q.status === 0) quiz = JSON.parse(q.stdout.trim().split('\n').pop());
	else console.error(`quiz benchmark failed: ${q.stderr.slice(0, 500)}`);
}

console.log('\nLighthouse (mobile, median of ' + RUNS + '):');
for (const [path, s] of Object.entries(lighthouse)) {
	console.log(
		`  ${path.padEnd(40)} performance ${s.performance}  accessibility ${s.accessibility}  best practices ${s.bestPractices}`
	);
}
if (quiz) console.log('\nQuiz engine:', JSON.stringify(quiz));

const maxFirst = heaviest('firstLoadGzip');
const maxTotal = heaviest('totalGzip');
const budget = {
	lessonFirstLoadGzipUnder60KB: maxFirst ? maxFirst.firstLoadGzip < BUDGET_LESSON_GZIP : null,
	lessonFirstLoadGzipKB: maxFirst ? Number(kb(maxFirst.firstLoadGzip)) : null,
	heaviestLessonFirstLoad: maxFirst?.path ?? null,
	// with the progress code the page fetches once the browser is idle
	lessonTotalGzipKB: maxTotal ? Number(kb(maxTotal.totalGzip)) : null,
	heaviestLessonTotal: maxTotal?.path ?? null,
	lighthouseAtLeast95: Object.values(lighthouse).every(
		(s) => s.performance >= 0.95 && s.accessibility >= 0.95
	)
};
console.log('\nBudget:', JSON.stringify(budget));
mkdirSync('bench', { recursive: true });
writeFileSync(
	'bench/results.json',
	JSON.stringify(
		{ measuredAt: new Date().toISOString(), pages: rows, lighthouse, quiz, budget },
		null,
		2
	) + '\n'
);
console.log('Wrote bench/results.json');
