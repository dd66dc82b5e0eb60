import type { ChatHistoryItem, GbnfJsonSchema, Llama, LlamaGrammar } from 'node-llama-cpp';
import { AppError } from '../../../../shared/ipc/result';
import type { ModelProvider, ProviderRequest, ProviderResponse } from '../provider';
import type { ModelRuntime } from './model-runtime';

/**
 * On-device generation through llama.cpp. Structured output is grammar-constrained: the sampler
 * can only emit tokens that keep the text valid against the JSON schema.
 */
/** Compiled JSON grammars, per engine and schema: compiling one takes longer than a short generation. */
const grammars = new WeakMap<Llama, Map<string, Promise<LlamaGrammar>>>();

export function createLocalProvider(id: string, runtime: ModelRuntime, label = 'The on-device model'): ModelProvider {
  async function generate(request: ProviderRequest): Promise<ProviderResponse> {
    if (!request.model)
      throw new AppError(
        'BAD_INPUT',
        'No on-device model is chosen. Download or pick a .gguf model in Settings → AI.',
        { providerId: id, retryable: false },
      );
    const last = request.messages.at(-1);
    if (!last || last.role !== 'user') throw new AppError('INTERNAL', 'A local prompt must end with a user message.');
    // llama.cpp's bindings load on first use: an app that never runs a local model never pays for them.
    const { LlamaChatSession } = await import('node-llama-cpp');
    return runtime.use(request.model, request.signal, async ({ context, llama }) => {
      const sequence = context.getSequence();
      const session = new LlamaChatSession({
        contextSequence: sequence,
        ...(request.system ? { systemPrompt: request.system } : {}),
      });
      const started = performance.now();
      const meterBefore = sequence.tokenMeter.getState();
      let firstTokenMs: number | null = null;
      try {
        session.setChatHistory(history(request, session.getChatHistory()));
        const grammar = request.jsonSchema ? await grammarFor(llama, request.jsonSchema.schema) : undefined;
        const text = await session.prompt(last.content, {
          ...(grammar ? { grammar } : {}),
          maxTokens: request.maxTokens,
          ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
          signal: request.signal,
          stopOnAbortSignal: false,
          onTextChunk: (chunk) => {
            if (!request.stream || !chunk) return;
            firstTokenMs ??= Math.round(performance.now() - started);
            request.onText?.(chunk);
          },
        });
        const used = sequence.tokenMeter.diff(meterBefore);
        return {
          text,
          usage: { inputTokens: used.usedInputTokens, outputTokens: used.usedOutputTokens },
          model: request.model,
          firstTokenMs,
          finishReason: null,
        };
      } catch (error) {
        if (request.signal.aborted)
          throw new AppError('CANCELLED', 'The request was cancelled.', { providerId: id, retryable: false });
        if (error instanceof AppError) throw error;
        throw new AppError('PROVIDER', `${label} failed: ${(error as Error).message}`, {
          providerId: id,
          retryable: false,
        });
      } finally {
        session.dispose({ disposeSequence: true });
      }
    });
  }

  /** The system prompt, then every message but the last (which is sent with `prompt`). */
  function history(request: ProviderRequest, initial: ChatHistoryItem[]): ChatHistoryItem[] {
    const items: ChatHistoryItem[] = initial.filter((item) => item.type === 'system');
    for (const message of request.messages.slice(0, -1)) {
      items.push(
        message.role === 'user'
          ? { type: 'user', text: message.content }
          : { type: 'model', response: [message.content] },
      );
    }
    return items;
  }

  function grammarFor(llama: Llama, schema: Record<string, unknown>): Promise<LlamaGrammar> {
    let cache = grammars.get(llama);
    if (!cache) grammars.set(llama, (cache = new Map()));
    const key = JSON.stringify(schema);
    let grammar = cache.get(key);
    if (!grammar) {
      grammar = llama.createGrammarForJsonSchema(schema as GbnfJsonSchema as never).catch((error: unknown) => {
        cache.delete(key);
        throw new AppError(
          'BAD_INPUT',
          `This output schema cannot be enforced on-device: ${(error as Error).message}`,
          { providerId: id, retryable: false },
        );
      });
      cache.set(key, grammar);
    }
    return grammar;
  }

  return { id, kind: 'local', generate };
}
