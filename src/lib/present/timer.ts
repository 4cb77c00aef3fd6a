// The speaker's clock: time since the talk started and time left against a target length,
// "mm:ss", with "over by" once the target has passed. Pure (the page passes in now). Both sides
// count whole seconds from the same floor, so the clock never reads "over by 00:00", and a talk
// length outside 1–240 minutes is refused with a message instead of showing "over by" at 00:00.

export const TALK_MINUTES = { min: 1, max: 240 } as const;

const mmss = (seconds: number) =>
	`${Math.floor(seconds / 60)
		.toString()
		.padStart(2, '0')}:${(seconds % 60).toString().padStart(2, '0')}`;

/** A talk length typed by the speaker: whole minutes within TALK_MINUTES, or what is wrong. */
export function talkMinutes(input: string): { minutes: number } | { problem: string } {
	const n = Number(input.trim());
	if (input.trim() === '' || !Number.isInteger(n) || n < TALK_MINUTES.min || n > TALK_MINUTES.max)
		return {
			problem: `A talk length is a whole number of minutes from ${TALK_MINUTES.min} to ${TALK_MINUTES.max}; the clock keeps the last one.`
		};
	return { minutes: n };
}

export function talkClock(startedAt: number | null, now: number, targetMinutes: number) {
	const target = Math.min(
		Math.max(Math.round(targetMinutes) || 0, TALK_MINUTES.min),
		TALK_MINUTES.max
	);
	const elapsed = startedAt === null ? 0 : Math.floor(Math.max(0, now - startedAt) / 1000);
	const left = target * 60 - elapsed;
	return {
		elapsed: mmss(elapsed),
		remaining: left >= 0 ? mmss(left) : `over by ${mmss(-left)}`,
		over: left < 0
	};
}
