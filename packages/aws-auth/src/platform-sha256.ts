// The `#sha256` import everywhere but Node (package.json "imports"): Web Crypto.
export { WebCryptoSha256 as Sha256 } from './web-crypto-sha256';
export { webCryptoSha256Hex as sha256Hex } from './web-crypto-sha256-hex';
