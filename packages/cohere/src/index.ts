export { cohere } from './cohere';
export { cohereModels } from './cohere-models';
export type { CohereModelRow, CohereNativeBody } from './cohere-models';
export { resolveCohereModel, findCohereModel } from './resolve-cohere-model';
export { cohereNativeCodec } from './cohere-native-codec';
export { prepareCohereConverseRequest } from './prepare-cohere-converse-request';
