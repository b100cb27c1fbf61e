import { expect } from 'vitest';

/** The functions of a native codec module (`export const nativeCodec`), named structurally: test-utils imports no package of ours. */
export interface NativeCodecCode {
  readonly prepareRequest: unknown;
  readonly createStreamParser: unknown;
  readonly parseResponse: unknown;
}

/** What `expectNativeCodecOnUse` reads of a loaded native codec (core's `NativeCodec`, structurally). */
export interface LoadedNativeCodec extends NativeCodecCode {
  readonly accepts?: unknown;
  readonly systemMessages?: boolean;
  readonly systemParts?: boolean;
  readonly toolResultContent?: boolean;
}

/** The routing facts of a family's native codec, in this order. */
export type NativeRoutingFacts = [systemMessages: boolean | undefined, systemParts: boolean | undefined, toolResultContent: boolean | undefined];

/** A family's native codec and what it is expected to load as. */
export interface NativeCodecOnUse<Native extends object, Codec extends LoadedNativeCodec> {
  /** The family value (`amazon`): its `native` must hold no codec code. */
  family: { readonly name: string; readonly native?: Native };
  /** Core's `loadNativeCodec`. */
  load: (native: Native, familyName: string) => Codec | Promise<Codec>;
  /** The codec module's own functions (`nativeCodec` of `<family>-native-codec.ts`): the loaded codec must be made of them. */
  nativeCodec: NativeCodecCode;
  /** The family's `accepts`, when it has one: it stays on the family value, loaded or not. */
  accepts?: unknown;
  /** `[systemMessages, systemParts, toolResultContent]` as the family value declares them. */
  routingFacts: NativeRoutingFacts;
}

/**
 * Expects a family's native codec to load on first use: the family value holds no codec code, the
 * loaded codec's functions are the codec module's, and the routing facts (`accepts` and the three
 * flags) stay those of the family value. Returns the loaded codec.
 *
 * @example
 * await expectNativeCodecOnUse({ family: amazon, load: loadNativeCodec, nativeCodec, accepts: acceptsNovaRequest, routingFacts: [undefined, undefined, undefined] });
 */
export async function expectNativeCodecOnUse<Native extends object, Codec extends LoadedNativeCodec>(options: NativeCodecOnUse<Native, Codec>): Promise<Codec> {
  const { family, load, nativeCodec, accepts, routingFacts } = options;
  expect(family.native, `${family.name}.native`).toBeDefined();
  expect('prepareRequest' in family.native!).toBe(false); // the family value holds no codec code
  const codec = await load(family.native!, family.name);
  expect(codec.prepareRequest).toBe(nativeCodec.prepareRequest);
  expect(codec.createStreamParser).toBe(nativeCodec.createStreamParser);
  expect(codec.parseResponse).toBe(nativeCodec.parseResponse);
  if (accepts !== undefined) expect(codec.accepts).toBe(accepts); // routing stays on the family value, loaded or not
  expect([codec.systemMessages, codec.systemParts, codec.toolResultContent]).toEqual(routingFacts);
  return codec;
}
