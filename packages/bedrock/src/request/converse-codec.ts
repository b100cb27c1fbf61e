import { loadOnUse, type CodeOnUse, type ConverseAdapter } from '@bedrock-kit/core';
import type { RouteCodec } from './route-codec';

/**
 * The Converse route's code (request → Converse body, ConverseStream event → parts), loaded by the
 * first call that goes over Converse, as a family's native codec is by the first call over
 * InvokeModel (decision 0027): a client whose calls all take their family's native route never holds it.
 */
const converseCode: CodeOnUse<typeof import('./converse/create-converse-codec')> = {
  what: 'the Converse route codec',
  load: () => import('./converse/create-converse-codec'),
};

/** The Converse codec with the family's adapter applied: at once once loaded, else once its code is there. */
export function readConverseCodec(adapter: ConverseAdapter | undefined): RouteCodec | Promise<RouteCodec> {
  return converseCode.module ? converseCode.module.readConverseCodec(adapter) : loadOnUse(converseCode).then((code) => code.readConverseCodec(adapter));
}
