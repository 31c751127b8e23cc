// Prints {median20QuestionMs, fullCheckMs, quizCodeGzipBytes} as JSON for npm run bench: median
// time to build a 20-question quiz over the whole course (many seeds), the time for the full
// --check, and the size of the quiz engine as the browser gets it (buildQuiz + grade bundled and
// minified with esbuild, then gzipped).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { loadDataset } from '../src/lib/content/dataset/index.ts';
import { checkAll } from '../src/lib/quiz/check.ts';
import { buildQuiz } from '../src/lib/quiz/quiz.ts';
import { readContentFiles } from './content-files.ts';

const dataset = loadDataset(readContentFiles()).dataset;
if (!dataset) {
	console.error('The dataset has problems; run npm run validate.');
	process.exit(1);
}
for (let s = 0; s < 20; s++) buildQuiz({ dataset, count: 20, seed: s }); // warm-up
const times: number[] = [];
for (let s = 100; s < 300; s++) {
	const t = performance.now();
	buildQuiz({ dataset, count: 20, seed: s });
	times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const median20QuestionMs = Number(times[Math.floor(times.length / 2)].toFixed(3));
const t = performance.now();
checkAll(dataset, 1000);
const fullCheckMs = Math.round(performance.now() - t);
const bundle = await build({
	stdin: {
		contents: `export { buildQuiz, questionFor } from './src/lib/quiz/quiz.ts';\nexport { grade } from './src/lib/quiz/grade.ts';`,
		resolveDir: process.cwd(),
		loader: 'ts'
	},
	bundle: true,
	minify: true,
	format: 'esm',
	platform: 'browser',
	write: false
});
const code = bundle.outputFiles[0].contents;
console.log(
	JSON.stringify({
		median20QuestionMs,
		fullCheckMs,
		quizCodeBytes: code.length,
		quizCodeGzipBytes: gzipSync(code).length
	})
);
