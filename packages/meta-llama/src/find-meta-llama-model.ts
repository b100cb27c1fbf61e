import { metaLlamaDefaultCapabilities, metaLlamaModelPrefix, metaLlamaModels, type MetaLlamaModel } from './meta-llama-models';
import { selectLlamaTemplate } from './select-llama-template';

/**
 * The table row for a Meta foundation-model ID. A newer version of a listed
 * model (`…-v2:0`) or a provisioned-throughput variant (`…-v1:0:128k`) uses
 * that model's row; an unlisted `meta.llama*` model gets the family defaults
 * (Llama 3 rules for `meta.llama3*`, Llama 4 rules for anything newer); Llama 2
 * chat models (retired, `[INST]` template) are served through Converse only.
 * Returns `undefined` for IDs that are not Meta Llama models.
 */
export function findMetaLlamaModel(baseModelId: string): MetaLlamaModel | undefined {
  if (!baseModelId.startsWith(metaLlamaModelPrefix)) return undefined;
  const stem = stripVersion(baseModelId);
  const row = metaLlamaModels.find((model) => stripVersion(model.id) === stem);
  if (row) {
    // A provisioned-throughput variant (`:128k`) is never called bare on demand, so no profile rule applies.
    const onDemandId = /-v\d+:\d+$/.test(baseModelId);
    return row.id === baseModelId ? row : { ...row, id: baseModelId, inferenceProfileOnly: row.inferenceProfileOnly && onDemandId };
  }
  const template = selectLlamaTemplate(baseModelId);
  const llama2 = baseModelId.startsWith('meta.llama2');
  return {
    id: baseModelId,
    name: llama2 ? 'Llama 2 Chat' : 'Llama',
    template,
    inferenceProfileOnly: false,
    capabilities: llama2 ? { ...metaLlamaDefaultCapabilities.llama3, nativeApi: false } : metaLlamaDefaultCapabilities[template],
  };
}

/** `meta.llama3-2-3b-instruct-v1:0` → `meta.llama3-2-3b-instruct`. */
function stripVersion(id: string): string {
  return id.replace(/-v\d+(?::.*)?$/, '');
}
