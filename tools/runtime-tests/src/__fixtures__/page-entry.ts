// The browser page's script: exposes the scenarios to `page.evaluate`.
import { runScenario } from '../runtime-scenarios';

(globalThis as { runScenario?: typeof runScenario }).runScenario = runScenario;
