import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amazonEmbeddingModels } from './amazon-embedding-models';
import { novaModels } from './amazon-models';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const rowOf = (id: string) => readme.split('\n').find((line) => line.startsWith(`| \`${id}\``));

describe('README model tables', () => {
  it('list every Nova row with its profiles, profile rule and output limit', () => {
    for (const model of novaModels) {
      const row = rowOf(model.id);
      expect(row, model.id).toBeDefined();
      for (const prefix of model.profilePrefixes) expect(row, model.id).toContain(`\`${prefix}\``);
      expect(row, model.id).toContain(model.profileOnly ? 'profile only' : 'on demand');
      expect(row, model.id).toContain(model.capabilities.maxOutputTokens!.toLocaleString('en-US'));
      expect(row, model.id).toContain(model.capabilities.video ? '| ✓ | ✓ | ✓ |' : '| ✗ | ✗ | ✗ |');
    }
  });

  it('list every embedding model with its dimensions', () => {
    for (const model of amazonEmbeddingModels) {
      const row = rowOf(model.id);
      expect(row, model.id).toBeDefined();
      expect(row, model.id).toContain(model.dimensions ? model.dimensions.join(', ') : 'none');
    }
  });
});
