// npm run quiz -- [--lesson <slug>] [--seed <n>] [--count <k>] [--difficulty 1|2|3] (--json | --text)
// npm run quiz -- --check [--seeds <n>]
// Builds a quiz from content/ (dataset + hand-written questions) or checks every generator.
// A thin wrapper over src/lib/quiz; bad arguments print a clear message and exit 1.
import { loadDataset } from '../src/lib/content/dataset/index.ts';
import { formatIssue } from '../src/lib/content/issues.ts';
import { checkAll } from '../src/lib/quiz/check.ts';
import { correctResponse } from '../src/lib/quiz/grade.ts';
import { loadHandWritten } from '../src/lib/quiz/hand-written.ts';
import type { Question } from '../src/lib/quiz/model.ts';
import { OUTLINE_LESSONS } from '../src/lib/quiz/outline.ts';
import { buildQuiz } from '../src/lib/quiz/quiz.ts';
import { readContentFiles } from './content-files.ts';
import { parse as parseYaml } from 'yaml';

const USAGE =
	'Usage: npm run quiz -- [--lesson <slug>] [--seed <n>] [--count <k>] [--difficulty 1|2|3] (--json | --text)\n' +
	'       npm run quiz -- --check [--seeds <n>]';

function fail(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(1);
}

interface Args {
	lesson?: string;
	seed: string;
	count: number;
	difficulty?: 1 | 2 | 3;
	mode: 'json' | 'text' | 'check';
	seeds: number;
}

