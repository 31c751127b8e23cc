// What a quiz page needs to generate its questions in the browser, computed once at build time:
// the pruned dataset, the hand-written questions, source titles and links, lesson titles, and the
// country outline for region-pick maps (drawn here so d3-geo and the atlas never reach the
// browser). Server-only. Other quiz pages (review, practice, assignments) reuse quizPageData().
import { geoPath, geoTransform } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';
import { project } from '$lib/components/quiz/map-projection';
import type { SourceMap } from '$lib/components/quiz/sources';
import { pruneForQuiz, type QuizDataset } from '$lib/quiz/browser-data';
import { loadHandWritten } from '$lib/quiz/hand-written';
import type { Question } from '$lib/quiz/model';
import type { LessonSections } from '$lib/quiz/sections';
import { OUTLINE_LESSONS } from '$lib/quiz/outline';
import { contentFiles, course, dataset } from './content';

const KAZAKHSTAN = '398';

function outline(): string {
	const topo = atlas as unknown as Topology<{ countries: GeometryCollection }>;
	const geo = topo.objects.countries.geometries.find((g) => String(g.id) === KAZAKHSTAN);
	if (!geo) return '';
	const shape = feature(topo, geo);
	const projection = geoTransform({
		point(lon, lat) {
			const [x, y] = project(lat, lon);
			this.stream.point(x, y);
		}
	});
	// whole units are plenty for a 1000-unit-wide map and keep the path short
	return (geoPath(projection).digits(0)(shape) ?? '').replace(/(\.\d)\d+/g, '$1');
}

const quizData: QuizDataset = pruneForQuiz(dataset);
const handWritten: Question[] = loadHandWritten(contentFiles, {
	lessons: new Set([...OUTLINE_LESSONS, ...course.lessons.map((l) => l.slug)]),
	sources: new Set(dataset.sources.map((s) => s.id)),
	concepts: new Set(dataset.glossary.map((g) => g.id)),
	dataset
}).questions;
const sources: SourceMap = Object.fromEntries(
	dataset.sources.map((s) => [s.id, { title: s.title, url: s.url }])
);
const mapOutline = outline();

export interface QuizPageData {
	dataset: QuizDataset;
	/** hand-written questions for the lessons asked for */
	extra: Question[];
	sources: SourceMap;
	/** lesson slug -> title, for links from results back to lessons that exist */
	lessons: Record<string, string>;
	/** where each lesson teaches each fact, so questions link to that section */
	sections: LessonSections;
	outline: string;
}

/** Everything a quiz over these lessons needs (all lessons when none are given). */
export function quizPageData(lessons?: readonly string[]): QuizPageData {
	return {
		dataset: quizData,
		extra: handWritten.filter((q) => !lessons || lessons.includes(q.lesson.slug)),
		sources,
		lessons: Object.fromEntries(course.lessons.map((l) => [l.slug, l.title])),
		sections: Object.fromEntries(
			course.lessons
				.filter((l) => !lessons || lessons.includes(l.slug))
				.map((l) => [
					l.slug,
					{
						facts: l.factSections,
						headings: Object.fromEntries(l.toc.map((e) => [e.id, e.text]))
					}
				])
		),
		outline: mapOutline
	};
}
