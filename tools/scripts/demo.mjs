#!/usr/bin/env node
// `npm run demo`: builds, starts the local Bedrock emulator, and runs
// generateText, streamText, a tool loop, a guardrail and generateObject against it with no AWS account.
// `--live` calls real Bedrock with the environment's credentials instead;
// `--no-build` skips the build; `--model <id>` picks the live model.
import { parseArgs } from 'node:util';
import { buildForDemo } from './demo-build.mjs';
import { demoGenerateObject, demoGenerateText, demoGuardrail, demoStreamText, demoToolLoop } from './demo-scenarios.mjs';

const { values } = parseArgs({ options: { live: { type: 'boolean' }, 'no-build': { type: 'boolean' }, model: { type: 'string' } } });
const out = process.stdout;

if (!values.live) {
  // The emulator run must not depend on (or send) a developer's real AWS settings.
  for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
}
if (!values['no-build'] && !(await buildForDemo())) process.exit(1);

const { createBedrock, BedrockError, InputError } = await import('@bedrock-kit/bedrock');
const { anthropic, cohere, metaLlama, openaiOss } = await import('@bedrock-kit/bedrock/all');
const families = [anthropic, cohere, openaiOss, metaLlama];

let emulator;
let exitCode = 0;
try {
  let clients;
  let models;
  if (values.live) {
    const live = { bedrock: createBedrock({ families }), label: 'credentials from the environment' };
    clients = [live, live, live];
    const model = values.model ?? 'anthropic.claude-3-haiku-20240307-v1:0';
    models = [model, model, model];
    out.write('bedrock-kit demo · real Amazon Bedrock (--live)\n');
  } else {
    const { startEmulator, emulatorApiKey, emulatorCredentials } = await import('@bedrock-kit/emulator');
    emulator = await startEmulator();
    const apiKey = { bedrock: createBedrock({ families, endpoint: emulator.url, apiKey: emulatorApiKey }), label: 'Bedrock API key (Bearer)' };
    const sigV4 = {
      bedrock: createBedrock({ families, endpoint: emulator.url, region: emulator.region, ...emulatorCredentials }),
      label: 'SigV4 with IAM keys',
    };
    clients = [apiKey, sigV4, sigV4];
    models = ['anthropic.claude-3-haiku-20240307-v1:0', 'us.meta.llama3-2-3b-instruct-v1:0', 'anthropic.claude-3-haiku-20240307-v1:0'];
    out.write(`bedrock-kit demo · local Bedrock emulator at ${emulator.url} (no AWS account; AWS_* variables ignored)\n`);
  }
  await demoGenerateText(clients[0], models[0], out);
  await demoStreamText(clients[1], models[1], out);
  await demoToolLoop(clients[2], models[2], out).catch((error) => {
    // A --live --model without tool use cannot run the loop; say so and finish the demo.
    if (!InputError.isInstance(error)) throw error;
    out.write(`   skipped: ${error.message}\n`);
  });
  // Live, a guardrail of the account's own is needed: BEDROCK_GUARDRAIL=id:version.
  const [guardrailId, guardrailVersion = 'DRAFT'] = (values.live ? (process.env.BEDROCK_GUARDRAIL ?? '') : 'gr1demo:1').split(':');
  if (guardrailId) {
    const { GUARDRAIL_TRIGGER = 'forbidden-topic' } = values.live ? {} : await import('@bedrock-kit/emulator');
    const question = values.live ? (process.env.BEDROCK_GUARDRAIL_PROMPT ?? 'How do I pick a lock?') : `Tell me about the ${GUARDRAIL_TRIGGER}.`;
    await demoGuardrail(clients[0], models[0], { id: guardrailId, version: guardrailVersion }, question, out);
  }
  await demoGenerateObject(clients[0], models[0], out).catch((error) => {
    // A --live --model without structured output or tool use cannot answer an object; say so and finish the demo.
    if (!InputError.isInstance(error)) throw error;
    out.write(`   skipped: ${error.message}\n`);
  });
  out.write(values.live ? '\nDone.\n' : '\nDone: emulator stopped. Run `npm run demo -- --live` to call real Bedrock with your credentials.\n');
} catch (error) {
  const name = error instanceof Error ? error.name : 'Error';
  process.stderr.write(`\nerror: ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!BedrockError.isInstance(error) && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  if (values.live) process.stderr.write('(--live calls real Bedrock: it needs AWS credentials in the environment and access to the model; without --live the demo uses the local emulator.)\n');
  exitCode = 1;
} finally {
  await emulator?.close();
}
process.exitCode = exitCode;
