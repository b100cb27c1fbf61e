/**
 * Whether a native answer or stream chunk carries Bedrock's `amazon-bedrock-guardrailAction:
 * INTERVENED`: a guardrail replaced or stopped the model's output, whatever the family.
 */
export function hasGuardrailIntervened(body: unknown): boolean {
  return (body as Record<string, unknown> | null | undefined)?.['amazon-bedrock-guardrailAction'] === 'INTERVENED';
}
