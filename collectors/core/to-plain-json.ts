/**
 * `value` as JSON.parse(JSON.stringify(value)) would give it, minus every `$metadata` key (SDK
 * response metadata), without building the JSON text: emitResource runs once per resource and
 * the text round trip (with a replacer called on every key) was most of its CPU. Plain objects,
 * arrays, Dates and primitives, all an SDK response holds, are copied directly; anything else
 * (Maps, typed arrays, classes) takes the JSON round trip, so the result is always the same.
 */
export function toPlainJson(value: unknown): unknown {
  return copy(value, "");
}

function copy(value: unknown, key: string): unknown {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "object":
      break;
    case "bigint":
      return roundTrip(value, key); // throws, as JSON does
    default:
      return undefined; // undefined, functions and symbols are not JSON
  }
  if (value === null) return null;
  if (value instanceof Date) return value.toJSON();
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (let index = 0; index < value.length; index += 1) items.push(copy(value[index], String(index)) ?? null);
    return items;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if ((prototype !== Object.prototype && prototype !== null) || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return roundTrip(value, key);
  }
  const plain: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    if (name === "$metadata") continue;
    const copied = copy(item, name);
    if (copied !== undefined) plain[name] = copied;
  }
  return plain;
}

function roundTrip(value: unknown, key: string): unknown {
  const text = JSON.stringify({ [key]: value }, (name, item: unknown) => (name === "$metadata" ? undefined : item));
  return (JSON.parse(text) as Record<string, unknown>)[key];
}
