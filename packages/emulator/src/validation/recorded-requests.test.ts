import { readdirSync } from 'node:fs';
import { conformancePath, readCassette } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { loadServiceModel } from '../load-service-model';
import { validateConverseRequest } from './validate-converse-request';

const sources = ['openllmetry', 'pydantic-ai'] as const;
const converseRequests = sources.flatMap((source) =>
  readdirSync(conformancePath('recorded', source))
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) =>
      readCassette(source, file).flatMap((exchange, index) => {
        const uri = exchange.request.uri;
        if (!/\/converse(-stream)?$/.test(uri) || exchange.request.body === undefined) return [];
        return [{ name: `${source}/${file}#${index}`, stream: uri.endsWith('-stream'), body: exchange.request.body, status: exchange.response.status }];
      }),
    ),
);

describe('the validator accepts what real Bedrock accepted', () => {
  it('finds recorded Converse requests', () => {
    expect(converseRequests.length).toBeGreaterThan(10);
  });

  for (const request of converseRequests.filter((r) => r.status === 200)) {
    it(request.name, () => {
      expect(validateConverseRequest(loadServiceModel(), request.stream, request.body)).toBeUndefined();
    });
  }
});
