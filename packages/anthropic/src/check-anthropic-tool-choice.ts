import type { ModelRequest } from '@bedrock-kit/core';
import { throwInputError } from './throw-input-error';

/**
 * Claude thinks only when it may choose its tools: a forced `toolChoice` beside thinking is a 400,
 * refused here instead. `what` names the setting that turned thinking on.
 */
export function checkAnthropicToolChoice(choice: ModelRequest['toolChoice'], what: string): void {
  if (choice === 'required' || typeof choice === 'object') {
    throwInputError(`Claude ${what} allows toolChoice 'auto' or 'none' only; got ${JSON.stringify(choice)}. Drop the forced choice or turn ${what} off.`);
  }
}
