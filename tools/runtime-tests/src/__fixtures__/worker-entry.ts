// A Worker that runs one scenario per request: `GET /<scenario>`; the emulator
// URL and keys come from bindings, as a real Worker gets its settings.
import { runScenario, type ScenarioName } from '../runtime-scenarios';

interface Env {
  EMULATOR_URL: string;
  API_KEY: string;
  ACCESS_KEY_ID: string;
  SECRET_ACCESS_KEY: string;
  SESSION_ACCESS_KEY_ID: string;
  SESSION_SECRET_ACCESS_KEY: string;
  SESSION_TOKEN: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const name = new URL(request.url).pathname.slice(1) as ScenarioName | '__runtime';
    // What the test checks to be sure this is workerd without Node compatibility.
    if (name === '__runtime') {
      return Response.json({ userAgent: navigator.userAgent, process: typeof (globalThis as { process?: unknown }).process, buffer: typeof (globalThis as { Buffer?: unknown }).Buffer });
    }
    const outcome = await runScenario(name, {
      endpoint: env.EMULATOR_URL,
      apiKey: env.API_KEY,
      accessKeyId: env.ACCESS_KEY_ID,
      secretAccessKey: env.SECRET_ACCESS_KEY,
      sessionAccessKeyId: env.SESSION_ACCESS_KEY_ID,
      sessionSecretAccessKey: env.SESSION_SECRET_ACCESS_KEY,
      sessionToken: env.SESSION_TOKEN,
      runtime: 'workerd',
    });
    return new Response(JSON.stringify(outcome), { headers: { 'content-type': 'application/json' } });
  },
};
