import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtendedCode } from '../extended/load-extended-code';
import type { Message, ModelRequest } from '@bedrock-kit/core';
import { convertToConverseRequest } from './convert-to-converse-request';
import { createConverseStreamMapper } from './create-converse-stream-mapper';
import { createToolIdMap } from './create-tool-id-map';
import { mapToolIdFromConverse } from './map-tool-id-from-converse';
import { mapToolIdToConverse } from './map-tool-id-to-converse';
import { parseConverseResponse } from './parse-converse-response';

// Round two's request features are code loaded on use: a call loads it before it is prepared (prepare-call).
beforeAll(() => loadExtendedCode());

const converseId = /^[a-zA-Z0-9_-]{1,64}$/;

describe('createToolIdMap', () => {
  it('keeps valid IDs unchanged and out of the map', () => {
    const map = createToolIdMap(['tooluse_XjTErzm6TpyMMpDviNVY3g', 'call-1', 'x'.repeat(64)]);
    expect(map.toConverse.size).toBe(0);
    expect(mapToolIdToConverse('call-1', map)).toBe('call-1');
  });

  it('rewrites IDs with other characters or over 64 characters into valid, distinct IDs', () => {
    const ids = ['call.1', 'call:1', 'call 1', 'functions.get_weather:0', 'é', 'y'.repeat(65), 'y'.repeat(64) + 'z'];
    const map = createToolIdMap(ids);
    const wire = ids.map((id) => mapToolIdToConverse(id, map));
    for (const id of wire) expect(id).toMatch(converseId);
    expect(new Set(wire).size).toBe(ids.length);
    expect(mapToolIdToConverse('functions.get_weather:0', map)).toBe('functions_get_weather_0');
    for (const id of ids) expect(mapToolIdFromConverse(mapToolIdToConverse(id, map), map)).toBe(id);
  });

  it('never gives a rewritten ID the value of a valid ID of the same request, whatever the order', () => {
    for (const ids of [['a.b', 'a_b'], ['a_b', 'a.b']]) {
      const map = createToolIdMap(ids);
      expect(mapToolIdToConverse('a_b', map)).toBe('a_b');
      expect(mapToolIdToConverse('a.b', map)).not.toBe('a_b');
      expect(mapToolIdToConverse('a.b', map)).toMatch(converseId);
    }
  });

  it('is deterministic', () => {
    const ids = ['a.b', 'a:b', 'a b', 'q'.repeat(100)];
    expect([...createToolIdMap(ids).toConverse]).toEqual([...createToolIdMap([...ids]).toConverse]);
  });

  it('leaves IDs it did not rewrite alone when mapping back', () => {
    expect(mapToolIdFromConverse('tooluse_new', createToolIdMap(['a.b']))).toBe('tooluse_new');
    expect(mapToolIdFromConverse('anything', undefined)).toBe('anything');
  });
});

describe('tool-call ID round trip through Converse', () => {
  const messages: Message[] = [
    { role: 'user', content: 'go' },
    { role: 'assistant', content: [{ type: 'tool-call', id: 'functions.lookup:0', name: 'lookup', input: {} }] },
    { role: 'user', content: [{ type: 'tool-result', id: 'functions.lookup:0', name: 'lookup', output: 'ok' }] },
  ];
  const request: ModelRequest = { messages, tools: [{ name: 'lookup', inputSchema: { type: 'object' } }], providerOptions: {}, stream: false };

  it('sends the same sanitised ID in the call and its result', () => {
    const { body } = convertToConverseRequest(request);
    const useId = (body.messages[1]!.content[0]!.toolUse as { toolUseId: string }).toolUseId;
    const resultId = (body.messages[2]!.content[0]!.toolResult as { toolUseId: string }).toolUseId;
    expect(useId).toMatch(converseId);
    expect(resultId).toBe(useId);
  });

  it('maps the sanitised ID back in a response and in a stream', () => {
    const { body, toolIds } = convertToConverseRequest(request);
    const wireId = (body.messages[1]!.content[0]!.toolUse as { toolUseId: string }).toolUseId;
    const response = parseConverseResponse(
      { output: { message: { role: 'assistant', content: [{ toolUse: { toolUseId: wireId, name: 'lookup', input: {} } }] } }, stopReason: 'tool_use' },
      toolIds,
    );
    expect(response.content[0]).toMatchObject({ type: 'tool-call', id: 'functions.lookup:0' });
    const mapper = createConverseStreamMapper(toolIds);
    expect(mapper.map('contentBlockStart', { contentBlockIndex: 0, start: { toolUse: { toolUseId: wireId, name: 'lookup' } } })).toEqual([
      { type: 'tool-call-start', id: 'functions.lookup:0', name: 'lookup' },
    ]);
  });
});
