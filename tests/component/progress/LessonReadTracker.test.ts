import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import LessonReadTracker from '../../../src/lib/components/progress/LessonReadTracker.svelte';
import LessonProgressBadge from '../../../src/lib/components/progress/LessonProgressBadge.svelte';
import type { ProgressApi } from '../../../src/lib/state/context';
import WithProgress from './WithProgress.svelte';

afterEach(() => localStorage.clear());

function renderWith(child: Component<{ slug: string }>, props: { slug: string }) {
	let store: ProgressApi | undefined;
	render(WithProgress, { props: { child, props, onstore: (s: ProgressApi) => (store = s) } });
	return () => store as ProgressApi;
}

describe('LessonReadTracker', () => {
	it('marks the lesson read for a first profile and says so', async () => {
		const user = userEvent.setup();
		const store = renderWith(LessonReadTracker, { slug: 'deep-processing' });
		await user.click(await screen.findByRole('button', { name: 'Mark as read' }));
		expect(screen.getByRole('status')).toHaveTextContent(/You read this lesson on/);
		expect(screen.queryByRole('button', { name: 'Mark as read' })).toBeNull();
		expect(store().active?.name).toBe('Learner');
		expect(store().active?.lessonsRead['deep-processing']?.how).toBe('marked');
		expect(localStorage.getItem('corridor:progress')).toContain('deep-processing');
	});
});

describe('LessonProgressBadge', () => {
	it('shows nothing for a lesson not started, and "Read" once it is read', async () => {
		const store = renderWith(LessonProgressBadge, { slug: 'deep-processing' });
		await Promise.resolve();
		expect(screen.queryByText('Read')).toBeNull();
		store().markLessonRead('deep-processing', 'scrolled');
		expect(await screen.findByText('Read')).toBeInTheDocument();
		expect(screen.queryByText(/Best quiz score/)).toBeNull();
	});
});
