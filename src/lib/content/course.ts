// The course outline (content/course.yaml) joined with the lesson files: modules in order, each
// lesson's module, previous and next. Checks that every lesson is listed exactly once and every
// listed lesson exists. Pure: takes file texts, returns data and issues.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { fromZodIssues, type ContentIssue } from './issues.ts';
import { lessonSlugFromPath, parseLesson, type LessonInfo } from './lesson.ts';

export const COURSE_FILE = 'content/course.yaml';
export const LESSONS_DIR = 'content/lessons/';

const slug = z
	.string({ error: 'expected an id (lowercase words joined by dashes)' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an id (lowercase words joined by dashes)' });

export const courseSchema = z
	.object({
		title: z.string({ error: 'expected text' }).min(1),
		tagline: z.string({ error: 'expected text' }).min(1),
		/** where "report a mistake" links go; {page} and {title} are filled in */
		reportMistake: z
			.object({
				url: z.string({ error: 'expected a URL template' }).min(1),
				label: z.string().min(1)
			})
			.strict()
			.optional(),
		modules: z
			.array(
				z
					.object({
						id: slug,
						title: z.string({ error: 'expected text' }).min(1),
						summary: z.string({ error: 'expected text' }).min(1),
						lessons: z.array(slug, { error: 'expected a list of lesson slugs' }).min(1)
					})
					.strict(),
				{ error: 'expected a list of modules' }
			)
			.min(1)
	})
	.strict();

export type CourseOutline = z.infer<typeof courseSchema>;

export interface CourseLesson extends LessonInfo {
	moduleId: string;
	prev?: { slug: string; title: string };
	next?: { slug: string; title: string };
}

export interface CourseModule {
	id: string;
	title: string;
	summary: string;
	lessons: string[];
}

export interface Course {
	title: string;
	tagline: string;
	reportMistake?: CourseOutline['reportMistake'];
	modules: CourseModule[];
	/** every lesson, in course order */
	lessons: CourseLesson[];
}

export function buildCourse(files: Record<string, string>): {
	course?: Course;
	issues: ContentIssue[];
} {
	const issues: ContentIssue[] = [];
	const lessons = new Map<string, LessonInfo>();
	const lessonFiles = Object.keys(files)
		.filter((f) => f.startsWith(LESSONS_DIR) && f.endsWith('.md'))
		.sort();
	for (const file of lessonFiles) {
		const r = parseLesson(file, files[file]);
		issues.push(...r.issues);
		if (!r.lesson) continue;
		const clash = lessons.get(r.lesson.slug);
		if (clash) {
			issues.push({
				file,
				message: `slug "${r.lesson.slug}" is already used by ${clash.file}; each lesson needs its own slug`
			});
			continue;
		}
		lessons.set(r.lesson.slug, r.lesson);
	}

	const courseText = files[COURSE_FILE];
	if (courseText === undefined) {
		issues.push({ file: COURSE_FILE, message: 'file is missing' });
		return { issues };
	}
	let raw: unknown;
	try {
		raw = parseYaml(courseText);
	} catch (e) {
		issues.push({
			file: COURSE_FILE,
			message: `not valid YAML: ${(e as Error).message.split('\n')[0]}`
		});
		return { issues };
	}
	const parsed = courseSchema.safeParse(raw);
	if (!parsed.success) {
		issues.push(...fromZodIssues(COURSE_FILE, parsed.error.issues));
		return { issues };
	}
	const outline = parsed.data;

	const moduleIds = new Set<string>();
	const listed = new Map<string, string>();
	for (const [mi, mod] of outline.modules.entries()) {
		if (moduleIds.has(mod.id)) {
			issues.push({ file: COURSE_FILE, field: `modules.${mi}.id`, message: `duplicate module id "${mod.id}"` });
		}
		moduleIds.add(mod.id);
		for (const [li, s] of mod.lessons.entries()) {
			const field = `modules.${mi}.lessons.${li}`;
			if (listed.has(s)) {
				issues.push({ file: COURSE_FILE, field, message: `lesson "${s}" is listed twice` });
			} else if (!lessonFiles.some((f) => lessonSlugFromPath(f)?.slug === s)) {
				issues.push({
					file: COURSE_FILE,
					field,
					message: `lesson "${s}" is listed but no file content/lessons/NN-${s}.md exists`
				});
			}
			listed.set(s, mod.id);
		}
	}
	for (const lesson of lessons.values()) {
		if (!listed.has(lesson.slug)) {
			issues.push({
				file: lesson.file,
				message: `lesson "${lesson.slug}" is not listed in ${COURSE_FILE}; add it to a module`
			});
		}
	}
	if (issues.length) return { issues };

	const ordered = outline.modules.flatMap((m) =>
		m.lessons.map((s) => ({ ...(lessons.get(s) as LessonInfo), moduleId: m.id }))
	);
	const courseLessons: CourseLesson[] = ordered.map((l, i) => ({
		...l,
		prev: i > 0 ? { slug: ordered[i - 1].slug, title: ordered[i - 1].title } : undefined,
		next: i < ordered.length - 1 ? { slug: ordered[i + 1].slug, title: ordered[i + 1].title } : undefined
	}));
	return {
		issues,
		course: {
			title: outline.title,
			tagline: outline.tagline,
			reportMistake: outline.reportMistake,
			modules: outline.modules,
			lessons: courseLessons
		}
	};
}

/**
 * Checks each lesson's relative links against the site's pages. `pages` lists the site's
 * paths without base (e.g. "/about", "/lessons/intro").
 */
export function checkLessonLinks(course: Course, pages: Set<string>): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const lesson of course.lessons) {
		const here = new URL(`https://x/lessons/${lesson.slug}`);
		for (const link of lesson.links) {
			if (link.startsWith('/')) {
				issues.push({
					file: lesson.file,
					field: 'body',
					message: `link "${link}" starts with "/", which breaks when the site is hosted under a sub-path; write it relative, e.g. "../glossary" or "./other-lesson"`
				});
				continue;
			}
			const target = new URL(link, here).pathname.replace(/\/$/, '') || '/';
			if (!pages.has(target)) {
				issues.push({
					file: lesson.file,
					field: 'body',
					message: `link "${link}" points to ${target}, which is not a page of the site`
				});
			}
		}
	}
	return issues;
}
