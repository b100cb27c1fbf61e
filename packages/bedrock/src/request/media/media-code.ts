// The media parts' Converse code (image, document, video blocks: formats, base64, S3 locations), a
// chunk of its own: loaded only by a call whose messages hold one (`load-media-code.ts`). A text
// and tools conversation never loads it. Their rules are checked before, with the request's (`validatePart`).
export { convertMediaToConverse } from './convert-media-to-converse';
