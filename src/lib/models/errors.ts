// Download failures as codes with one message each, naming the file and the next step. A message
// names the cause where it can be known (diagnose.ts finds it for requests that got no answer):
// "check the network" only when the network is the likely cause, never for a redirect loop, a
// blocked address or a server that refuses cross-site reads, which no retry can fix.
import { formatBytes } from '$lib/format/bytes';
import { kindLabel, type FileKind } from '$lib/webllm/fileChecks';

export type DownloadErrorCode =
	| 'http'
	| 'network'
	| 'timeout'
	| 'size-mismatch'
	| 'integrity'
	| 'quota'
	| 'bad-manifest'
	| 'bad-file'
	| 'too-large'
	| 'blocked'
	| 'redirect'
	| 'cors'
	| 'offline'
	| 'storage';

export class DownloadError extends Error {
	constructor(
		readonly code: DownloadErrorCode,
		message: string,
		readonly file?: string,
		/** The HTTP status, for 'http' errors: the retry policy reads it. */
		readonly status?: number,
		/** For 'bad-manifest': every problem found, each naming its field. */
		readonly problems?: string[]
	) {
		super(message);
		this.name = 'DownloadError';
	}
}

export function fileName(url: string): string {
	try {
		return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
	} catch {
		return url;
	}
}

function host(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

/** Problems listed in a message: the first few, then how many more. */
function listProblems(problems: string[], total: number): string {
	const shown = problems.slice(0, 3).join('; ');
	return total > 3 ? `${shown}; and ${total - 3} more` : shown;
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
	/** `got` is a lower bound when `more` is set: the body was cut off once it passed `expected`. */
	size: (url: string, expected: number, got: number, more = false) =>
		new DownloadError(
			'size-mismatch',
			`${fileName(url)} has ${more ? 'more than ' : ''}${got} bytes but the model's tensor-cache.json says ${expected}. The server holds a different file; nothing of it was stored.`,
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
	manifest: (url: string, problems: string[], total = problems.length) =>
		new DownloadError(
			'bad-manifest',
			`${fileName(url)} is not a valid model description: ${listProblems(problems, total)}. Check that the weights folder URL points at a model compiled with MLC for WebLLM; nothing of this model was stored.`,
			fileName(url),
			undefined,
			problems
		),
	badFile: (url: string, kind: FileKind, reason: string) =>
		new DownloadError(
			'bad-file',
			`${fileName(url)} is not a ${kindLabel[kind]}: ${reason}. It was not stored; check its URL.`,
			fileName(url)
		),
	tooLarge: (url: string, kind: FileKind, max: number, announced?: number) =>
		new DownloadError(
			'too-large',
			`${fileName(url)} is ${announced ? `${formatBytes(announced)}` : `larger than ${formatBytes(max)}`}, far more than a ${kindLabel[kind]} needs (at most ${formatBytes(max)}); the download was stopped and nothing of it was stored. Check its URL.`,
			fileName(url)
		),
	blocked: (url: string, reason: string) =>
		new DownloadError('blocked', `${fileName(url)} cannot be fetched: ${reason}`, fileName(url)),
	blockedRedirect: (url: string, target: string) =>
		new DownloadError(
			'blocked',
			`The server sent the request for ${fileName(url)} on to ${target}, an address this app may not contact (plain http:// works only on this computer). Host the model at an https:// address.`,
			fileName(url)
		),
	redirect: (url: string) =>
		new DownloadError(
			'redirect',
			`The server at ${host(url)} redirects ${fileName(url)} in a way the browser cannot follow (a redirect loop, or on to an address this app may not contact). Open the address in a new tab to see where it leads; retrying will not help.`,
			fileName(url)
		),
	cors: (url: string) =>
		new DownloadError(
			'cors',
			`The server at ${host(url)} answered, but does not let web pages read ${fileName(url)} (its reply has no Access-Control-Allow-Origin header). Turn on CORS on that server (for example \`npx http-server --cors\`), then retry.`,
			fileName(url)
		),
	offline: (url: string) =>
		new DownloadError(
			'offline',
			`This device is offline, so ${fileName(url)} could not be fetched. Connect, then resume: finished files are kept.`,
			fileName(url)
		),
	storage: (url: string, detail: string) =>
		new DownloadError(
			'storage',
			`Could not store ${fileName(url)}: the browser’s storage failed (${detail}). Check that this is not a private window with storage off and that the disk has space, then resume.`,
			fileName(url)
		)
};
