export type { EventStreamHeaderValue, EventStreamMessage, EventStreamDecoderOptions } from './event-stream-message';
export type { EventStreamFault } from './create-frame-error';
export { encodeEventStreamMessage } from './encode-event-stream-message';
export { decodeEventStreamMessage } from './decode-event-stream-message';
export { createEventStreamDecoder } from './create-event-stream-decoder';
export { createEventStreamParser } from './create-event-stream-parser';
export type { EventStreamParser } from './create-event-stream-parser';
export { stringHeaders } from './string-headers';
export { readStringHeader } from './read-string-header';
