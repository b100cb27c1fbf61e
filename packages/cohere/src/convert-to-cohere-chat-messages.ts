import { convertContentToParts, type Message, type Part } from '@bedrock-kit/core';
import { createCohereNativeError, useConverse } from './create-cohere-native-error';
import { convertDocumentToCohere, type CohereDocument } from './convert-document-to-cohere';
import {
  asParameters,
  convertToCohereToolResult,
  type CohereToolCall,
  type CohereToolResult,
} from './convert-to-cohere-tool-result';

/** One `chat_history` entry of the Command R native body. */
export type CohereChatHistoryEntry =
  | { role: 'USER'; message: string }
  | { role: 'CHATBOT'; message: string; tool_calls?: CohereToolCall[] }
  | { role: 'TOOL'; tool_results: CohereToolResult[] };

/** The conversation as Command R's native body spells it. */
export interface CohereChatMessages {
  /** The text of the last user turn (empty when that turn only returns tool results). */
  message: string;
  chat_history: CohereChatHistoryEntry[];
  /** Every document part of the request, in order (Cohere names them `doc_0`, `doc_1` …). */
  documents: CohereDocument[];
  /** Tool results of the last user turn. */
  tool_results: CohereToolResult[];
}

// The parts each role carries in Command R's body; anything else (images, reasoning,
// parts in the wrong role) has no place in it.
const carriedParts: Record<Message['role'], Part['type'][]> = {
  user: ['text', 'document', 'tool-result'],
  assistant: ['text', 'tool-call'],
};

/**
 * Messages → `message` + `chat_history` (+ `documents`, `tool_results`).
 * Command R answers the last user turn, so the conversation must end with
 * one. Documents are request-wide in Cohere's body, so document parts of any
 * user turn are gathered into `documents` in order.
 */
export function convertToCohereChatMessages(messages: readonly Message[]): CohereChatMessages {
  if (messages[messages.length - 1]?.role !== 'user') {
    throw createCohereNativeError('answers the last user turn, so the messages must end with a user message', `Add one, or ${useConverse}`);
  }
  const converted: CohereChatMessages = { message: '', chat_history: [], documents: [], tool_results: [] };
  const { chat_history, documents } = converted;
  // Tool calls so far by ID, the newest kept: a result goes back with the call it answers
  // (Cohere matches them by name and parameters), and the IDs this package generates,
  // `cohere-tool-N`, restart at every answer.
  const callsById = new Map<string, CohereToolCall>();
  for (const [index, turn] of messages.entries()) {
    const texts: string[] = [];
    const toolCalls: CohereToolCall[] = [];
    const toolResults: CohereToolResult[] = [];
    for (const part of convertContentToParts(turn.content)) {
      if (!carriedParts[turn.role].includes(part.type)) {
        throw createCohereNativeError(`can't carry ${part.type} parts in ${turn.role === 'user' ? 'a' : 'an'} ${turn.role} message`, 'Remove them');
      }
      if (part.type === 'text') texts.push(part.text);
      else if (part.type === 'document') documents.push(convertDocumentToCohere(part, documents.length));
      else if (part.type === 'tool-result') toolResults.push(convertToCohereToolResult(part, callsById));
      else if (part.type === 'tool-call') {
        const call = { name: part.name, parameters: asParameters(part.input, part.name) };
        callsById.set(part.id, call);
        toolCalls.push(call);
      }
    }
    const text = texts.join('\n\n');
    if (turn.role === 'assistant') {
      const entry: CohereChatHistoryEntry & { role: 'CHATBOT' } = { role: 'CHATBOT', message: text };
      if (toolCalls.length > 0) entry.tool_calls = toolCalls;
      chat_history.push(entry);
    } else if (index === messages.length - 1) {
      converted.message = text;
      converted.tool_results = toolResults;
    } else {
      if (toolResults.length > 0) chat_history.push({ role: 'TOOL', tool_results: toolResults });
      if (texts.length > 0) chat_history.push({ role: 'USER', message: text });
    }
  }
  return converted;
}
