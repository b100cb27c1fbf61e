import { spawn } from 'node:child_process';
import { emulatorApiKey } from '@bedrock-kit/emulator';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../examples/telemetry-console/src/main';
import { cleanEnvironment, repositoryRoot, useEmulator } from './examples.test-support';

const context = useEmulator();

beforeEach(() => {
  for (const name of Object.keys(process.env)) if (name.startsWith('AWS_') || name.startsWith('BEDROCK_')) vi.stubEnv(name, undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('examples/telemetry-console', () => {
  it('main() ends two call spans, each the parent of its POST attempt, with the GenAI attributes and no key', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL_BEDROCK_RUNTIME', context.emulator.url);
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', emulatorApiKey);
    // main() shuts its provider down at the end, which empties an InMemorySpanExporter: keep the spans.
    const exporter = Object.assign(new InMemorySpanExporter(), { shutdown: () => Promise.resolve() });
    await main(exporter);
    const spans = exporter.getFinishedSpans();
    const calls = spans.filter((span) => span.name.startsWith('chat '));
    expect(calls.map((span) => span.name)).toEqual(['chat anthropic.claude-3-haiku-20240307-v1:0', 'chat anthropic.claude-3-haiku-20240307-v1:0']);
    expect(calls[0]!.attributes).toMatchObject({ 'gen_ai.provider.name': 'aws.bedrock', 'gen_ai.request.max_tokens': 100, 'gen_ai.response.finish_reasons': ['stop'] });
    expect(String(calls[0]!.attributes['gen_ai.input.messages'])).toContain('Say hello in five words.');
    const attempts = spans.filter((span) => span.name === 'POST');
    expect(attempts.map((span) => span.parentSpanContext?.spanId)).toEqual(calls.map((span) => span.spanContext().spanId));
    expect(JSON.stringify(spans.map((span) => span.attributes))).not.toContain(emulatorApiKey);
  });

  it('`npm start` prints the spans with the console exporter', async () => {
    const run = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn('npm', ['run', '--silent', 'start'], {
        cwd: `${repositoryRoot}examples/telemetry-console`,
        env: cleanEnvironment({ AWS_BEARER_TOKEN_BEDROCK: emulatorApiKey, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: context.emulator.url }),
        timeout: 30_000,
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("name: 'chat anthropic.claude-3-haiku-20240307-v1:0'");
    expect(run.stdout).toContain("'http.response.status_code': 200");
    expect(run.stdout).not.toContain(emulatorApiKey);
  });
});
