import { createNativeInputError, type InputError } from '@bedrock-kit/core';

/** The way out of most limits of the native body: Converse, the family's default route. */
export const useConverse = 'use Converse (remove useConverse: false)';

/** An `InputError` for a request the Command R native body can't carry: the problem, then the fix. */
export function createCohereNativeError(problem: string, fix: string, cause?: unknown): InputError {
  return createNativeInputError('Cohere', `${problem}. ${fix}.`, cause);
}
