import { parseModelId } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { amazon } from './amazon';
import { amazonEmbed } from './amazon-embed';
import { amazonEmbedding } from './amazon-embedding';

describe('amazonEmbed', () => {
  it('carries the embedding codec that the amazon text family does not (decision 0013), and serves no text model', () => {
    expect(amazonEmbed.embedding).toBe(amazonEmbedding);
    expect(amazon.embedding).toBeUndefined();
    expect(amazonEmbed.specificationVersion).toBe('v1');
    for (const id of ['amazon.titan-embed-text-v2:0', 'amazon.nova-lite-v1:0']) expect(amazonEmbed.resolveModel(parseModelId(id))).toBeUndefined();
    expect(amazonEmbed.embedding!.resolveModel(parseModelId('amazon.titan-embed-text-v2:0'))).toMatchObject({ maxBatchSize: 1, dimensions: [256, 512, 1024] });
  });
});
