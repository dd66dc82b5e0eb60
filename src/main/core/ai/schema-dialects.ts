/**
 * Each vendor's structured-output mode accepts its own subset of JSON Schema. These functions turn the one
 * schema Jobsmith derives from zod into what each vendor requires; whatever a dialect cannot express is still
 * checked locally, because every reply is validated against the zod schema (structured-output.ts).
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Applies `fn` to a schema node and, depth first, to every sub-schema it contains. */
function mapSchema(node: unknown, fn: (node: Json) => Json): unknown {
  if (Array.isArray(node)) return node.map((n) => mapSchema(n, fn));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapSchema(v, fn)]));
    } else if (
      ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties', 'not'].includes(key) ||
      key === 'definitions' ||
      key === '$defs'
    ) {
      out[key] =
        key === 'definitions' || key === '$defs'
          ? Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, mapSchema(v, fn)]))
          : mapSchema(value, fn);
    } else {
      out[key] = value;
    }
  }
  return fn(out);
}

/** A schema that also accepts null. */
function nullable(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  if (Array.isArray(schema.type))
    return schema.type.includes('null') ? schema : { ...schema, type: [...schema.type, 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}

/**
 * OpenAI strict mode: every object lists all its properties as required and forbids others; a property that
 * was optional becomes nullable instead (`dropNullOptionals` turns its null back into "absent" before the
 * zod check). `default` is not accepted in strict mode.
 */
export function toOpenAiStrictSchema(schema: Json): Json {
  return mapSchema(schema, (node) => {
    const { default: _ignored, ...rest } = node;
    if (!isObject(rest.properties)) return rest;
    const required = new Set(Array.isArray(rest.required) ? (rest.required as string[]) : []);
    const properties = Object.fromEntries(
      Object.entries(rest.properties).map(([k, v]) => [k, required.has(k) ? v : nullable(v)]),
    );
    return { ...rest, properties, required: Object.keys(properties), additionalProperties: false };
  }) as Json;
}

/** Constraints Anthropic's `json_schema` output format rejects; they are enforced locally by zod. */
const ANTHROPIC_UNSUPPORTED = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'default',
  'pattern',
];

export function toAnthropicSchema(schema: Json): Json {
  return mapSchema(schema, (node) => {
    const out = Object.fromEntries(Object.entries(node).filter(([k]) => !ANTHROPIC_UNSUPPORTED.includes(k)));
    // Only 0 or 1 is accepted as minItems.
    if (typeof out.minItems === 'number' && out.minItems > 1) out.minItems = 1;
    if (isObject(out.properties)) out.additionalProperties = false;
    return out;
  }) as Json;
}

/**
 * The inverse of the strict transform, on a reply: a null in a property the original schema did not require
 * means "absent". Nulls the schema itself allows are kept.
 */
export function dropNullOptionals(value: unknown, schema: unknown): unknown {
  if (!isObject(schema)) return value;
  if (Array.isArray(value)) return value.map((v) => dropNullOptionals(v, schema.items));
  if (!isObject(value) || !isObject(schema.properties)) return value;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    const sub = schema.properties[key];
    if (v === null && !required.has(key) && !allowsNull(sub)) continue;
    out[key] = dropNullOptionals(v, sub);
  }
  return out;
}

function allowsNull(schema: unknown): boolean {
  if (!isObject(schema)) return true;
  if (schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'))) return true;
  return Array.isArray(schema.anyOf) && schema.anyOf.some(allowsNull);
}
