// When and how soon to try a failed download again.

export interface RetryPolicy {
	/** Attempts per file, the first one included. */
	attempts: number;
	baseDelayMs: number;
	maxDelayMs: number;
}

export const defaultRetry: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8000 };

/** Exponential backoff with "equal jitter": half fixed, half random, so tabs do not retry in step. */
export function retryDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
	return ceiling / 2 + random() * (ceiling / 2);
}

/** Worth retrying: dropped connections, stalls, server errors and rate limits; not 404 or bad data. */
export function isRetryableStatus(status: number): boolean {
	return status >= 500 || status === 408 || status === 429;
}
