import { afterEach } from 'vitest';

/**
 * How the next load of a mocked chunk loaded on use goes, as a browser can see it: it fails (the page
 * lost its connection, a deployment dropped the file), it hangs until the test releases it, or it
 * loads. A test file makes one in `vi.hoisted` (a `vi.mock` factory may only read hoisted values) and
 * hands its factory to `passGate`.
 */
export interface ChunkGate {
  mode: 'fail' | 'hang' | 'load';
  /** Loads tried so far. */
  loads: number;
  /** Loads to fail before the next one loads (with `mode: 'load'`). */
  failFirst: number;
  /** Set while a load hangs; lets it go on (it then does what `mode` says). */
  release?: () => void;
  /** Called when a load starts to hang (to abort the call from inside the wait, say). */
  onHang?: () => void;
}

export function createChunkGate(): ChunkGate {
  return { mode: 'fail', loads: 0, failFirst: 0 };
}

/**
 * The body of a `vi.mock` factory: counts the load, hangs while `mode` is `hang`, then fails with the
 * error a browser's `import()` gives for `chunkUrl`, or loads the real module.
 */
export async function passGate<Module>(gate: ChunkGate, chunkUrl: string, importOriginal: () => Promise<Module>): Promise<Module> {
  gate.loads++;
  if (gate.mode === 'hang') {
    await new Promise<void>((resolve) => {
      gate.release = resolve;
      gate.onHang?.();
    });
  }
  if (gate.mode !== 'load' || gate.failFirst-- > 0) throw new TypeError(`Failed to fetch dynamically imported module: ${chunkUrl}`);
  return importOriginal();
}

/**
 * After each test, the gate fails again, its hooks are cleared and a load left hanging is let go (it
 * fails): a test that failed before putting the gate back does not leave the next one hanging.
 */
export function resetGateAfterEach(gate: ChunkGate): void {
  afterEach(() => {
    const release = gate.release;
    Object.assign(gate, { mode: 'fail', failFirst: 0, release: undefined, onHang: undefined });
    release?.();
  });
}
