// Choosing the app-wide engine the way a person does: the Engine button in the header opens the
// picker, a radio per engine. `id` is "builtin" or a model id.
import { expect, type Page } from '@playwright/test';

export async function chooseEngine(page: Page, id: string): Promise<void> {
	const control = page.getByTestId('engine-control');
	if ((await control.getAttribute('aria-expanded')) !== 'true') await control.click();
	const picker = page.getByRole('group', { name: 'Engine settings' });
	const radio = picker.locator(`input[type="radio"][value="${id}"]`);
	await expect(radio).toBeEnabled();
	await radio.check();
	await page.keyboard.press('Escape');
	await expect(picker).toHaveCount(0);
	await expect(control).toContainText(id === 'builtin' ? 'Built-in trigram model' : 'Engine:');
}
