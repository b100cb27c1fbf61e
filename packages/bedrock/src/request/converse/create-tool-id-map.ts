/**
 * The tool-call IDs a Converse request had to rewrite, both ways. IDs that
 * were already valid are not listed: they go on the wire unchanged.
 */
export interface ToolIdMap {
  /** The caller's ID → the ID sent to Converse. */
  readonly toConverse: ReadonlyMap<string, string>;
  /** The ID Converse knows → the caller's ID. */
  readonly fromConverse: ReadonlyMap<string, string>;
}

/**
 * Converse IDs: at most 64 characters of `[a-zA-Z0-9_-]`. The service model
 * also allows `.` and `:`, but Claude (Anthropic's `tool_use.id`) does not,
 * so the stricter set is the one that works for every model.
 */
const validToolId = /^[\w-]{1,64}$/;

/** The map of a request whose IDs all go on the wire unchanged; made on first use and never written. */
let noRewrites: ToolIdMap | undefined;

/**
 * Builds the map for every tool-call / tool-result ID of one request.
 * Deterministic (same IDs → same wire IDs) and collision-free: valid IDs
 * keep their value and are reserved first, so a rewritten ID never takes
 * the value of another ID of the same request. Expects the non-empty IDs
 * `validateMessages` lets through.
 */
export function createToolIdMap(ids: Iterable<string>): ToolIdMap {
  const unique = new Set(ids);
  const taken = new Set([...unique].filter((id) => validToolId.test(id)));
  const toConverse = new Map<string, string>();
  const fromConverse = new Map<string, string>();
  for (const id of unique) {
    if (taken.has(id)) continue;
    const base = id.replace(/[^\w-]/g, '_');
    let wire = base;
    // Too long or taken: keep the start and add a hash of the ID (of `ID#n` after n collisions).
    for (let attempt = 0; wire.length > 64 || taken.has(wire); attempt++) {
      const suffix = `_${hashId(attempt === 0 ? id : `${id}#${attempt}`)}`;
      wire = base.slice(0, 64 - suffix.length) + suffix;
    }
    taken.add(wire);
    toConverse.set(id, wire);
    fromConverse.set(wire, id);
  }
  // Most requests rewrite nothing: they share one empty map rather than each open stream holding two empty Maps.
  return toConverse.size > 0 ? { toConverse, fromConverse } : (noRewrites ??= { toConverse, fromConverse });
}

/** FNV-1a (32 bit) in base 36: short, stable across runs and runtimes. */
function hashId(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
