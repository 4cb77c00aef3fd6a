// What a chat model is sent at each step of the agent loop: a system message that lists the tools
// (from the same specs validateCall checks) and the one reply it may write, then the task, then
// each earlier step as the model's own reply followed by what came back (the tool's result or the
// refusal). Where the engine can follow a JSON Schema (WebLLM compiles it into a grammar), the
// request carries the call's schema, so the model cannot write anything but a call of that
// outline; the validator runs either way. Thinking is off: the step's token budget goes to the
// call, not to a written chain of reasoning.
import type { ChatMessage, EngineCapabilities, GenerateRequest } from '$lib/engine/types';
import { feedback, type Step } from './loop';
import { callSchema, type ToolSpec } from './toolCall';
import { toolSpecs } from './tools';

/** Room for one call: a long search or an answer of a few sentences. */
export const STEP_TOKENS = 200;

export function systemMessage(tools: readonly ToolSpec[] = toolSpecs): string {
	const list = tools
		.map(
			(t) =>
				`- ${t.name}: ${t.description} Arguments: ${Object.entries(t.arguments)
					.map(([k, a]) => `"${k}" (${a.description})`)
					.join(', ')}.`
		)
		.join('\n');
	return `You solve a task step by step with tools. Tools:\n${list}\n\nReply with exactly one JSON object and nothing else: {"name": "<tool>", "arguments": {...}}. Use search_pages for facts about generative AI, calculator for any arithmetic, and finish once you can answer. Each tool result comes back in the next message.`;
}

export function agentMessages(task: string, steps: readonly Step[]): ChatMessage[] {
	const messages: ChatMessage[] = [
		{ role: 'system', content: systemMessage() },
		{ role: 'user', content: `Task: ${task}` }
	];
	for (const s of steps)
		messages.push({ role: 'assistant', content: s.raw }, { role: 'user', content: feedback(s) });
	return messages;
}

/** The request for one step; `seed + step` so a rerun writes the same calls. */
export function stepRequest(
	task: string,
	steps: readonly Step[],
	seed: number,
	caps: Pick<EngineCapabilities, 'jsonSchema'>
): GenerateRequest {
	return {
		messages: agentMessages(task, steps),
		// Low temperature: a call is a decision, and variety only adds ways to break it.
		temperature: 0.2,
		topK: 40,
		topP: 0.95,
		maxTokens: STEP_TOKENS,
		seed: seed + steps.length,
		thinking: false,
		...(caps.jsonSchema ? { jsonSchema: callSchema(toolSpecs) } : {})
	};
}
