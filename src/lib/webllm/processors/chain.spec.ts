// The chain WebLLM sees as one LogitProcessor: order, routing and the pass-through when unused.
import { describe, expect, it } from 'vitest';
import { Capture } from './capture';
import { MASKED_LOGIT, ProcessorChain, type LogitStep } from './chain';
import { TopK } from './topK';

const logits = () => Float32Array.from([1, 5, 3, -2, 4, 0]);

/** A step that records what it saw, to check the chain's order and routing. */
function recorder(name: string, log: string[], on = true): LogitStep {
	return {
		active: on,
		configure: () => log.push(`${name} configure`),
		processLogits: (l) => (log.push(`${name} logits`), l),
		processSampledToken: (t) => log.push(`${name} token ${t}`),
		reset: () => log.push(`${name} reset`)
	};
}

describe('the LogitProcessor chain WebLLM sees', () => {
	it('is inactive, and returns the same array, when no step is needed', () => {
		const chain = new ProcessorChain([new Capture(), new TopK()]);
		chain.configure({ topK: 0, capture: 0 });
		const input = logits();
		expect(chain.active).toBe(false);
		expect(chain.processLogits(input)).toBe(input);
	});

	it('runs the active steps in order, each on what the previous one returned', () => {
		const log: string[] = [];
		const chain = new ProcessorChain([
			recorder('a', log),
			recorder('off', log, false),
			recorder('b', log)
		]);
		chain.configure({});
		chain.processLogits(logits());
		chain.processSampledToken(3);
		chain.resetState();
		expect(log).toEqual([
			'a configure',
			'off configure',
			'b configure',
			'a logits',
			'b logits',
			'a token 3',
			'b token 3',
			'a reset',
			'off reset',
			'b reset'
		]);
		expect(chain.calls).toBe(1);
	});

	it('capture before top-k: the captured distribution is the model’s own, the draw is top-k’s', () => {
		const capture = new Capture();
		const chain = new ProcessorChain([capture, new TopK()]);
		chain.configure({ topK: 2, capture: 3 });
		expect(chain.active).toBe(true);
		const out = chain.processLogits(logits());
		expect(Array.from(out)).toEqual([MASKED_LOGIT, 5, MASKED_LOGIT, MASKED_LOGIT, 4, MASKED_LOGIT]);
		chain.processSampledToken(4);
		const [step] = capture.drain();
		// The third most likely token (id 2) was captured although top-k then masked it.
		expect(step!.top.map((c) => c.id)).toEqual([1, 4, 2]);
		expect(step!.chosen).toBe(4);
	});
});
