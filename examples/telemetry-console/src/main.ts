import { pathToFileURL } from 'node:url';
import { anthropic } from '@bedrock-kit/anthropic';
import { createBedrock } from '@bedrock-kit/bedrock';
import { BasicTracerProvider, ConsoleSpanExporter, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';

/**
 * Traces two calls with OpenTelemetry and prints every span with the console exporter: per call a
 * `chat {model}` span (GenAI semantic conventions: model, token usage, finish reason, request ID) and
 * per HTTP attempt a `POST` child (method, URL, status; `http.request.resend_count` on a retry).
 * Credentials, region and endpoint come from the environment, as in the node-script example.
 * In an application, register the provider once (or use `@opentelemetry/sdk-node`) and pass
 * `trace.getTracer('my-app')` from `@opentelemetry/api`.
 */
export async function main(exporter: SpanExporter = new ConsoleSpanExporter()): Promise<void> {
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('bedrock-kit-example');
  // recordInputs / recordOutputs add the prompt and the answer to the call span: leave them off where prompts are private.
  const bedrock = createBedrock({ families: [anthropic], telemetry: { tracer, recordInputs: true, recordOutputs: true } });
  const model = process.env.BEDROCK_MODEL ?? 'anthropic.claude-3-haiku-20240307-v1:0';

  await bedrock.generateText({ model, prompt: 'Say hello in five words.', maxTokens: 100 });
  const stream = bedrock.streamText({ model, prompt: 'Count from one to five.' });
  for await (const _ of stream.textStream);
  await provider.shutdown();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(String(error));
    process.exitCode = 1;
  });
}
