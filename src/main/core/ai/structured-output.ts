import { z } from 'zod';
import { describeZodError } from '../../../shared/ipc/result';
import type { JsonSchemaSpec } from './provider';
import { dropNullOptionals } from './schema-dialects';

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The JSON schema of a zod schema, in the draft-7 form that providers and GBNF grammars accept. */
export function jsonSchemaFor(name: string, schema: z.ZodType): JsonSchemaSpec {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  delete json.$schema;
  return { name: name.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64) || 'result', schema: json };
}

/**
 * Finds the JSON value in a model's reply: the whole text, else inside a ``` fence, else the span
 * from the first `{`/`[` to the last `}`/`]`. Trailing commas before `}`/`]` are the one repair
 * made here; anything worse goes back to the model (see AiService).
 */
export function extractJson(text: string): ParseOutcome<unknown> {
  const candidates: string[] = [text.trim()];
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  if (fence?.[1]) candidates.push(fence[1].trim());
  const start = text.search(/[[{]/);
  const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
  if (start >= 0 && end > start) candidates.push(text.slice(start, end + 1));
  let lastError = 'the reply is empty';
  for (const candidate of candidates) {
    if (!candidate) continue;
    for (const attempt of [candidate, candidate.replace(/,\s*([}\]])/g, '$1')]) {
      try {
        return { ok: true, value: JSON.parse(attempt) };
      } catch (error) {
        lastError = `not valid JSON (${(error as Error).message})`;
      }
    }
  }
  return { ok: false, reason: lastError };
}

/**
 * Parses a reply and validates it against the schema. Never returns unvalidated data. With the JSON schema
 * that was sent, a null in an optional property (what OpenAI's strict mode writes for "absent") is dropped first.
 */
export function parseStructured<T>(text: string, schema: z.ZodType<T>, spec?: JsonSchemaSpec): ParseOutcome<T> {
  const json = extractJson(text);
  if (!json.ok) return json;
  const result = schema.safeParse(spec ? dropNullOptionals(json.value, spec.schema) : json.value);
  if (!result.success) return { ok: false, reason: `does not match the schema: ${describeZodError(result.error)}` };
  return { ok: true, value: result.data };
}

/** The follow-up message that asks a model to fix its own unparsable reply. */
export function repairMessage(reason: string, spec: JsonSchemaSpec): string {
  return [
    `Your previous reply could not be used: it is ${reason}.`,
    'Reply again with only one JSON value that matches this JSON schema, and nothing else:',
    JSON.stringify(spec.schema),
  ].join('\n');
}

/** The instruction added to the system prompt so that even unconstrained models answer in JSON. */
export function jsonInstruction(spec: JsonSchemaSpec): string {
  return `Answer with only one JSON value (no prose, no code fences) matching this JSON schema:\n${JSON.stringify(spec.schema)}`;
}
