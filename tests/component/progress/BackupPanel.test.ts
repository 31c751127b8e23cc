import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import BackupPanel from '../../../src/lib/components/progress/BackupPanel.svelte';
import { parseProgressImport } from '../../../src/lib/progress/index.ts';
import { sampleExport } from '../../e2e/progress-data.ts';
import { loadedStore } from './helpers.ts';

const file = (text: string, name = 'backup.json') =>
	new File([text], name, { type: 'application/json' });

function setup(maxBytes?: number) {
	const user = userEvent.setup();
	const store = loadedStore();
	store.createProfile('Dias');
	const save = vi.fn();
	render(BackupPanel, { store, save, ...(maxBytes ? { maxBytes } : {}) });
	const input = screen.getByLabelText('Choose a backup file to import');
	return { user, store, save, input };
}

describe('BackupPanel', () => {
	it('exports every profile as a file that imports back', async () => {
		const { user, store, save } = setup();
		await user.click(screen.getByRole('button', { name: 'Export all progress' }));
		expect(save).toHaveBeenCalledOnce();
		const [fileName, text] = save.mock.calls[0];
		expect(fileName).toMatch(/^corridor-progress-\d{4}-\d{2}-\d{2}\.json$/);
		const back = parseProgressImport(text);
		expect(back.ok && back.doc).toEqual(store.doc);
		expect(screen.getByRole('status')).toHaveTextContent(fileName);
	});

	it('refuses a file that is not a backup, says so, and changes nothing', async () => {
		const { user, store, input } = setup();
		const before = store.doc;
		await user.upload(input, file('{"hello": "world"}'));
		expect(await screen.findByRole('alert')).toHaveTextContent('not a Corridor progress backup');
		expect(store.doc).toBe(before);
		expect(screen.queryByRole('button', { name: 'Add to my progress' })).toBeNull();
	});

	it('refuses broken JSON and a file that is too large', async () => {
		const { user, store, input } = setup(200);
		const before = store.doc;
		await user.upload(input, file('{"app": "corridor", "kind": "progr'));
		expect(await screen.findByRole('alert')).toHaveTextContent('not a Corridor progress backup');
		await user.upload(input, file(sampleExport()));
		expect(await screen.findByRole('alert')).toHaveTextContent('too large');
		expect(store.doc).toBe(before);
	});

	it('shows what a good file adds, and merges only after confirmation', async () => {
		const { user, store, input } = setup();
		await user.upload(input, file(sampleExport('Aigerim')));
		const preview = await screen.findByRole('group', { name: 'What this import will add' });
		expect(preview).toHaveTextContent('New profiles: 1. New quiz attempts: 3.');
		expect(preview).toHaveTextContent('Aigerim (new profile)');
		expect(store.doc.profiles.map((p) => p.name)).toEqual(['Dias']);

		await user.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(store.doc.profiles.map((p) => p.name)).toEqual(['Dias']);
		expect(screen.getByRole('status')).toHaveTextContent('Nothing was changed');

		await user.upload(input, file(sampleExport('Aigerim')));
		await screen.findByRole('group', { name: 'What this import will add' });
		await user.click(screen.getByRole('button', { name: 'Add to my progress' }));
		expect(store.doc.profiles.map((p) => p.name).sort()).toEqual(['Aigerim', 'Dias']);
		expect(store.doc.profiles.find((p) => p.name === 'Aigerim')?.attempts).toHaveLength(3);
		expect(screen.getByRole('status')).toHaveTextContent('Added 3 quiz attempts and 1 new profile');
		expect(store.active?.name).toBe('Dias');
	});

	it('resets the active profile only after confirmation', async () => {
		const { user, store } = setup();
		store.markLessonRead('deep-processing', 'marked');
		await user.click(screen.getByRole('button', { name: 'Reset this profile’s progress' }));
		const cancel = screen.getByRole('button', { name: 'Cancel' });
		expect(cancel).toHaveFocus();
		await user.click(cancel);
		expect(Object.keys(store.active?.lessonsRead ?? {})).toEqual(['deep-processing']);

		await user.click(screen.getByRole('button', { name: 'Reset this profile’s progress' }));
		await user.click(screen.getByRole('button', { name: 'Yes, reset the progress' }));
		expect(store.active?.lessonsRead).toEqual({});
		expect(store.active?.name).toBe('Dias');
	});
});
