import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ImportPreview from '../../../src/lib/components/progress/ImportPreview.svelte';
import type { ImportPreview as Preview } from '../../../src/lib/progress/index.ts';

const preview = (over: Partial<Preview>): Preview => ({
	profiles: [],
	newProfiles: 0,
	newAttempts: 0,
	changes: false,
	...over
});

describe('ImportPreview', () => {
	it('lists each profile with what it adds, and confirms or cancels', async () => {
		const user = userEvent.setup();
		const onconfirm = vi.fn();
		const oncancel = vi.fn();
		render(ImportPreview, {
			preview: preview({
				changes: true,
				newProfiles: 1,
				newAttempts: 3,
				profiles: [
					{ id: 'a', name: 'Aigerim', status: 'new', newAttempts: 2, newLessonsRead: 1 },
					{
						id: 'd',
						name: 'Dias',
						nameInFile: 'Dias K.',
						status: 'existing',
						newAttempts: 1,
						newLessonsRead: 0
					}
				]
			}),
			onconfirm,
			oncancel
		});
		const group = screen.getByRole('group', { name: 'What this import will add' });
		expect(group).toHaveFocus();
		const items = screen.getAllByRole('listitem');
		expect(items[0]).toHaveTextContent(
			'Aigerim (new profile). Adds 2 quiz attempts and 1 lesson read.'
		);
		expect(items[1]).toHaveTextContent('already on this device');
		expect(items[1]).toHaveTextContent('The file calls this profile “Dias K.”');
		expect(group).toHaveTextContent('Nothing already on this device is removed or overwritten.');
		await user.click(screen.getByRole('button', { name: 'Add to my progress' }));
		expect(onconfirm).toHaveBeenCalledOnce();
		await user.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(oncancel).toHaveBeenCalledOnce();
	});

	it('offers only to close when the file adds nothing', () => {
		render(ImportPreview, { preview: preview({}), onconfirm: vi.fn(), oncancel: vi.fn() });
		expect(screen.getByText(/nothing to import/)).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Add to my progress' })).toBeNull();
		expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
	});
});
