// The theme the user chose, shared by the header toggle and the document root.
import { getSetting, setSetting } from '$lib/storage/settings';
import { nextTheme, type ThemeChoice } from './theme';

class ThemeStore {
	choice = $state<ThemeChoice>('system');

	/** Reads the saved choice; a broken or blocked database leaves the system theme in place. */
	async load(): Promise<void> {
		try {
			this.apply(await getSetting('theme'));
		} catch {
			this.apply('system');
		}
	}

	async cycle(): Promise<void> {
		const next = nextTheme(this.choice);
		this.apply(next);
		try {
			await setSetting('theme', next);
		} catch {
			// Private mode or a full disk: the theme still applies for this visit.
		}
	}

	private apply(choice: ThemeChoice) {
		this.choice = choice;
		// CSS reads data-theme; 'system' removes it so the prefers-color-scheme query decides.
		if (choice === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = choice;
	}
}

export const themeStore = new ThemeStore();
