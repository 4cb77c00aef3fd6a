// "Will my demo work here?" as pure rules: what the probes found goes in, one line per concern
// comes out, each pass / warn / fail with what to do. The /check page only gathers the facts and
// renders these lines, so every rule is tested in readiness.spec.ts with made-up facts.
import type { GpuProbe } from '$lib/gpu/probe';

export type Level = 'pass' | 'warn' | 'fail';

export interface Line {
	id: 'gpu' | 'engine' | 'storage' | 'offline' | 'deck' | 'speed';
	label: string;
	level: Level;
	detail: string;
}

export interface Figures {
	engine: string;
	at: number;
	loadMs: number;
	firstTokenMs: number;
	tokensPerSecond: number;
	tokens: number;
}

export interface Facts {
	gpu: GpuProbe | null;
	engine: { label: string; builtin: boolean; notice?: string; checking: boolean };
	/** navigator.storage.persisted(); null when the browser cannot say. */
	persisted: boolean | null;
	offline: { supported: boolean; controlled: boolean; shellCached: boolean; checked: boolean };
	/** Deck pages missing from the offline copy; null until checked. */
	missing: string[] | null;
	figures: Figures | null;
}

export function readiness(f: Facts): Line[] {
	const lines: Line[] = [];
	const gpu = f.gpu;
	if (!gpu)
		lines.push({ id: 'gpu', label: 'WebGPU', level: 'warn', detail: 'Still checking the GPU…' });
	else if (gpu.status === 'unavailable')
		lines.push({
			id: 'gpu',
			label: 'WebGPU',
			level: f.engine.builtin ? 'warn' : 'fail',
			detail: f.engine.builtin
				? 'No usable WebGPU here. The built-in engine needs none, so the demos run; downloaded models will not.'
				: 'No usable WebGPU here, so the chosen model cannot run. Use the built-in engine, or another browser or computer.'
		});
	else
		lines.push({
			id: 'gpu',
			label: 'WebGPU',
			level: gpu.adapter.isFallbackAdapter ? 'warn' : 'pass',
			detail: gpu.adapter.isFallbackAdapter
				? 'A software adapter (the GPU runs on the processor): models work, but slowly. Measure below before relying on one.'
				: `GPU ready (${[gpu.adapter.vendor, gpu.adapter.architecture].filter(Boolean).join(' ') || 'adapter found'}${gpu.adapter.shaderF16 ? ', shader-f16' : ', no shader-f16: q4f32 models only'}).`
		});

	lines.push(
		f.engine.checking
			? { id: 'engine', label: 'Engine', level: 'warn', detail: `Checking ${f.engine.label}…` }
			: f.engine.notice
				? { id: 'engine', label: 'Engine', level: 'fail', detail: f.engine.notice }
				: {
						id: 'engine',
						label: 'Engine',
						level: 'pass',
						detail: f.engine.builtin
							? `${f.engine.label}: no GPU and no download needed.`
							: `${f.engine.label} is on this device and chosen for every demo.`
					}
	);

	lines.push(
		f.persisted === true
			? {
					id: 'storage',
					label: 'Storage',
					level: 'pass',
					detail: 'Persistent: the browser will not clear the models by itself.'
				}
			: {
					id: 'storage',
					label: 'Storage',
					level: 'warn',
					detail:
						f.persisted === false
							? 'Not persistent: under storage pressure the browser may clear downloaded models. Install the app, or allow persistent storage when asked.'
							: 'This browser does not say whether storage is persistent.'
				}
	);

	const o = f.offline;
	lines.push(
		!o.supported
			? {
					id: 'offline',
					label: 'Offline copy',
					level: 'fail',
					detail:
						'No service worker here: the app cannot open without the network. Use Chrome or Edge over https or localhost.'
				}
			: !o.controlled
				? {
						id: 'offline',
						label: 'Offline copy',
						level: 'warn',
						detail: 'The offline copy is not in control of this tab yet: reload the page once.'
					}
				: !o.checked
					? {
							id: 'offline',
							label: 'Offline copy',
							level: 'warn',
							detail: 'Checking the offline copy…'
						}
					: o.shellCached
						? {
								id: 'offline',
								label: 'Offline copy',
								level: 'pass',
								detail: 'The app opens without the network.'
							}
						: {
								id: 'offline',
								label: 'Offline copy',
								level: 'fail',
								detail:
									'The offline copy is incomplete: reload while online and wait for “Ready offline”.'
							}
	);

	lines.push(
		f.missing === null
			? {
					id: 'deck',
					label: 'Rehearse offline',
					level: 'warn',
					detail: 'Not checked yet: press “Rehearse offline”.'
				}
			: f.missing.length === 0
				? {
						id: 'deck',
						label: 'Rehearse offline',
						level: 'pass',
						detail: 'Every page of the deck is in the offline copy.'
					}
				: {
						id: 'deck',
						label: 'Rehearse offline',
						level: 'fail',
						detail: `Missing from the offline copy: ${f.missing.slice(0, 5).join(', ')}${f.missing.length > 5 ? ` and ${f.missing.length - 5} more` : ''}. Open them once while online.`
					}
	);

	const m = f.figures;
	lines.push(
		!m
			? {
					id: 'speed',
					label: 'Speed',
					level: 'warn',
					detail: 'Not measured on this engine yet: press “Measure”.'
				}
			: {
					id: 'speed',
					label: 'Speed',
					level: m.firstTokenMs > 3000 || m.tokensPerSecond < 3 ? 'warn' : 'pass',
					detail: `${m.engine}: loaded in ${(m.loadMs / 1000).toFixed(1)} s, first token after ${Math.round(m.firstTokenMs)} ms, ${m.tokensPerSecond.toFixed(1)} tokens/s over ${m.tokens} tokens.${m.firstTokenMs > 3000 || m.tokensPerSecond < 3 ? ' Slow for a live demo: prefer shorter outputs, or a smaller model.' : ''}`
				}
	);
	return lines;
}
