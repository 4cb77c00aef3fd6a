// Download speed and time left, smoothed so the numbers do not jump with every chunk.

export class RateMeter {
	private rate = 0;
	private lastTime: number | undefined;
	private lastBytes = 0;

	/** halfLifeMs: how quickly old speed measurements fade (a few seconds reads calmly). */
	constructor(private readonly halfLifeMs = 3000) {}

	/** Feed the running total of bytes received; returns the smoothed bytes per second. */
	update(totalBytes: number, now: number): number {
		if (this.lastTime === undefined) {
			this.lastTime = now;
			this.lastBytes = totalBytes;
			return this.rate;
		}
		const dt = now - this.lastTime;
		if (dt <= 0) return this.rate;
		const instant = ((totalBytes - this.lastBytes) / dt) * 1000;
		// Exponential moving average weighted by elapsed time, so irregular updates count fairly.
		const keep = 0.5 ** (dt / this.halfLifeMs);
		this.rate = this.rate === 0 ? instant : keep * this.rate + (1 - keep) * instant;
		this.lastTime = now;
		this.lastBytes = totalBytes;
		return this.rate;
	}

	get bytesPerSecond(): number {
		return this.rate;
	}

	/** Seconds left at the current speed; null while the speed is unknown. */
	eta(remainingBytes: number): number | null {
		if (remainingBytes <= 0) return 0;
		return this.rate > 0 ? remainingBytes / this.rate : null;
	}
}
