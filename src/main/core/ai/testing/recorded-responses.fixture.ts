/**
 * Responses in the exact shape OpenAI's and Anthropic's APIs send them (recorded, with ids and
 * fingerprints kept), parameterised only by the text the model produced.
 */
const created = 1763770000;

export const openai = {
  completion(content: string, model = 'gpt-4o-mini-2024-07-18', usage = { prompt: 61, completion: 14 }) {
    return {
      id: 'chatcmpl-CeXq1dCj8vYt6Tq7Qy5tS2hJk3LmN',
      object: 'chat.completion',
      created,
      model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal: null, annotations: [] },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: {
        prompt_tokens: usage.prompt,
        completion_tokens: usage.completion,
        total_tokens: usage.prompt + usage.completion,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: {
          reasoning_tokens: 0,
          audio_tokens: 0,
          accepted_prediction_tokens: 0,
          rejected_prediction_tokens: 0,
        },
      },
      service_tier: 'default',
      system_fingerprint: 'fp_560af6e559',
    };
  },
  /** SSE frames of a streamed completion, the content split into `pieces`, usage in the last chunk. */
  stream(pieces: string[], model = 'gpt-4o-mini-2024-07-18', usage = { prompt: 61, completion: 14 }): string[] {
    const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      `data: ${JSON.stringify({ id: 'chatcmpl-CeXq2aBc9dEf0GhIjKlMnOpQrStU', object: 'chat.completion.chunk', created, model, service_tier: 'default', system_fingerprint: 'fp_560af6e559', choices, usage: null, obfuscation: 'x1', ...extra })}\n\n`;
    return [
      chunk([
        { index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null },
      ]),
      ...pieces.map((p) => chunk([{ index: 0, delta: { content: p }, logprobs: null, finish_reason: null }])),
      chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]),
      chunk([], {
        usage: {
          prompt_tokens: usage.prompt,
          completion_tokens: usage.completion,
          total_tokens: usage.prompt + usage.completion,
          prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
          completion_tokens_details: {
            reasoning_tokens: 0,
            audio_tokens: 0,
            accepted_prediction_tokens: 0,
            rejected_prediction_tokens: 0,
          },
        },
      }),
      'data: [DONE]\n\n',
    ];
  },
  rateLimited: {
    message:
      'Rate limit reached for gpt-4o-mini in organization org-4Qx2 on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s. Visit https://platform.openai.com/account/rate-limits to learn more.',
    type: 'requests',
    param: null,
    code: 'rate_limit_exceeded',
  },
  serverError: {
    message: 'The server had an error while processing your request. Sorry about that!',
    type: 'server_error',
    param: null,
    code: null,
  },
  /** The 429 OpenAI sends for an account with no credit: it does not clear by waiting (documented error code). */
  insufficientQuota: {
    message:
      'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
    type: 'insufficient_quota',
    param: null,
    code: 'insufficient_quota',
  },
  /** The 400 that reasoning models (gpt-5, o-series) send for a temperature other than the default. */
  unsupportedTemperature: {
    message:
      "Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.",
    type: 'invalid_request_error',
    param: 'temperature',
    code: 'unsupported_value',
  },
};

export const anthropic = {
  message(input: unknown, model = 'claude-haiku-4-5-20251001', usage = { input: 412, output: 57 }) {
    return {
      id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
      type: 'message',
      role: 'assistant',
      model,
      content: [{ type: 'tool_use', id: 'toolu_01A09q90qw90lq917835lq9', name: 'result', input }],
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage: {
        input_tokens: usage.input,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        output_tokens: usage.output,
        service_tier: 'standard',
      },
    };
  },
  /** SSE frames of a streamed tool call whose JSON input arrives in `pieces`. */
  stream(pieces: string[], model = 'claude-haiku-4-5-20251001', usage = { input: 412, output: 57 }): string[] {
    const ev = (type: string, data: unknown) => `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
    return [
      ev('message_start', {
        type: 'message_start',
        message: {
          id: 'msg_01Ce7HdTn2x4TfWz9AbC1dEf',
          type: 'message',
          role: 'assistant',
          model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: {
            input_tokens: usage.input,
            cache_creation_input_tokens: 0,
            cache_read_input_tokens: 0,
            output_tokens: 2,
            service_tier: 'standard',
          },
        },
      }),
      ev('content_block_start', {
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'tool_use', id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', name: 'result', input: {} },
      }),
      ev('ping', { type: 'ping' }),
      ev('content_block_delta', {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'input_json_delta', partial_json: '' },
      }),
      ...pieces.map((p) =>
        ev('content_block_delta', {
          type: 'content_block_delta',
          index: 0,
          delta: { type: 'input_json_delta', partial_json: p },
        }),
      ),
      ev('content_block_stop', { type: 'content_block_stop', index: 0 }),
      ev('message_delta', {
        type: 'message_delta',
        delta: { stop_reason: 'tool_use', stop_sequence: null },
        usage: { output_tokens: usage.output },
      }),
      ev('message_stop', { type: 'message_stop' }),
    ];
  },
  error(type: 'rate_limit_error' | 'api_error' | 'overloaded_error' | 'authentication_error', message: string) {
    return { type: 'error', error: { type, message }, request_id: 'req_011CV4tJ3xYqRz8hN2sUu6Wf' };
  },
  /** A stream that starts, then fails with an `error` event (documented: errors can arrive mid-stream). */
  streamError(type: 'overloaded_error' | 'api_error', message: string, model = 'claude-haiku-4-5-20251001'): string[] {
    const ev = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
    return [
      ev('message_start', {
        type: 'message_start',
        message: {
          id: 'msg_01Ce7HdTn2x4TfWz9AbC1dEg',
          type: 'message',
          role: 'assistant',
          model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: 412, output_tokens: 1 },
        },
      }),
      ev('ping', { type: 'ping' }),
      ev('error', { type: 'error', error: { type, message } }),
    ];
  },
};
