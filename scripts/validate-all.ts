// Validates everything under content/ from the file system; shared by `npm run validate` and
// the build's content guard so both report exactly the same problems.
import { formatIssue } from '../src/lib/content/issues.ts';
import { validateContent, type ValidationResult } from '../src/lib/content/validate.ts';
import { readContentFiles, staticPages } from './content-files.ts';

export function validateAll(root = process.cwd()): ValidationResult & { message: string } {
	const files = readContentFiles(root);
	const result = validateContent(files, staticPages(root));
	const message =
		`Content has ${result.issues.length} problem(s):\n` +
		result.issues.map((i) => `  ${formatIssue(i)}`).join('\n');
	return { ...result, message };
}
