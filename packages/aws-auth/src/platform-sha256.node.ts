// The `#sha256` import in Node (package.json "imports", `node` condition): node:crypto.
export { NodeSha256 as Sha256 } from './node-sha256';
export { nodeSha256Hex as sha256Hex } from './node-sha256-hex';
