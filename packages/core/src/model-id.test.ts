import { describe, expect, it } from 'vitest';
import { parseModelId } from './model-id';

describe('parseModelId', () => {
  it.each([
    ['anthropic.claude-3-sonnet-20240229-v1:0', { baseModelId: 'anthropic.claude-3-sonnet-20240229-v1:0' }],
    ['bedrock:anthropic.claude-3-sonnet-20240229-v1:0', { modelId: 'anthropic.claude-3-sonnet-20240229-v1:0' }],
    ['us.anthropic.claude-3-7-sonnet-20250219-v1:0', { profilePrefix: 'us', baseModelId: 'anthropic.claude-3-7-sonnet-20250219-v1:0' }],
    ['global.anthropic.claude-sonnet-4-5-20250929-v1:0', { profilePrefix: 'global', baseModelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0' }],
    ['apac.meta.llama3-2-3b-instruct-v1:0', { profilePrefix: 'apac', baseModelId: 'meta.llama3-2-3b-instruct-v1:0' }],
    ['eu.meta.llama3-2-1b-instruct-v1:0', { profilePrefix: 'eu', baseModelId: 'meta.llama3-2-1b-instruct-v1:0' }],
  ])('%s', (id, expected) => {
    expect(parseModelId(id)).toMatchObject(expected);
  });

  it('reads inference-profile and foundation-model ARNs', () => {
    const profile = parseModelId('arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0');
    expect(profile).toMatchObject({
      baseModelId: 'anthropic.claude-3-5-haiku-20241022-v1:0',
      profilePrefix: 'us',
      arn: { region: 'us-east-1', account: '123456789012', resourceType: 'inference-profile' },
    });
    expect(parseModelId('arn:aws:bedrock:us-west-2::foundation-model/meta.llama3-70b-instruct-v1:0').baseModelId).toBe('meta.llama3-70b-instruct-v1:0');
  });

  it('has no base model for opaque ARNs', () => {
    const app = parseModelId('arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3');
    expect(app.baseModelId).toBeUndefined();
    expect(app.arn?.resourceType).toBe('application-inference-profile');
  });

  it('does not mistake a vendor name for a profile prefix', () => {
    expect(parseModelId('us.x').profilePrefix).toBeUndefined();
  });
});
