import type { GenerateTextResult, ModelFamily, StreamEvent } from '@bedrock-kit/core';
import { GUARDRAIL_BLOCKED_MESSAGE, GUARDRAIL_TRIGGER } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import type { GenerateTextRequest } from '../request/generate-text-request';
import { collect, routeOf, useFamilyEmulator } from './family-on-the-wire.test-support';

/**
 * Every platform key on each route of one model per family, streaming and not: the exact body
 * fields and headers the service model names, what comes back in providerMetadata, and a guardrail
 * intervention with its trace. `models`: family name → a model with both routes.
 */
export function describePlatformOptionsOnTheWire(families: ModelFamily[], models: Record<string, string>): void {
  const { bedrock, request } = useFamilyEmulator(families);
  const guardrail = { id: 'gr1abc', version: '1', trace: 'enabled', streamProcessingMode: 'async' } as const;
  const settings = { guardrail, serviceTier: 'flex', latency: 'optimized', requestMetadata: { team: 'search', 'cost:center': 'a/b' } } as const;

  /** One call, streamed or not: its result and (streamed) its finish event. */
  async function call(stream: boolean, request: GenerateTextRequest): Promise<{ result: GenerateTextResult; finish?: StreamEvent }> {
    if (!stream) return { result: await bedrock().generateText(request) };
    const { events, result } = await collect(bedrock().streamText(request));
    return { result, finish: events.at(-1) };
  }

  const cases = Object.entries(models).flatMap(([family, model]) =>
    (['converse', 'invoke'] as const).flatMap((route) => [false, true].map((stream) => ({ family, model, route, stream }))),
  );

  describe.each(cases)('$family on $route (stream: $stream)', ({ model, route, stream }) => {
    const useConverse = route === 'converse';

    it('sends guardrail, tier, latency and metadata as the service model names them; tier and latency come back in providerMetadata', async () => {
      const { result, finish } = await call(stream, { model, prompt: 'Hi', providerOptions: { useConverse, ...settings } });
      const sent = request(0);
      expect(routeOf(sent)).toBe(useConverse ? (stream ? 'converse-stream' : 'converse') : stream ? 'invoke-with-response-stream' : 'invoke');
      if (useConverse) {
        expect(sent.body.guardrailConfig).toEqual({
          guardrailIdentifier: 'gr1abc',
          guardrailVersion: '1',
          trace: 'enabled',
          // GuardrailStreamConfiguration only: Converse's GuardrailConfiguration has no such member.
          ...(stream && { streamProcessingMode: 'async' }),
        });
        expect(sent.body.serviceTier).toEqual({ type: 'flex' });
        expect(sent.body.performanceConfig).toEqual({ latency: 'optimized' });
        expect(sent.body.requestMetadata).toEqual({ team: 'search', 'cost:center': 'a/b' });
        expect(sent.headers['x-amzn-bedrock-guardrailidentifier']).toBeUndefined();
        expect(result.providerMetadata?.bedrock.latencyMs).toEqual(expect.any(Number));
      } else {
        expect(sent.headers).toMatchObject({
          'x-amzn-bedrock-guardrailidentifier': 'gr1abc',
          'x-amzn-bedrock-guardrailversion': '1',
          'x-amzn-bedrock-trace': 'ENABLED',
          'x-amzn-bedrock-service-tier': 'flex',
          'x-amzn-bedrock-performanceconfig-latency': 'optimized',
        });
        expect(JSON.parse(sent.headers['x-amzn-bedrock-request-metadata']!)).toEqual({ team: 'search', 'cost:center': 'a/b' });
        // InvokeModelWithResponseStream only; a non-streaming call leaves it out.
        expect(sent.body['amazon-bedrock-guardrailConfig']).toEqual(stream ? { streamProcessingMode: 'ASYNCHRONOUS' } : undefined);
        for (const field of ['guardrailConfig', 'serviceTier', 'performanceConfig', 'requestMetadata']) expect(sent.body[field]).toBeUndefined();
      }
      expect(result.finishReason).not.toBe('content-filter');
      expect(result.providerMetadata?.bedrock).toMatchObject({ serviceTier: 'flex', latency: 'optimized' });
      if (stream) expect(finish).toEqual({ type: 'finish', finishReason: result.finishReason, usage: result.usage, providerMetadata: result.providerMetadata });
    });

    it('a guardrail intervention is content-filter, its trace in providerMetadata.bedrock.trace', async () => {
      const { result, finish } = await call(stream, { model, prompt: `Tell me about the ${GUARDRAIL_TRIGGER}`, providerOptions: { useConverse, guardrail } });
      expect(result.finishReason).toBe('content-filter');
      expect(result.text).toBe(GUARDRAIL_BLOCKED_MESSAGE);
      const trace = result.providerMetadata?.bedrock.trace as { guardrail: { inputAssessment: Record<string, { wordPolicy: { customWords: { match: string }[] } }> } };
      expect(trace.guardrail.inputAssessment.gr1abc!.wordPolicy.customWords[0]!.match).toBe(GUARDRAIL_TRIGGER);
      if (stream) expect(finish).toMatchObject({ type: 'finish', finishReason: 'content-filter', providerMetadata: { bedrock: { trace } } });
    });

    it('without platform options nothing of them is sent and no providerMetadata is invented', async () => {
      const { result } = await call(stream, { model, prompt: 'Hi', providerOptions: { useConverse } });
      const sent = request(0);
      for (const header of Object.keys(sent.headers)) expect(header).not.toMatch(/^x-amzn-bedrock-(guardrail|trace|service-tier|performanceconfig|request-metadata)/);
      for (const field of ['guardrailConfig', 'serviceTier', 'performanceConfig', 'requestMetadata', 'amazon-bedrock-guardrailConfig']) expect(sent.body[field]).toBeUndefined();
      if (!useConverse) expect(result.providerMetadata).toBeUndefined();
    });
  });
}
