// Whole-content validation: the course and lessons, the dataset, and the dataset references
// lessons use. Returns every issue at once so an author can fix them in one pass.
// Pure: callers read the files (Vite glob in the site, the file system in scripts).
import { buildCourse, checkLessonLinks, type Course } from './course.ts';
import { datasetRefs, loadDataset, type Dataset } from './dataset/index.ts';
import type { ContentIssue } from './issues.ts';
import { CHART_MEASURES } from './lesson.ts';

const CHART_MEASURE_SET: ReadonlySet<string> = new Set(CHART_MEASURES);

/** The ids a lesson may reference, taken from the dataset. */
export interface DatasetRefs {
	conceptIds: ReadonlySet<string>;
	sourceIds: ReadonlySet<string>;
	factKeys: ReadonlySet<string>;
	/** fact key -> its as-of date (ISO), for facts that have one */
	factDates: ReadonlyMap<string, string>;
	dealIds: ReadonlySet<string>;
	indicatorIds: ReadonlySet<string>;
	timelineIds: ReadonlySet<string>;
}

export interface ValidationResult {
	course?: Course;
	issues: ContentIssue[];
	/** one line per record type, e.g. "lessons: 2" */
	summary: { type: string; count: number }[];
}

export function checkLessonRefs(course: Course, refs: DatasetRefs): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const lesson of course.lessons) {
		const check = (field: string, ids: string[], known: ReadonlySet<string>, what: string) =>
			ids.forEach((id, i) => {
				if (!known.has(id)) {
					issues.push({
						file: lesson.file,
						field: field === 'body' ? 'body' : `${field}.${i}`,
						message: `unknown ${what} "${id}"`
					});
				}
			});
		check('concepts', lesson.concepts, refs.conceptIds, 'concept (not in the glossary)');
		check('sources', lesson.sources, refs.sourceIds, 'source');
		check('body', lesson.termIds, refs.conceptIds, 'term (not in the glossary)');
		check('body', lesson.factKeys, refs.factKeys, 'fact key');
		check('body', lesson.dealIds, refs.dealIds, 'deal id in <DealMap highlight>');
		check('body', lesson.indicatorIds, refs.indicatorIds, 'indicator id in <IndicatorChart ids>');
		check('body', lesson.timelineIds, refs.timelineIds, 'timeline id in <Timeline ids>');
		check('body', lesson.chartMeasures, CHART_MEASURE_SET, '<DealChart> measure (use investment or jobs)');
		// dated="in-text" hides a fact's "(as of …)" only where the sentence says when itself
		for (const { key, text } of lesson.datedInText) {
			if (!refs.factKeys.has(key)) continue; // reported above as an unknown key
			const asOf = refs.factDates.get(key);
			const year = asOf?.slice(0, 4);
			if (asOf === undefined)
				issues.push({
					file: lesson.file,
					field: 'body',
					message: `<Fact key="${key}" dated="in-text">: this fact has no as-of date to leave out`
				});
			else if (!text.includes(year!))
				issues.push({
					file: lesson.file,
					field: 'body',
					message: `<Fact key="${key}" dated="in-text"> leaves out its date (${asOf}), but its paragraph does not name ${year}`
				});
		}
	}
	return issues;
}

export function validateCourse(
	files: Record<string, string>,
	pages: ReadonlySet<string>,
	refs?: DatasetRefs
): ValidationResult {
	const { course, issues } = buildCourse(files);
	if (course) {
		const allPages = new Set([...pages, ...course.lessons.map((l) => `/lessons/${l.slug}`)]);
		issues.push(...checkLessonLinks(course, allPages));
		if (refs) issues.push(...checkLessonRefs(course, refs));
	}
	return {
		course,
		issues,
		summary: course
			? [
					{ type: 'modules', count: course.modules.length },
					{ type: 'lessons', count: course.lessons.length }
				]
			: []
	};
}

/**
 * Lessons and data together: loads the dataset, then checks the course and every lesson's
 * concepts, sources, <Term> ids and <Fact> keys against it. Lesson references are checked only
 * once the dataset itself is valid, since a broken dataset cannot say which ids exist.
 */
export function validateContent(
	files: Record<string, string>,
	pages: ReadonlySet<string>
): ValidationResult & { dataset?: Dataset } {
	const data = loadDataset(files);
	const result = validateCourse(files, pages, data.dataset ? datasetRefs(data.dataset) : undefined);
	return {
		course: result.course,
		dataset: data.dataset,
		issues: [...data.issues, ...result.issues],
		summary: [...result.summary, ...data.summary]
	};
}
