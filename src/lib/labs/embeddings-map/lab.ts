// The tokens-and-embeddings lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * A text as the chosen engine's tokens, and the concept pages' paragraphs as points on a 2-D map
 * (PCA of an embedding model's vectors where one is on the device, else TF-IDF vectors), with the
 * paragraphs nearest to the same text by cosine.
 */
export interface EmbeddingsMapExperiment extends ExperimentBase {
	kind: 'embeddings-map';
	/** The text it starts with; the visitor can type another. */
	text: string;
	/** How many nearest paragraphs to list. */
	nearest: number;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'embeddings-map': EmbeddingsMapExperiment;
	}
}

export default defineLab(
	'embeddings-map',
	'tokens and embeddings map',
	() => import('./EmbeddingsMapLab.svelte')
);