function parseArgs(argv: string[]): Args {
	const args: Args = { seed: '1', count: 10, mode: 'json', seeds: 1000 };
	const value = (i: number, flag: string) => {
		const v = argv[i + 1];
		if (v === undefined || v.startsWith('--')) fail(`${flag} needs a value.`);
		return v;
	};
	const positiveInt = (v: string, flag: string) => {
		if (!/^\d+$/.test(v) || Number(v) < 1)
			fail(`${flag} must be a whole number of 1 or more, not "${v}".`);
		return Number(v);
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--lesson') args.lesson = value(i++, a);
		else if (a === '--seed') args.seed = value(i++, a);
		else if (a === '--count') args.count = positiveInt(value(i++, a), a);
		else if (a === '--seeds') args.seeds = positiveInt(value(i++, a), a);
		else if (a === '--difficulty') {
			const d = value(i++, a);
			if (!['1', '2', '3'].includes(d)) fail(`--difficulty must be 1, 2 or 3, not "${d}".`);
			args.difficulty = Number(d) as 1 | 2 | 3;
		} else if (a === '--json') args.mode = 'json';
		else if (a === '--text') args.mode = 'text';
		else if (a === '--check') args.mode = 'check';
		else if (a === '--help' || a === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else fail(`Unknown argument "${a}".`);
	}
	return args;
}

function lessonSlugs(files: Record<string, string>): Set<string> {
	const course = parseYaml(files['content/course.yaml'] ?? '') as {
		modules?: { lessons?: string[] }[];
	};
	const fromCourse = (course?.modules ?? []).flatMap((m) => m.lessons ?? []);
	const fromFiles = Object.keys(files)
		.filter((f) => f.startsWith('content/lessons/'))
		.map((f) => f.replace(/^content\/lessons\/\d+-/, '').replace(/\.md$/, ''));
	return new Set([...OUTLINE_LESSONS, ...fromCourse, ...fromFiles]);
}

function answerText(q: Question): string {
	switch (q.kind) {
		case 'single':
		case 'region-pick':
			return q.kind === 'single'
				? `${q.answer}) ${q.choices.find((c) => c.id === q.answer)?.text}`
				: (q.regions.find((r) => r.id === q.answer)?.name ?? q.answer);
		case 'multi':
			return q.answer.map((a) => `${a}) ${q.choices.find((c) => c.id === a)?.text}`).join('; ');
		case 'true-false':
			return q.answer ? 'True' : 'False';
		case 'numeric':
			return `${correctResponse(q).kind === 'numeric' ? (correctResponse(q) as { text: string }).text : ''} (${q.unit}; accepted within ${q.tolerance.kind === 'relative' ? `${q.tolerance.amount * 100}%` : `±${q.tolerance.amount}`})`;
		case 'ordering':
			return q.answer.map((a) => q.choices.find((c) => c.id === a)?.text).join(' → ');
		case 'matching':
			return q.items
				.map((it) => `${it.text} → ${q.choices.find((c) => c.id === q.answer[it.id])?.text}`)
				.join('; ');
	}
}

function printText(questions: Question[]): void {
	questions.forEach((q, i) => {
		console.log(`${i + 1}. ${q.prompt}  [${q.kind}, difficulty ${q.difficulty}]`);
		if (q.kind === 'matching') {
			q.items.forEach((it) => console.log(`   ${it.id}. ${it.text}`));
			console.log('   Match with:');
		}
		if ('choices' in q) q.choices.forEach((c) => console.log(`   ${c.id}) ${c.text}`));
		if (q.kind === 'region-pick') console.log(`   (choose one of ${q.regions.length} regions)`);
		console.log('');
	});
	console.log('Answer key');
	questions.forEach((q, i) => {
		console.log(`${i + 1}. ${answerText(q)}`);
		console.log(`   ${q.explanation}`);
	});
}

const args = parseArgs(process.argv.slice(2));
const files = readContentFiles();
const loaded = loadDataset(files);
if (!loaded.dataset) {
	for (const issue of loaded.issues) console.error(formatIssue(issue));
	fail('The dataset has problems; run npm run validate.');
}
const dataset = loaded.dataset;

if (args.mode === 'check') {
	const started = performance.now();
	const reports = checkAll(dataset, args.seeds);
	let failures = 0;
	console.log(
		`${'generator'.padEnd(22)} ${'items'.padStart(6)} ${'distinct'.padStart(8)} ${'declines'.padStart(8)} ${'failures'.padStart(8)}`
	);
	for (const r of reports) {
		failures += r.failures.length;
		console.log(
			`${r.id.padEnd(22)} ${String(r.items).padStart(6)} ${String(r.distinct).padStart(8)} ${String(r.declines).padStart(8)} ${String(r.failures.length).padStart(8)}`
		);
		for (const f of r.failures) console.error(`  ${r.id}: ${f}`);
	}
	const lessons = lessonSlugs(files);
	const hand = loadHandWritten(files, {
		lessons,
		sources: new Set(dataset.sources.map((s) => s.id)),
		concepts: new Set(dataset.glossary.map((g) => g.id)),
		factKeys: new Set(Object.keys(dataset.facts)),
		dataset
	});
	for (const issue of hand.issues) console.error(formatIssue(issue));
	console.log(`hand-written questions: ${hand.questions.length}, problems: ${hand.issues.length}`);
	console.log(`${args.seeds} seeds per generator, ${Math.round(performance.now() - started)} ms`);
	process.exit(failures || hand.issues.length ? 1 : 0);
}

const lessons = lessonSlugs(files);
if (args.lesson && !lessons.has(args.lesson))
	fail(`Unknown lesson "${args.lesson}". Known lessons: ${[...lessons].join(', ')}.`);
const hand = loadHandWritten(files, {
	lessons,
	sources: new Set(dataset.sources.map((s) => s.id)),
	concepts: new Set(dataset.glossary.map((g) => g.id)),
	dataset
});
const result = buildQuiz({
	dataset,
	lessons: args.lesson ? [args.lesson] : undefined,
	count: args.count,
	seed: /^\d+$/.test(args.seed) ? Number(args.seed) : args.seed,
	difficulty: args.difficulty,
	extra: hand.questions
});
if (result.shortBy > 0)
	console.error(
		`Only ${result.available} distinct questions are available for this choice (asked for ${result.requested}).`
	);
if (args.mode === 'json') {
	console.log(JSON.stringify(result.questions, null, 2));
} else {
	printText(result.questions);
}
