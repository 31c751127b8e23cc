// npm run validate: checks lessons and data together; one summary line per record type, then
// every problem as "file: [record: ]field: message". Exits non-zero on any problem.
import { formatIssue } from '../src/lib/content/issues.ts';
import { validateAll } from './validate-all.ts';

const root = process.argv[2] ?? process.cwd();
const result = validateAll(root);
for (const { type, count } of result.summary) console.log(`${type.padEnd(14)} ${count}`);
if (result.issues.length) {
	for (const issue of result.issues) console.error(formatIssue(issue));
	console.error(`\n${result.issues.length} problem(s) found.`);
	process.exit(1);
}
console.log('Content is valid.');
