// Cross-region inference profiles are named by geography; a region's prefix tells which one serves it
// (https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html).
const geographies: ReadonlyArray<readonly [RegExp, string]> = [
  [/^us-gov-/, 'us-gov'],
  [/^us-/, 'us'],
  [/^eu-/, 'eu'],
  [/^ap-/, 'apac'],
];

/**
 * The profile a family suggests (a `us.` ID) moved to the caller's geography, so a
 * refusal in eu-west-1 says `eu.…`. Other regions keep the family's suggestion.
 */
export function suggestInferenceProfile(suggested: string, region: string): string {
  const geography = geographies.find(([pattern]) => pattern.test(region))?.[1];
  return geography === undefined ? suggested : suggested.replace(/^[a-z-]+\./, `${geography}.`);
}
