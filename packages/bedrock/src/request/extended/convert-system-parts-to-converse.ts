import type { ConverseContentBlock, ModelRequest } from '@bedrock-kit/core';
import { convertSystemPartToConverse } from './convert-extended-part-to-converse';

/** `system` given as parts: text (or `guardContent`) and `cachePoint` blocks (service model `SystemContentBlock`). */
export function convertSystemPartsToConverse(request: ModelRequest): ConverseContentBlock[] {
  return request.systemParts!.map(convertSystemPartToConverse);
}
