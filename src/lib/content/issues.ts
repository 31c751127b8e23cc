// Content problems, reported as "file: [record: ]field: message" so an author can find and fix
// them. Owns the message format only; must not import Svelte, $app or browser globals.

export interface ContentIssue {
	file: string;
	/** record id inside a data file, when the problem is in one record */
	record?: string;
	/** dotted field path, e.g. "objectives" or "investment.sources" */
	field?: string;
	message: string;
}

export function formatIssue(issue: ContentIssue): string {
	const parts = [issue.file];
	if (issue.record) parts.push(issue.record);
	if (issue.field) parts.push(issue.field);
	return `${parts.join(': ')}: ${issue.message}`;
}

export class ContentError extends Error {
	constructor(public readonly issues: ContentIssue[]) {
		super(
			`Content has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
				issues.map((i) => `  ${formatIssue(i)}`).join('\n')
		);
		this.name = 'ContentError';
	}
}

/** Turns zod issues into content issues with plain-language messages. */
export function fromZodIssues(
	file: string,
	zodIssues: { path: PropertyKey[]; message: string }[],
	record?: string
): ContentIssue[] {
	return zodIssues.map((z) => ({
		file,
		record,
		field: z.path.map(String).join('.') || undefined,
		message: z.message
	}));
}
