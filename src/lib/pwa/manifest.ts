/** The web app manifest, built for a base path ('' for the domain root, '/genai-live' for a sub-path). */
export function appManifest(base: string) {
	const root = `${base}/`;
	return {
		id: root,
		name: 'GenAI Live',
		short_name: 'GenAI Live',
		description:
			'See generative AI work: a language model running on your own GPU, and a live experiment for every concept.',
		lang: 'en',
		start_url: root,
		scope: root,
		display: 'standalone' as const,
		theme_color: '#1b1f3b',
		background_color: '#0f1226',
		icons: [
			{ src: `${root}icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: `${root}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
			{
				src: `${root}icons/maskable-512.png`,
				sizes: '512x512',
				type: 'image/png',
				purpose: 'maskable'
			}
		]
	};
}
