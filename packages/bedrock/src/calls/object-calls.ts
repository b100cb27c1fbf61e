/**
 * `createBedrock`'s two object calls as one chunk loaded on use (decision 0028). They share their
 * preparation (`prepare-object-call`); as two chunks, that shared module was a third one between two
 * chunks loaded on use, and Rolldown then split the facade's up-front code into 15 files (3.5 KB gz
 * more, each file gzipped on its own). The functions (`generateObject`, `streamObject`) are imported
 * from their own modules; this file is only what the facade loads.
 */
export { generateObject } from './generate-object';
export { streamCheckedObject } from './stream-object';
