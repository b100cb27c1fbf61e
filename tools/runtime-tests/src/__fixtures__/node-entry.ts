// Bundled as CommonJS with the @bedrock-kit packages left as `require()` calls,
// so `node` loads their CJS builds. argv: <scenario> <ScenarioInput as JSON>.
import { runScenario, type ScenarioName } from '../runtime-scenarios';

const [name, inputJson] = process.argv.slice(2);
runScenario(name as ScenarioName, JSON.parse(inputJson ?? '{}')).then((outcome) => {
  // Which builds were loaded, to prove the CJS files (not the ESM ones) ran.
  const loaded = Object.keys(require.cache).filter((path) => path.includes('/packages/'));
  process.stdout.write(JSON.stringify({ outcome, loaded }));
});
