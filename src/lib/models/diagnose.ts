// Why a request got no answer at all. fetch() rejects with the same bare "Failed to fetch" for a
// dead network, a redirect loop, an address the page's security policy blocks and a server that
// does not allow cross-site reads (CORS), and the page is told nothing more. Each needs different
// advice, and only the first is fixed by retrying, so after such a failure the downloader asks a
// few cheap questions before it says anything:
// 1. Is the browser offline? Then say so.
// 2. Does the address break the app's own rule (address.ts)? Then that is the reason.
// 3. Did the browser just report a security-policy violation (a redirect to a plain http://
//    address elsewhere)? Then name where the redirect led.
// 4. HEAD the URL without following redirects. A redirect answer means the server is reachable and
//    redirects: HEAD it again following redirects; if that fails too, the redirect is the problem
//    (a loop, or a target the browser refuses); if it succeeds, the first failure was passing.
//    Any other answer means the server is reachable now: a passing failure, retried as usual.
// 5. If the HEAD got no answer either, try it in "no-cors" mode, which needs no permission from
//    the server: an (opaque) answer there means the server is up but does not allow cross-site
//    reads. No answer at all: the network.
// HEAD, so no probe ever downloads a body; each probe gives up after a few seconds.
import { addressProblem } from './address';
import { downloadErrors, type DownloadError } from './errors';

export interface DiagnoseContext {
	fetch: typeof fetch;
	/** navigator.onLine; false only when the browser knows it is offline. */
	online?: boolean;
	/** The address a recent security-policy violation blocked, if any (see watchPolicyBlocks). */
	recentBlock?: () => string | undefined;
	probeTimeoutMs?: number;
}

const isRedirect = (res: Response) =>
	res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400);

async function probe(
	ctx: DiagnoseContext,
	url: string,
	init: RequestInit
): Promise<Response | null> {
	try {
		const res = await ctx.fetch(url, {
			...init,
			method: 'HEAD',
			cache: 'no-store',
			signal: AbortSignal.timeout(ctx.probeTimeoutMs ?? 5000)
		});
		void res.body?.cancel().catch(() => {});
		return res;
	} catch {
		return null;
	}
}

/** The error to report for `url`, whose request failed with `detail` before any response. */
export async function diagnoseFetchFailure(
	url: string,
	detail: string,
	ctx: DiagnoseContext
): Promise<DownloadError> {
	if (ctx.online === false) return downloadErrors.offline(url);
	const rule = addressProblem(url);
	if (rule) return downloadErrors.blocked(url, rule);
	const blocked = ctx.recentBlock?.();
	if (blocked) return downloadErrors.blockedRedirect(url, blocked);

	const manual = await probe(ctx, url, { redirect: 'manual' });
	if (manual) {
		if (!isRedirect(manual)) return downloadErrors.network(url, detail);
		const followed = await probe(ctx, url, { redirect: 'follow' });
		if (followed) return downloadErrors.network(url, detail);
		const after = ctx.recentBlock?.();
		return after ? downloadErrors.blockedRedirect(url, after) : downloadErrors.redirect(url);
	}
	if (await probe(ctx, url, { mode: 'no-cors' })) return downloadErrors.cors(url);
	return downloadErrors.network(url, detail);
}

/**
 * Remembers the addresses the page's security policy blocked in the last few seconds (the browser
 * reports each as a `securitypolicyviolation` event on the document); a no-op outside a page.
 */
export function watchPolicyBlocks(windowMs = 10_000): () => string | undefined {
	const seen: { uri: string; at: number }[] = [];
	if (typeof document !== 'undefined')
		document.addEventListener('securitypolicyviolation', (e) => {
			if (e.effectiveDirective === 'connect-src') seen.push({ uri: e.blockedURI, at: Date.now() });
			if (seen.length > 20) seen.shift();
		});
	return () => seen.findLast((s) => Date.now() - s.at < windowMs)?.uri;
}
