// Which addresses a model can come from. The page's Content-Security-Policy (svelte.config.js,
// connect-src) lets the app fetch https:// from anywhere and plain http:// only from this computer
// (localhost, 127.0.0.1): a presenter's laptop server works, while a plain http:// server elsewhere
// on the venue's network would be blocked by the policy, and by the browser itself as insecure
// content on an https:// page. Such a request fails with the same bare "Failed to fetch" as a
// dead network, so the rule is stated here once: the form says it while the user types, and the
// downloader refuses such an address before any request with this reason instead of "check the
// network". address.spec.ts reads svelte.config.js so the two cannot drift apart.

/** Hosts plain http:// may reach (the policy lists exactly these, with any port). */
const localHosts = ['localhost', '127.0.0.1'];

/** Why the app cannot fetch from this address, or null when it can (or it is not a URL at all). */
export function addressProblem(value: string): string | null {
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		return null;
	}
	if (url.protocol === 'https:') return null;
	if (url.protocol !== 'http:')
		return `${url.protocol.replace(/:$/, '')}:// addresses cannot be downloaded from; use https://.`;
	if (localHosts.includes(url.hostname)) return null;
	return `plain http:// works only on this computer (localhost or 127.0.0.1). For ${url.hostname}, the app’s security policy and the browser block unencrypted requests: serve the files over https://, or from this computer.`;
}
