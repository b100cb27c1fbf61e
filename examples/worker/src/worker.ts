import { anthropic } from '@bedrock-kit/anthropic';
import { createBedrock } from '@bedrock-kit/bedrock';

/** The Worker's bindings (vars and secrets). Workers have no process.env: they are passed explicitly. */
export interface Env {
  AWS_BEARER_TOKEN_BEDROCK?: string;
  AWS_ACCESS_KEY_ID?: string;
  AWS_SECRET_ACCESS_KEY?: string;
  AWS_SESSION_TOKEN?: string;
  AWS_REGION?: string;
  /** Base URL, e.g. a local emulator. @default the AWS endpoint of AWS_REGION */
  BEDROCK_ENDPOINT?: string;
  BEDROCK_MODEL?: string;
}

/**
 * `GET /?prompt=…` streams the model's answer as plain text.
 * A failure before the first token (credentials, throttling, a bad model ID) is an HTTP 502
 * with the typed error's message; a failure later ends the stream with an error.
 */
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const prompt = new URL(request.url).searchParams.get('prompt') ?? 'Say hello.';
    const bedrock = createBedrock({
      families: [anthropic],
      ...(env.AWS_BEARER_TOKEN_BEDROCK
        ? { apiKey: env.AWS_BEARER_TOKEN_BEDROCK }
        : { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN }),
      ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}),
      ...(env.BEDROCK_ENDPOINT ? { endpoint: env.BEDROCK_ENDPOINT } : {}),
    });
    const model = env.BEDROCK_MODEL ?? 'anthropic.claude-3-haiku-20240307-v1:0';
    const texts = bedrock.streamText({ model, prompt }).textStream[Symbol.asyncIterator]();

    let first: IteratorResult<string>;
    try {
      first = await texts.next();
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : 'The call failed.';
      return new Response(`${message}\n`, { status: 502, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }

    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (first.done) controller.close();
        else controller.enqueue(encoder.encode(first.value));
      },
      async pull(controller) {
        const next = await texts.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await texts.return?.(); // the client went away: stop reading from Bedrock
      },
    });
    return new Response(body, {
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        // Without this, workerd gzips text for clients that accept gzip and holds the bytes back
        // until the answer is complete (https://github.com/cloudflare/workers-sdk/pull/5713).
        'content-encoding': 'identity',
      },
    });
  },
};
