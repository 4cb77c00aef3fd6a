// What the app says about one model on this device: the status type every tab shares (through
// modelStore and its BroadcastChannel) and the one line a model's row shows for it. Every number
// in that line is one the cache backs: a download whose description files are missing says so
// instead of "0 B of 0 B".
import { formatBytes } from '$lib/format/bytes';
import type { DownloadProgress } from './progress';

export type ModelStatus =
	| { kind: 'checking' }
	/** `keptFor`: models whose use keeps some of its files here (after a delete in this tab). */
	| { kind: 'absent'; keptFor?: string[] }
	/** Sizes are null when the files are there but the description files are not. */
	| { kind: 'partial'; doneBytes: number | null; totalBytes: number | null }
	| { kind: 'downloading'; progress: DownloadProgress; elsewhere?: boolean }
	| { kind: 'paused'; progress?: DownloadProgress }
	| { kind: 'deleting' }
	| { kind: 'failed'; message: string }
	| { kind: 'ready'; bytes: number };

export function fraction(p: DownloadProgress): number {
	return p.totalBytes > 0 ? Math.min(1, p.doneBytes / p.totalBytes) : 0;
}

/** The status line; empty for the states the row shows with their own markup (ready, failed). */
export function statusText(status: ModelStatus): string {
	switch (status.kind) {
		case 'checking':
			return 'Checking…';
		case 'absent':
			return 'Not downloaded';
		case 'partial':
			return status.doneBytes === null || status.totalBytes === null
				? 'Partly downloaded (its description files are missing): resume to finish'
				: `Partly downloaded (${formatBytes(status.doneBytes)} of ${formatBytes(status.totalBytes)}): resume to finish`;
		case 'deleting':
			return 'Deleting…';
		case 'downloading':
			return `${status.elsewhere ? 'Downloading in another tab' : 'Downloading'} ${Math.floor(fraction(status.progress) * 100)}%`;
		case 'paused':
			return 'Paused';
		default:
			return '';
	}
}
