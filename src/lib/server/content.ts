// The site's view of content/: read once at build time through Vite, validated by the same pure
// modules as `npm run validate`. Server-only ($lib/server), so YAML parsing and schemas never
// reach the browser; pages receive just the data they render.
import { buildCourse, type Course } from '$lib/content/course';
import { loadDataset, type Dataset } from '$lib/content/dataset';
import { ContentError } from '$lib/content/issues';

const raw = import.meta.glob<string>(['/content/**/*.md', '/content/**/*.yaml'], {
	query: '?raw',
	import: 'default',
	eager: true
});

/** { "content/...": text }, the shape the pure content modules take */
export const contentFiles: Record<string, string> = Object.fromEntries(
	Object.entries(raw).map(([path, text]) => [path.replace(/^\//, ''), text])
);

function load(): { course: Course; dataset: Dataset } {
	const c = buildCourse(contentFiles);
	const d = loadDataset(contentFiles);
	const issues = [...c.issues, ...d.issues];
	if (!c.course || !d.dataset || issues.length) throw new ContentError(issues);
	return { course: c.course, dataset: d.dataset };
}

const loaded = load();
export const course: Course = loaded.course;
export const dataset: Dataset = loaded.dataset;

export function lessonBySlug(slug: string) {
	return course.lessons.find((l) => l.slug === slug);
}
