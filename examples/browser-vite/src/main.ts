import { streamAnswer } from './stream-answer';

const form = document.querySelector<HTMLFormElement>('#form')!;
const answer = document.querySelector<HTMLDivElement>('#answer')!;
const status = document.querySelector<HTMLParagraphElement>('#status')!;
let running: AbortController | undefined;

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  running?.abort(); // a new question cancels the previous answer
  const controller = (running = new AbortController());
  const field = (name: string) => String(new FormData(form).get(name) ?? '').trim();
  answer.textContent = '';
  status.textContent = 'Streaming…';
  try {
    const settings = { endpoint: field('endpoint'), region: field('region'), apiKey: field('apiKey'), model: field('model'), prompt: field('prompt') };
    const result = await streamAnswer(settings, (text) => answer.append(text), controller.signal);
    status.textContent = `Done (${result.finishReason}): ${result.usage.inputTokens} tokens in, ${result.usage.outputTokens} out.`;
  } catch (error) {
    if (!controller.signal.aborted) status.textContent = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
});
