import type { ThemeChoice } from '$lib/storage/settings';

export type { ThemeChoice };

const order: ThemeChoice[] = ['system', 'light', 'dark'];

/** The toggle cycles system → light → dark → system. */
export function nextTheme(choice: ThemeChoice): ThemeChoice {
	return order[(order.indexOf(choice) + 1) % order.length]!;
}

export const themeLabel: Record<ThemeChoice, string> = {
	system: 'System',
	light: 'Light',
	dark: 'Dark'
};
