// Imports a peer from tools/bench/node_modules (where the scripts install
// them), whatever the caller's location: a bare specifier resolves from here.

/** @param {string} name e.g. `@smithy/eventstream-codec` */
export const importPeer = (name) => import(name);
