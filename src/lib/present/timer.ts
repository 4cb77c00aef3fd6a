// The speaker's clock: time since the talk started and time left against a target length,
// "mm:ss", with "over by" once the target has passed. Pure (the page passes in now).

const mmss = (ms: number) => {
	const s = Math.floor(Math.abs(ms) / 1000);
	return `${Math.floor(s / 60)
		.toString()
		.padStart(2, '0')}:${(s % 60).toString().padStart(2, '0')}`;
};

export function talkClock(startedAt: number | null, now: number, targetMinutes: number) {
	const elapsed = startedAt === null ? 0 : Math.max(0, now - startedAt);
	const left = targetMinutes * 60_000 - elapsed;
	return {
		elapsed: mmss(elapsed),
		remaining: left >= 0 ? mmss(left) : `over by ${mmss(left)}`,
		over: left < 0
	};
}
