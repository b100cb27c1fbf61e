import type { Route } from './route';
import type { Script } from './script';

/** FIFO of scripts; a request takes the first one whose `match` fits. */
export interface ScriptQueue {
  push(script: Script): void;
  take(route: Route, modelId: string): Script | undefined;
  clear(): void;
  readonly size: number;
}

/** Creates an empty `ScriptQueue`. */
export function createScriptQueue(): ScriptQueue {
  const entries: { script: Script; remaining: number }[] = [];
  return {
    push(script) {
      entries.push({ script, remaining: Math.max(1, script.times ?? 1) });
    },
    take(route, modelId) {
      const index = entries.findIndex(({ script }) => matches(script, route, modelId));
      if (index === -1) return undefined;
      const entry = entries[index]!;
      entry.remaining -= 1;
      if (entry.remaining === 0) entries.splice(index, 1);
      return entry.script;
    },
    clear() {
      entries.length = 0;
    },
    get size() {
      return entries.reduce((sum, entry) => sum + entry.remaining, 0);
    },
  };
}

function matches(script: Script, route: Route, modelId: string): boolean {
  const match = script.match;
  if (!match) return true;
  if (match.route !== undefined && !(Array.isArray(match.route) ? match.route : [match.route]).includes(route)) return false;
  if (match.modelId instanceof RegExp) return match.modelId.test(modelId);
  return match.modelId === undefined || match.modelId === modelId;
}
