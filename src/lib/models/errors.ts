// Download failures as codes with one message each, naming the file and the next step.
import { formatBytes } from '$lib/format/bytes';

export type DownloadErrorCode =
	| 'http'
	| 'network'
	| 'timeout'
	| 'size-mismatch'
	| 'integrity'
	| 'quota'
	| 'bad-manifest'
	| 'storage';

export class DownloadError extends Error {
	constructor(
		readonly code: DownloadErrorCode,
		message: string,
		readonly file?: string,
		/** The HTTP status, for 'http' errors: the retry policy reads it. */
		readonly status?: number
	) {
		super(message);
		this.name = 'DownloadError';
	}
}

export function fileName(url: string): string {
	return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
}

export const downloadErrors = {
	http: (url: string, status: number) =>
		new DownloadError(
			'http',
			status === 404
				? `${fileName(url)} was not found on the server (404). Check the model URL.`
				: `The server answered ${status} for ${fileName(url)}.`,
			fileName(url),
			status
		),
	network: (url: string, detail: string) =>
		new DownloadError(
			'network',
			`The connection failed while fetching ${fileName(url)} (${detail}). Check the network, then resume: finished files are kept.`,
			fileName(url)
		),
	timeout: (url: string, seconds: number) =>
		new DownloadError(
			'timeout',
			`No data arrived for ${fileName(url)} in ${seconds} s. Check the network, then resume: finished files are kept.`,
			fileName(url)
		),
	size: (url: string, expected: number, got: number) =>
		new DownloadError(
			'size-mismatch',
			`${fileName(url)} has ${got} bytes but the model's tensor-cache.json says ${expected}. The server holds a different file; nothing of it was stored.`,
			fileName(url)
		),
	integrity: (url: string) =>
		new DownloadError(
			'integrity',
			`${fileName(url)} does not match its integrity hash; it was not stored.`,
			fileName(url)
		),
	quota: (needed: number, free: number) =>
		new DownloadError(
			'quota',
			`Not enough storage: this model needs ${formatBytes(needed)} more, but only ${formatBytes(free)} is free for this site. Delete a model below or free disk space, then try again.`
		),
	manifest: (url: string, detail: string) =>
		new DownloadError(
			'bad-manifest',
			`${fileName(url)} is not a valid model description (${detail}).`,
			fileName(url)
		)
};
