/** Gives each document of one request a name Converse accepts. Stateful: one per request. */
export interface DocumentNamer {
  /** The wire name for the next document (`name` as the caller gave it, if any). */
  next(name: string | undefined): string;
}

const maxNameLength = 200;

/**
 * Converse document names may hold only ASCII letters and digits, single
 * spaces, hyphens, parentheses and square brackets, at most 200 characters,
 * and must be unique within a request (service model `DocumentBlock.name`).
 * Other characters become hyphens; a missing name becomes `document-N`
 * (N counts the request's documents); a repeated name gets ` (2)`, ` (3)` ….
 */
export function createDocumentNamer(): DocumentNamer {
  // Lower-cased names given so far: one per document, so its size counts them too.
  const used = new Set<string>();
  return {
    next(name = '') {
      const base =
        name
          .replace(/[^a-zA-Z0-9\s\-()[\]]/g, '-')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, maxNameLength)
          .trim() || `document-${used.size + 1}`;
      let candidate = base;
      for (let copy = 2; used.has(candidate.toLowerCase()); copy++) {
        const suffix = ` (${copy})`;
        candidate = base.slice(0, maxNameLength - suffix.length) + suffix;
      }
      used.add(candidate.toLowerCase());
      return candidate;
    },
  };
}
