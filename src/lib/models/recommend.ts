// "Recommended for this device": which catalogue models can run on this adapter, and which one
// to suggest first. Pure, so every rule is unit-tested with made-up adapters.
// The rules, revisited for the 2025-26 models of WebLLM 0.2.86: a software adapter gets the
// lightest model by GPU memory (on SwiftShader one token of a 0.5B model takes about 14 s, see
// the stack notes); a real GPU gets the newest model of about a billion weights or more that needs
// at most 2 GB of GPU memory, since newer small models answer better at the same size. A model
// that always reasons first is never the default: its answers take many tokens longer.
import type { GpuProbe } from '$lib/gpu/probe';
import { formatBytes } from '$lib/format/bytes';
import type { ModelEntry } from './catalogue';

export type Fit = { ok: true } | { ok: false; reason: string };

/** Whether one model can run on this adapter, and if not, why (one sentence). */
export function modelFit(model: ModelEntry, probe: GpuProbe): Fit {
	if (probe.status !== 'available')
		return { ok: false, reason: 'This browser has no usable WebGPU.' };
	const a = probe.adapter;
	if (model.needsF16 && !a.shaderF16) {
		return { ok: false, reason: 'Needs shader-f16, which this GPU lacks; use the q4f32 variant.' };
	}
	// The largest single weight buffer of these models is far below the total; a quarter of the
	// weights is a safe upper bound for the biggest tensor (the embedding table).
	const biggestBuffer = (model.estimatedBytes ?? 0) / 4;
	const limit = Math.min(a.limits.maxStorageBufferBindingSize, a.limits.maxBufferSize);
	if (limit > 0 && biggestBuffer > limit) {
		return {
			ok: false,
			reason: `Its largest tensor (~${formatBytes(biggestBuffer)}) exceeds this GPU’s buffer limit of ${formatBytes(limit)}.`
		};
	}
	return { ok: true };
}

export interface Recommendation {
	model: ModelEntry | null;
	/** One sentence on why, shown next to the choice. */
	reason: string;
	/** Extra caution, e.g. a software adapter. */
	warning?: string;
}

export function recommendModel(models: ModelEntry[], probe: GpuProbe): Recommendation {
	if (probe.status !== 'available') {
		return {
			model: null,
			reason:
				'WebGPU is not available here, so no model can run; the built-in statistical model still works without one.'
		};
	}
	const a = probe.adapter;
	const chat = models.filter(
		(m) => m.kind === 'chat' && !m.custom && m.thinking !== 'always' && modelFit(m, probe).ok
	);
	// Smallest first: software adapters and small GPUs get the lightest model that fits.
	const bySize = [...chat].sort((x, y) => (x.vramMB ?? Infinity) - (y.vramMB ?? Infinity));
	// On a real GPU, the newest model of ~1B or more within 2 GB; the sort is stable, so among
	// models of the same month the smaller stays first.
	const newest = bySize
		.filter((m) => m.params >= 1e9 && (m.vramMB ?? Infinity) <= 2000)
		.sort((x, y) => (y.released ?? '').localeCompare(x.released ?? ''));
	const preferred = a.isFallbackAdapter ? bySize[0] : (newest[0] ?? bySize[0]);
	if (!preferred) {
		return { model: null, reason: 'None of the catalogue models fits this GPU’s limits.' };
	}
	const variant = a.shaderF16
		? 'this GPU supports shader-f16, so the smaller 16-bit variant runs'
		: 'this GPU lacks shader-f16, so only the 32-bit (q4f32) variants run';
	return {
		model: preferred,
		reason: a.isFallbackAdapter
			? `The smallest model, because this is a software adapter; ${variant}.`
			: `The newest model of about a billion weights or more that needs at most 2 GB of GPU memory; ${variant}.`,
		warning: a.isFallbackAdapter
			? 'Software adapter: the GPU work runs on the processor, so expect a few tokens per second at best.'
			: undefined
	};
}
