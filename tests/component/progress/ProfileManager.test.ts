import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ProfileManager from '../../../src/lib/components/progress/ProfileManager.svelte';
import { loadedStore } from './helpers.ts';

const profileNames = (store: ReturnType<typeof loadedStore>) =>
	store.doc.profiles.map((p) => p.name);

describe('ProfileManager', () => {
	it('says plainly that profiles are not private', () => {
		render(ProfileManager, { store: loadedStore() });
		expect(screen.getByText(/not private/)).toBeInTheDocument();
		expect(screen.getByText(/anyone using this device can open any profile/)).toBeInTheDocument();
	});

	it('creates a profile and makes it active; an empty name is explained and creates nothing', async () => {
		const user = userEvent.setup();
		const store = loadedStore();
		render(ProfileManager, { store });
		const name = screen.getByLabelText('Name');
		await user.type(name, '   ');
		await user.click(screen.getByRole('button', { name: 'Create and use this profile' }));
		expect(screen.getByRole('alert')).toHaveTextContent('The name is empty');
		expect(name).toHaveAttribute('aria-invalid', 'true');
		expect(store.doc.profiles).toEqual([]);

		await user.clear(name);
		await user.type(name, 'Aigerim{Enter}');
		expect(profileNames(store)).toEqual(['Aigerim']);
		expect(store.active?.name).toBe('Aigerim');
		const list = screen.getByRole('list', { name: 'Profiles on this device' });
		expect(within(list).getByText('Active profile')).toBeInTheDocument();
		expect(screen.getByRole('status')).toHaveTextContent('“Aigerim” was created');
	});

	it('switches between profiles', async () => {
		const user = userEvent.setup();
		const store = loadedStore();
		store.createProfile('Aigerim');
		store.createProfile('Dias');
		render(ProfileManager, { store });
		expect(store.active?.name).toBe('Dias');
		await user.click(screen.getByRole('button', { name: 'Use the profile Aigerim' }));
		expect(store.active?.name).toBe('Aigerim');
		expect(screen.getByRole('button', { name: 'Use the profile Dias' })).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Use the profile Aigerim' })).toBeNull();
	});

	it('renames from the keyboard, and keeps the old name when the new one is refused', async () => {
		const user = userEvent.setup();
		const store = loadedStore();
		store.createProfile('Aigerim');
		render(ProfileManager, { store });
		await user.click(screen.getByRole('button', { name: 'Rename the profile Aigerim' }));
		const input = screen.getByLabelText('New name for Aigerim');
		expect(input).toHaveFocus();
		await user.clear(input);
		await user.type(input, 'x'.repeat(61) + '{Enter}');
		expect(screen.getByRole('alert')).toHaveTextContent('too long');
		expect(profileNames(store)).toEqual(['Aigerim']);
		await user.clear(input);
		await user.type(input, 'Aigerim B.{Enter}');
		expect(profileNames(store)).toEqual(['Aigerim B.']);
		expect(screen.queryByLabelText(/New name for/)).toBeNull();
	});

	it('deletes only after a confirmation that takes the focus; cancelling keeps the profile', async () => {
		const user = userEvent.setup();
		const store = loadedStore();
		store.createProfile('Aigerim');
		store.createProfile('Dias');
		render(ProfileManager, { store });

		await user.click(screen.getByRole('button', { name: 'Delete the profile Dias' }));
		const confirm = screen.getByRole('group', { name: /Delete the profile “Dias”/ });
		const cancel = within(confirm).getByRole('button', { name: 'Cancel' });
		expect(cancel).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(profileNames(store)).toEqual(['Aigerim', 'Dias']);
		expect(screen.queryByRole('group', { name: /Delete the profile/ })).toBeNull();

		await user.click(screen.getByRole('button', { name: 'Delete the profile Dias' }));
		await user.click(screen.getByRole('button', { name: 'Yes, delete this profile' }));
		expect(profileNames(store)).toEqual(['Aigerim']);
		expect(screen.getByRole('status')).toHaveTextContent('“Dias” was deleted');
	});
});
