/**
 * Text every backend can store. PostgreSQL refuses NUL in text and JSONB and any string that is
 * not well-formed UTF-16 (a lone surrogate has no UTF-8 form), while SQLite stores both: a log
 * written on one backend could then never move to the other. Such text is refused everywhere.
 */

/** The dotted path of the first string or key in `value` that no backend can store, if any. */
export function findUnstorableText(value: unknown, path = ''): string | undefined {
  // Iterative, so a deeply nested value cannot overflow the stack here.
  const pending: [unknown, string][] = [[value, path]];
  while (pending.length > 0) {
    const [current, at] = pending.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return at || '(value)';
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) pending.push([current[index], `${at}[${index}]`]);
    } else if (current !== null && typeof current === 'object') {
      const keys = Object.keys(current);
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index]!;
        const child = at ? `${at}.${key}` : key;
        if (!isStorableText(key)) return child;
        pending.push([(current as Record<string, unknown>)[key], child]);
      }
    }
  }
  return undefined;
}

// Matched on UTF-16 code units (no `u` flag): a high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

export const UNSTORABLE_TEXT_RULE = 'must not contain NUL characters or lone UTF-16 surrogates (text no backend can store)';
