// The one thing every page needs to know about downloads: is one running, and how far along.
// Kept apart from modelStore so the header does not load the downloader on every page.
class DownloadActivity {
	/** Model id and fraction done (0..1) of the download in progress, in this tab or another. */
	current = $state<{ id: string; fraction: number } | null>(null);
}

export const downloadActivity = new DownloadActivity();
