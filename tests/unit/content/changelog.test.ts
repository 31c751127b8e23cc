import { describe, expect, it } from 'vitest';
import { parseChangelog } from '../../../src/lib/content/changelog.ts';

describe('parseChangelog', () => {
	it('drops the title and reads headings, paragraphs, wrapped list items and inline code', () => {
		const md = [
			'# Dataset changelog',
			'',
			'Corrections to `content/data/`, newest first.',
			'Second line.',
			'',
			'## First release',
			'',
			'- One item that',
			'  wraps onto a second line.',
			'- The `2023` figures.',
			'After the list.'
		].join('\n');
		expect(parseChangelog(md)).toEqual([
			{ kind: 'paragraph', text: ['Corrections to ', 'content/data/', ', newest first. Second line.'] },
			{ kind: 'heading', text: ['First release'] },
			{
				kind: 'list',
				items: [['One item that wraps onto a second line.'], ['The ', '2023', ' figures.']]
			},
			{ kind: 'paragraph', text: ['After the list.'] }
		]);
	});
});
