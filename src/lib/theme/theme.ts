import type { ThemeChoice } from '$lib/storage/settings';

export type { ThemeChoice };

const order: ThemeChoice[] = ['system', 'light', 'dark'];

/** The toggle cycles system → light → dark → system. */
export function nextTheme(choice: ThemeChoice): ThemeChoice {
	return order[(order.indexOf(choice) + 1) % order.length]!;
}

/** The colours actually shown for a choice, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
	if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
	return choice;
}

export const themeLabel: Record<ThemeChoice, string> = {
	system: 'System',
	light: 'Light',
	dark: 'Dark'
};
