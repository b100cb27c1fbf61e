import type { ModelRequest } from '@bedrock-kit/core';
import type { Route } from '../choose-route';
import { throwInputError } from '../throw-input-error';

/**
 * A text part with `guard` is Converse's `guardContent`; no family's native body has it. A request
 * with one goes through Converse unless the caller forced InvokeModel, which is an `InputError`
 * (the guarded text would otherwise be sent as plain text, the guard dropped).
 */
export function routeGuardParts(route: Route, { messages, providerOptions }: ModelRequest): Route {
  if (route === 'converse' || !messages.some(({ content }) => typeof content !== 'string' && content.some((part) => part.type === 'text' && part.guard))) return route;
  if (providerOptions.useConverse === false) throwInputError('A text part with guard is Converse guardContent; InvokeModel has none: drop useConverse: false.');
  return 'converse';
}
