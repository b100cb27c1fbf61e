import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as families from '../all/families';
import { captureCliIo } from './capture-cli-io.test-support';
import { defaultCliModel } from './cli-usage';
import { parseCliArguments } from './parse-cli-arguments';
import { runCli } from './run-cli';

// No network here: every case ends before a request would be made.
describe('bedrock-kit --help and --version', () => {
  it('--help prints the usage with every option and exits 0', async () => {
    const capture = captureCliIo({});
    expect(await runCli(['--help'], capture.io)).toBe(0);
    expect(capture.stdout).toMatch(/^Usage: bedrock-kit \[options\] "prompt"/);
    for (const flag of ['--model', '--stream', '--region', '--endpoint', '--system', '--max-tokens', '--json', '--help', '--version']) {
      expect(capture.stdout).toContain(flag);
    }
    expect(capture.stdout).toContain(defaultCliModel);
    expect(capture.stdout).toContain('AWS_BEARER_TOKEN_BEDROCK');
    expect(capture.stderr).toBe('');
  });

  it('--help lists the families of the one list (all/families.ts), one export line each', async () => {
    const capture = captureCliIo({});
    expect(await runCli(['--help'], capture.io)).toBe(0);
    const listed = readFileSync(new URL('../all/families.ts', import.meta.url), 'utf8').match(/^export \{ \w+ \} from '@bedrock-kit\/[\w-]+';$/gm) ?? [];
    expect(listed.length).toBe(Object.keys(families).length);
    expect(listed.length).toBeGreaterThanOrEqual(4);
    for (const family of Object.values(families)) expect(capture.stdout).toContain(family.name);
    // In the list's order (a bundled module namespace may sort its keys): the set is what the list holds.
    const line = /^Model families: (.+) \(other models go through Converse\)\.$/m.exec(capture.stdout)?.[1];
    expect(line?.split(', ').sort()).toEqual(Object.values(families).map((family) => family.name).sort());
  });

  it('-h wins over a prompt and makes no call', async () => {
    const capture = captureCliIo({ AWS_ENDPOINT_URL_BEDROCK_RUNTIME: 'http://127.0.0.1:1' });
    expect(await runCli(['-h', 'Hello'], capture.io)).toBe(0);
    expect(capture.stdout).toContain('Usage:');
  });

  it('--version prints one version line', async () => {
    const capture = captureCliIo({});
    expect(await runCli(['--version'], capture.io)).toBe(0);
    expect(capture.stdout).toMatch(/^(\d+\.\d+\.\d+\S*|dev)\n$/);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['--bogus', 'Hi'], /Unknown option '--bogus'/],
    [['--max-tokens', 'lots', 'Hi'], /--max-tokens must be a whole number/],
    [['--max-tokens', '0', 'Hi'], /--max-tokens must be a whole number/],
    [['--endpoint', 'localhost:8080', 'Hi'], /--endpoint must be an http\(s\) URL/],
    [['--model'], /argument missing|requires an argument|Option '-m, --model <value>'/],
    [['--model', '', 'Hi'], /--model needs a value; got an empty one/],
    [['-m', '  ', 'Hi'], /--model needs a value/],
    [['--system', '', 'Hi'], /--system needs a value/],
    [['--region', '', 'Hi'], /--region needs a value/],
    [[], /No prompt: pass it as an argument/],
    [['   '], /No prompt/],
  ])('%j', async (argv, message) => {
    const capture = captureCliIo({});
    expect(await runCli(argv, capture.io)).toBe(2);
    expect(capture.stderr).toMatch(/^error: UsageError: /);
    expect(capture.stderr).toMatch(message);
    expect(capture.stderr).toContain('Run bedrock-kit --help for usage.');
    expect(capture.stdout).toBe('');
  });

  it('an empty piped stdin is a usage error too', async () => {
    const capture = captureCliIo({}, '\n');
    expect(await runCli([], capture.io)).toBe(2);
    expect(capture.stderr).toContain('No prompt');
  });
});

describe('parseCliArguments', () => {
  it('joins the words of the prompt and reads every flag', () => {
    expect(
      parseCliArguments(['-s', '--json', '-m', 'bedrock:us.meta.llama3-2-3b-instruct-v1:0', '--system', 'Be brief', '--max-tokens', '64', '--region', 'eu-west-1', '--endpoint', 'http://127.0.0.1:9', 'Hello', 'world']),
    ).toEqual({
      help: false,
      version: false,
      stream: true,
      json: true,
      model: 'bedrock:us.meta.llama3-2-3b-instruct-v1:0',
      system: 'Be brief',
      maxTokens: 64,
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:9',
      prompt: 'Hello world',
    });
  });

  it('defaults to an on-demand Claude model and no prompt', () => {
    expect(parseCliArguments([])).toEqual({ help: false, version: false, stream: false, json: false, model: defaultCliModel });
  });

  it('takes a prompt that starts with a dash after --', () => {
    expect(parseCliArguments(['--', '--not-a-flag']).prompt).toBe('--not-a-flag');
  });
});
