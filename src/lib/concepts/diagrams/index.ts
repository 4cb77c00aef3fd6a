// Which drawing belongs to which diagram id. Each is a lazy import, so a concept page downloads
// only its own drawing; `satisfies` makes a DiagramId without a drawing a compile error.
import type { Component } from 'svelte';
import type { DiagramId } from '../schema';

export type DiagramLoader = () => Promise<{ default: Component }>;

export const diagrams = {
	transformer: () => import('./TransformerDiagram.svelte'),
	diffusion: () => import('./DiffusionDiagram.svelte'),
	gan: () => import('./GanDiagram.svelte'),
	vae: () => import('./VaeDiagram.svelte'),
	rag: () => import('./RagDiagram.svelte'),
	temperature: () => import('./TemperatureDiagram.svelte'),
	filters: () => import('./FiltersDiagram.svelte'),
	agent: () => import('./AgentDiagram.svelte')
} satisfies Record<DiagramId, DiagramLoader>;
