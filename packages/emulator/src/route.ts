/** The four Bedrock Runtime operations the emulator serves, named by their path suffix. */
export type Route = 'invoke' | 'invoke-with-response-stream' | 'converse' | 'converse-stream';

const ROUTE_PATTERN = /^\/model\/(.+)\/(invoke|invoke-with-response-stream|converse|converse-stream)$/;

/** Whether a route answers with a binary event stream. */
export function isStreamRoute(route: Route): boolean {
  return route === 'invoke-with-response-stream' || route === 'converse-stream';
}

/**
 * Matches `POST /model/{modelId}/{operation}`; the model ID is URL-decoded
 * once (as the service does), so ARNs and `:` arrive intact.
 */
export function matchRoute(method: string, path: string): { route: Route; modelId: string } | undefined {
  if (method !== 'POST') return undefined;
  const match = ROUTE_PATTERN.exec(path);
  if (!match) return undefined;
  let modelId: string;
  try {
    modelId = decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
  return { route: match[2] as Route, modelId };
}
