export { conformanceRoot, conformancePath } from './conformance-path';
export type { RecordedExchange } from './read-cassette';
export { readCassette, readCassetteFile } from './read-cassette';
export { collectStream, collectAsync, chunkedStream, concatBytes } from './collect';
