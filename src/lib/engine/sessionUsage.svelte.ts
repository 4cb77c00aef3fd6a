// What this tab has asked of each engine since it opened: generations, prompt and written tokens,
// and the seconds spent writing, counted where every page's generation passes (client.ts, once a
// reply ends, stopped ones included). The session-cost lab reads it to estimate operations,
// energy and what the same tokens would cost at an API. Kept in memory only: a session is this
// tab, and a count nobody asked to keep is not stored.
import type { EngineInfo, GenerationUsage } from './types';

export interface EngineTally {
	id: string;
	label: string;
	kind: EngineInfo['kind'];
	generations: number;
	promptTokens: number;
	completionTokens: number;
	/** Seconds from request to last token, summed. */
	seconds: number;
}

class SessionUsage {
	/** One entry per engine used, in the order first used. */
	tallies = $state.raw<EngineTally[]>([]);

	record(info: Pick<EngineInfo, 'id' | 'label' | 'kind'>, usage: GenerationUsage): void {
		const writing = usage.decodeTokensPerSecond
			? usage.completionTokens / usage.decodeTokensPerSecond
			: 0;
		const seconds = usage.timeToFirstTokenMs / 1000 + writing;
		const old = this.tallies.find((t) => t.id === info.id);
		const next: EngineTally = {
			id: info.id,
			label: info.label,
			kind: info.kind,
			generations: (old?.generations ?? 0) + 1,
			promptTokens: (old?.promptTokens ?? 0) + usage.promptTokens,
			completionTokens: (old?.completionTokens ?? 0) + usage.completionTokens,
			seconds: (old?.seconds ?? 0) + seconds
		};
		this.tallies = old
			? this.tallies.map((t) => (t.id === info.id ? next : t))
			: [...this.tallies, next];
	}
}

export const sessionUsage = new SessionUsage();
