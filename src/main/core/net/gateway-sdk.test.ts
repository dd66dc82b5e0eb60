import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type RequestLogEntry } from './gateway';
import { startTestServer, type TestServer } from './testing/test-server';

/** The SDKs are given `gateway.fetch`; their requests must pass through it unchanged. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const sent = JSON.parse(body || '{}') as { model?: string };
    if (req.url === '/v1/chat/completions') {
      return void res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_1' }).end(
        JSON.stringify({
          id: 'chatcmpl-1',
          object: 'chat.completion',
          created: 1763770000,
          model: sent.model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: 'Hello from the gateway', refusal: null },
              logprobs: null,
              finish_reason: 'stop',
            },
          ],
          usage: { prompt_tokens: 9, completion_tokens: 4, total_tokens: 13 },
        }),
      );
    }
    if (req.url === '/v1/messages') {
      return void res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_2' }).end(
        JSON.stringify({
          id: 'msg_1',
          type: 'message',
          role: 'assistant',
          model: sent.model,
          content: [{ type: 'text', text: 'Hi via gateway' }],
          stop_reason: 'end_turn',
          stop_sequence: null,
          usage: { input_tokens: 8, output_tokens: 3 },
        }),
      );
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
  });
});
afterAll(() => server.close());

describe('gateway.fetch given to the model SDKs', () => {
  it('carries an OpenAI chat completion', async () => {
    const log: RequestLogEntry[] = [];
    const gateway = createGateway({
      hostIntervalMs: 0,
      allowPrivateHosts: ['127.0.0.1'],
      onRequest: (e) => log.push(e),
    });
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: `${server.url}/v1`, fetch: gateway.fetch, maxRetries: 0 });
    const completion = await client.chat.completions.create({
      model: 'gpt-test',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(completion.choices[0]!.message.content).toBe('Hello from the gateway');
    expect(log).toHaveLength(1);
    expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer sk-test');
  });

  it('carries an Anthropic message', async () => {
    const gateway = createGateway({ hostIntervalMs: 0, allowPrivateHosts: ['127.0.0.1'] });
    const client = new Anthropic({ apiKey: 'sk-ant-test', baseURL: server.url, fetch: gateway.fetch, maxRetries: 0 });
    const message = await client.messages.create({
      model: 'claude-test',
      max_tokens: 10,
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(message.content[0]).toMatchObject({ type: 'text', text: 'Hi via gateway' });
  });

  it('stops the SDK in offline mode before any socket opens', async () => {
    const before = server.connections;
    const client = new OpenAI({
      apiKey: 'sk-test',
      baseURL: `${server.url}/v1`,
      fetch: createGateway({ isOffline: () => true }).fetch,
      maxRetries: 0,
    });
    await expect(
      client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toThrow();
    expect(server.connections).toBe(before);
  });
});
