export { startEmulator, emulatorRequestId } from './start-emulator';
export type { Emulator, EmulatorOptions, RecordedRequest } from './emulator';
export { EMULATOR_CREDENTIALS, emulatorCredentials, emulatorSessionCredentials, emulatorApiKey } from './emulator-credentials';
export type { AuthResult, EmulatorCredential } from './authenticate-request';
export type {
  Script,
  ErrorScript,
  StreamExceptionScript,
  HoldScript,
  RawResponseScript,
  RecordedExchangeLike,
  RedirectScript,
  GzipBombScript,
  LargeErrorScript,
  TinyFramesScript,
  OversizedFrameScript,
} from './script';
export type { GuardrailScript } from './guardrail/assess-guardrail';
export { GUARDRAIL_TRIGGER, GUARDRAIL_BLOCKED_MESSAGE } from './guardrail/guardrail-trigger';
export type { Reply, ReplyScript, ReplyBlock, ReplyCitation, ReplyStopReason, ReplyUsage } from './reply';
export type { Route } from './route';
export type { NativeFamily } from './families/native-family';
// What a family package needs to teach the emulator its native body (`startEmulator({ families })`).
export { invocationMetrics, missingKeysMessage } from './families/native-family';
export type { ConversationView } from './conversation/conversation-view';
export type { RenderContext } from './render/render-context';
export { splitEvery, splitText, toolId } from './render/render-context';
export type { EmbeddingFamily, EmbeddingAnswer } from './embeddings/embedding-family';
export { embeddingVector } from './embeddings/embedding-family';
export { createGate } from './gate';
export type { Gate } from './gate';
export type { EmulatorClock } from './emulator-clock';
export { signSigV4, formatAmzDate } from './sigv4/sign-sigv4';
export type { SignSigV4Input } from './sigv4/sign-sigv4';
export { presignSigV4 } from './sigv4/presign-sigv4';
export type { PresignSigV4Input } from './sigv4/presign-sigv4';
export { verifySigV4 } from './sigv4/verify-sigv4';
export type { SigV4Verification, SigV4Failure, VerifySigV4Options } from './sigv4/verify-sigv4';
export type { SigV4Request } from './sigv4/create-canonical-request';
