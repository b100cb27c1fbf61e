import { ConfigError } from './errors/config-error';

/**
 * Code that only some calls need (a family's native codec, the SigV4 signer, the platform
 * options …), imported with a dynamic `import()`, which every bundler that splits code turns into
 * a chunk of its own: a bundle pays for it only when a call uses it. Declared at module level as a
 * plain object, so nothing runs at import time; `loadOnUse` fills in `module`.
 *
 * @example
 * const signer: CodeOnUse<typeof import('./sign-http-request')> = { what: 'the SigV4 signer', load: () => import('./sign-http-request') };
 * const { signHttpRequest } = await loadOnUse(signer);
 */
export interface CodeOnUse<Module> {
  /** What it is, for the error a failed load gives ("could not load the SigV4 signer …"). */
  readonly what: string;
  readonly load: () => Promise<Module>;
  /** The module once loaded: code that runs after `loadOnUse` reads it without waiting. */
  module?: Module;
  /** The load, in flight or done, shared by every call that asks: cleared when it fails, so the next call tries again. */
  loading?: Promise<Module>;
}

/**
 * Loads `code` once: later calls get the same module. A failed load (a chunk the page could not
 * fetch) is a `ConfigError` saying what was being loaded, not an unnamed `TypeError`, and the next
 * call tries again.
 */
export function loadOnUse<Module>(code: CodeOnUse<Module>): Promise<Module> {
  return (code.loading ??= code.load().then(
    (module) => (code.module = module),
    (cause: unknown) => {
      code.loading = undefined;
      throw new ConfigError({ message: `bedrock-kit could not load ${code.what} (a chunk of your bundle loaded on first use): ${describe(cause)}`, cause });
    },
  ));
}

/**
 * The module `loadOnUse` loaded, for code that runs after it was awaited and cannot wait itself (a
 * synchronous codec step). Not loaded yet is a bug of the caller, not of the user's input.
 */
export function readLoaded<Module>(code: CodeOnUse<Module>): Module {
  if (code.module === undefined) throw new Error(`bedrock-kit: ${code.what} was used before it was loaded (a bug: please report it).`);
  return code.module;
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
