// The RAG lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * Retrieval-augmented generation over this app's own concept texts: BM25 (and an embedding
 * model where one is downloaded), the exact augmented prompt, cited answer, and the same
 * question without retrieval.
 */
export interface RagExperiment extends ExperimentBase {
	kind: 'rag';
	/** The question it starts with; the visitor can ask another. */
	question: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		rag: RagExperiment;
	}
}

export default defineLab('rag', 'retrieval (RAG) lab', () => import('./RagLab.svelte'));
