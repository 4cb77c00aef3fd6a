// What this device's WebGPU can do. `classifyAdapter` and `explainGpu` are pure (tested with
// fake adapters); `probeGpu` is the thin browser call around them.

/** The adapter limits that decide which models fit (bytes, except where named). */
export interface KeyLimits {
	maxStorageBufferBindingSize: number;
	maxBufferSize: number;
	maxComputeWorkgroupStorageSize: number;
	maxComputeInvocationsPerWorkgroup: number;
}

export interface AdapterFacts {
	vendor: string;
	architecture: string;
	device: string;
	description: string;
	/** A software or otherwise limited adapter (e.g. SwiftShader): works, but slowly. */
	isFallbackAdapter: boolean;
	shaderF16: boolean;
	features: string[];
	limits: KeyLimits;
}

export type GpuUnavailableReason = 'insecure-context' | 'no-api' | 'no-adapter' | 'error';

export type GpuProbe =
	| { status: 'available'; adapter: AdapterFacts }
	| { status: 'unavailable'; reason: GpuUnavailableReason; detail?: string };

/** The parts of GPUAdapter we read; older browsers put isFallbackAdapter on the adapter itself. */
export interface AdapterLike {
	readonly features: { has(name: string): boolean; forEach(cb: (value: string) => void): void };
	readonly limits: Partial<KeyLimits>;
	readonly info?: Partial<
		Pick<GPUAdapterInfo, 'vendor' | 'architecture' | 'device' | 'description'>
	> & {
		isFallbackAdapter?: boolean;
	};
	readonly isFallbackAdapter?: boolean;
}

export interface GpuEnvironment {
	isSecureContext: boolean;
	gpu?: { requestAdapter(options?: GPURequestAdapterOptions): Promise<AdapterLike | null> };
}

export function classifyAdapter(adapter: AdapterLike): AdapterFacts {
	const features: string[] = [];
	adapter.features.forEach((f) => features.push(f));
	features.sort();
	const info = adapter.info ?? {};
	const lim = adapter.limits;
	return {
		vendor: info.vendor ?? '',
		architecture: info.architecture ?? '',
		device: info.device ?? '',
		description: info.description ?? '',
		isFallbackAdapter: Boolean(info.isFallbackAdapter ?? adapter.isFallbackAdapter),
		shaderF16: adapter.features.has('shader-f16'),
		features,
		limits: {
			maxStorageBufferBindingSize: lim.maxStorageBufferBindingSize ?? 0,
			maxBufferSize: lim.maxBufferSize ?? 0,
			maxComputeWorkgroupStorageSize: lim.maxComputeWorkgroupStorageSize ?? 0,
			maxComputeInvocationsPerWorkgroup: lim.maxComputeInvocationsPerWorkgroup ?? 0
		}
	};
}

/** Asks the browser for a GPU adapter; never throws. */
export async function probeGpu(env: GpuEnvironment): Promise<GpuProbe> {
	if (!env.gpu) {
		// Browsers hide navigator.gpu outside secure contexts, so name that cause first.
		return { status: 'unavailable', reason: env.isSecureContext ? 'no-api' : 'insecure-context' };
	}
	try {
		const adapter =
			(await env.gpu.requestAdapter({ powerPreference: 'high-performance' })) ??
			(await env.gpu.requestAdapter());
		if (!adapter) return { status: 'unavailable', reason: 'no-adapter' };
		return { status: 'available', adapter: classifyAdapter(adapter) };
	} catch (error) {
		return { status: 'unavailable', reason: 'error', detail: String(error) };
	}
}

/** The probe for this page's browser. */
export function probeThisBrowser(): Promise<GpuProbe> {
	return probeGpu({
		isSecureContext: globalThis.isSecureContext ?? false,
		gpu: typeof navigator !== 'undefined' ? (navigator.gpu as GpuEnvironment['gpu']) : undefined
	});
}

export type GpuLevel = 'ready' | 'slow' | 'unavailable';

export interface GpuExplanation {
	level: GpuLevel;
	headline: string;
	/** Plain-language sentences, each about one thing that is missing or limited. */
	notes: string[];
}

const unavailableText: Record<GpuUnavailableReason, string> = {
	'insecure-context':
		'WebGPU only works on secure pages. Open the app over https:// or from localhost, not from a plain http:// address.',
	'no-api':
		'This browser does not offer WebGPU. Use Chrome or Edge 113 or newer on a desktop (or Chrome 121+ on Android); in Firefox and Safari it may still be behind a setting.',
	'no-adapter':
		'The browser knows WebGPU but found no GPU it may use: hardware acceleration may be off in its settings, the GPU driver may be blocked (see chrome://gpu), or it runs in a virtual machine.',
	error: 'Asking the browser for a GPU failed.'
};

export function explainGpu(probe: GpuProbe): GpuExplanation {
	if (probe.status === 'unavailable') {
		const notes = [unavailableText[probe.reason]];
		if (probe.detail) notes.push(`The browser said: ${probe.detail}`);
		notes.push(
			'Everything still works with the built-in statistical model, which needs no GPU and no download.'
		);
		return { level: 'unavailable', headline: 'WebGPU is not available', notes };
	}
	const a = probe.adapter;
	const notes: string[] = [];
	if (a.isFallbackAdapter) {
		notes.push(
			'This is a software (fallback) adapter: the GPU work runs on the processor. It works, but slowly, so only the smallest models are practical.'
		);
	}
	if (!a.shaderF16) {
		notes.push(
			'No shader-f16 support: models in 16-bit variants (q4f16) will not run here; their 32-bit variants (q4f32) will, at a somewhat larger download.'
		);
	}
	const name = [a.vendor, a.architecture].filter(Boolean).join(' · ') || 'unnamed adapter';
	return {
		level: a.isFallbackAdapter ? 'slow' : 'ready',
		headline: `WebGPU available: ${name}`,
		notes
	};
}
