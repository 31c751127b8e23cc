import { describe, expect, it } from 'vitest';
import {
	LESSON_ISLAND_PROPS,
	lessonIslandHead,
	type LessonIslandProps
} from '../../../src/lib/islands/lesson-props.ts';

const props = (pageTitle: string): LessonIslandProps => ({
	slug: 'deep-processing',
	cite: {
		siteTitle: 'Corridor',
		pageTitle,
		path: '/lessons/deep-processing',
		datasetVersion: 'abc123',
		builtOn: '29 November 2026',
		report: { url: 'https://example.org/issues/new?title={title}', label: 'Report a mistake' }
	}
});

/**
 * What a browser reads back: an HTML parser ends the JSON element at the first closing script tag,
 * so that is where its text ends here too.
 */
function readBack(html: string): unknown {
	const open = `<script type="application/json" id="${LESSON_ISLAND_PROPS}">`;
	expect(html.startsWith(open)).toBe(true);
	return JSON.parse(html.slice(open.length, html.indexOf('</script>')));
}

describe('lessonIslandHead', () => {
	it('writes the props as JSON that reads back unchanged, then the module script', () => {
		const html = lessonIslandHead(props('Deep processing'), '/_app/immutable/islands/lesson-x.js');
		expect(readBack(html)).toEqual(props('Deep processing'));
		expect(html).toMatch(
			/<\/script><script type="module" src="\/_app\/immutable\/islands\/lesson-x\.js"><\/script>$/
		);
	});

	it('keeps a title that contains a closing script tag inside the JSON element', () => {
		const title = 'Tricky </script><script>alert(1)</script> title';
		const html = lessonIslandHead(props(title), '/x.js');
		expect(readBack(html)).toEqual(props(title));
		expect(html.match(/<\/script>/g)).toHaveLength(2);
	});

	it('escapes quotes in the script address', () => {
		expect(lessonIslandHead(props('A'), '/a".js')).toContain('src="/a&quot;.js"');
	});
});
