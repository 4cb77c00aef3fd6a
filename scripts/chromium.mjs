// Which Chromium the browser tests and the benchmark drive, and with which flags.
// Nothing here downloads a browser.
import { existsSync } from 'node:fs';

/**
 * CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own (if installed).
 * @returns {string | undefined}
 */
export function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

/** Keeps Chromium quiet on a machine without internet (no update checks, no sync). */
export const quietArgs = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync'
];

/** WebGPU on the CPU through SwiftShader: slow, but real WGSL execution. */
export const webgpuArgs = [
	'--enable-unsafe-webgpu',
	'--enable-features=Vulkan',
	'--use-vulkan=swiftshader',
	'--use-webgpu-adapter=swiftshader',
	'--disable-vulkan-surface'
];
