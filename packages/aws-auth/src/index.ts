export type { AwsCredentials } from './aws-credentials';
export { createAwsCredentials } from './aws-credentials';
export { WebCryptoSha256 } from './web-crypto-sha256';
export type { SignableRequest, SignRequestOptions } from './sign-request';
export { signRequest } from './sign-request';
