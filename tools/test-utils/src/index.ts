export { conformanceRoot, conformancePath } from './conformance-path';
export type { RecordedExchange } from './read-cassette';
export { readCassette, readCassetteFile, readRecordedHeaders, readRecordedModelId, readTestAgentCassetteFile } from './read-cassette';
export { collectStream, collectAsync, chunkedStream, concatBytes } from './collect';
export type { Json, TestEmulator } from './use-test-emulator';
export { awsVariables, collectEvents, failure, joinDeltas, routeOf, useTestEmulator } from './use-test-emulator';
export type { LoadedNativeCodec, NativeCodecCode, NativeCodecOnUse, NativeRoutingFacts } from './expect-native-codec-on-use';
export { expectNativeCodecOnUse } from './expect-native-codec-on-use';
