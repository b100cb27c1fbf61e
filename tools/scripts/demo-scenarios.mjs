// The three demo calls. The same code runs against the emulator and, with
// --live, against real Bedrock: only the clients passed in differ.
import * as z from 'zod';

const indent = (text) => text.replace(/\n/g, '\n   ');
const usageLine = (result) =>
  `   usage: ${result.usage.inputTokens} in / ${result.usage.outputTokens} out / ${result.usage.totalTokens} total` +
  ` · api: ${result.api}${result.requestId ? ` · request ${result.requestId}` : ''}\n`;

/** generateText: one call, the whole answer at once. */
export async function demoGenerateText({ bedrock, label }, model, out) {
  out.write(`\n1. generateText · ${model} · ${label}\n`);
  const result = await bedrock.generateText({ model, prompt: 'In one sentence: what is Amazon Bedrock?', maxTokens: 200 });
  out.write(`   ${indent(result.text)}\n`);
  out.write(usageLine(result));
}

/** streamText: text printed as it arrives. */
export async function demoStreamText({ bedrock, label }, model, out) {
  out.write(`\n2. streamText · ${model} · ${label}\n   `);
  const stream = bedrock.streamText({ model, prompt: 'Count from one to ten in words.', maxTokens: 200 });
  let deltas = 0;
  for await (const text of stream.textStream) {
    out.write(indent(text));
    deltas++;
  }
  const result = await stream.result;
  out.write(`\n   (${deltas} text deltas, printed as they arrived)\n`);
  out.write(usageLine(result));
}

/** A tool-call round trip: the model asks for the tool, `execute` answers, the model uses the answer. */
export async function demoToolLoop({ bedrock, label }, model, out) {
  out.write(`\n3. tool loop (execute + maxSteps: 2) · ${model} · ${label}\n`);
  const result = await bedrock.generateText({
    model,
    prompt: 'What is the weather in Paris? Use the tool.',
    maxSteps: 2,
    maxTokens: 300,
    tools: {
      weather: {
        description: 'The current weather in a city.',
        inputSchema: z.object({ city: z.string().describe('City name') }),
        execute: async ({ city }) => ({ city, celsius: 21, sky: 'clear' }),
      },
    },
  });
  for (const [index, step] of result.steps.entries()) {
    const calls = step.toolCalls.map((call) => `${call.name}(${JSON.stringify(call.input)})`).join(', ');
    out.write(`   step ${index + 1} (${step.finishReason}): ${calls ? `tool call ${calls}` : indent(step.text)}\n`);
    for (const toolResult of step.toolResults) out.write(`     → ${toolResult.name} returned ${JSON.stringify(toolResult.output)}\n`);
  }
  out.write(usageLine(result));
}

/**
 * A guardrail intervention: the guardrail named in providerOptions blocks the question, the answer is
 * `finishReason: 'content-filter'` with the guardrail's trace in `providerMetadata.bedrock.trace`.
 * `guardrail`: `{ id, version }`; `question`: text the guardrail blocks.
 */
export async function demoGuardrail({ bedrock, label }, model, guardrail, question, out) {
  out.write(`\n4. guardrail (providerOptions.guardrail ${guardrail.id}/${guardrail.version}) · ${model} · ${label}\n`);
  const result = await bedrock.generateText({ model, prompt: question, maxTokens: 200, providerOptions: { guardrail: { ...guardrail, trace: 'enabled' } } });
  out.write(`   ${indent(result.text)}\n`);
  const assessment = result.providerMetadata?.bedrock.trace?.guardrail?.inputAssessment?.[guardrail.id];
  out.write(`   finishReason: ${result.finishReason}${assessment ? ` · trace: ${Object.keys(assessment).filter((key) => key.endsWith('Policy')).join(', ')} intervened` : ''}\n`);
  out.write(usageLine(result));
}


/**
 * Structured output: `generateObject` with a zod schema; the object comes back parsed and validated
 * against the schema (Converse `outputConfig.textFormat` where the model has it, else a forced tool).
 */
export async function demoGenerateObject({ bedrock, label }, model, out) {
  out.write(`\n5. generateObject (zod schema) · ${model} · ${label}\n`);
  const schema = z.object({
    city: z.string().describe('A European capital'),
    country: z.string(),
    population: z.number().int().describe('Inhabitants, roughly'),
    sights: z.array(z.string()).describe('Two famous sights'),
  });
  const result = await bedrock.generateObject({ model, schema, prompt: 'Describe one European capital.', maxTokens: 300 });
  out.write(`   object: ${JSON.stringify(result.object)}\n`);
  out.write(usageLine(result));
}
