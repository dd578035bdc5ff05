import fc from 'fast-check';

/**
 * Inputs that have broken servers before: SQL and shell metacharacters,
 * characters Postgres or JSON treat specially, unicode that is not what it
 * looks like, prototype keys, and sizes nobody planned for.
 */
export const SQL_METACHARACTERS = [
  "'",
  "' OR '1'='1",
  "'; DROP TABLE chat.messages; --",
  '"; DELETE FROM auth.users; --',
  '1; SELECT pg_sleep(10)',
  '%',
  '_',
  '\\',
  '%_\\%',
  '$1',
  "E'\\x00'",
  '/* */',
  '--',
] as const;

export const UNICODE_EDGE_CASES = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  '\ufeff',
  '\u202e\u0041\u202c',
  '\u200b',
  '\u2028\u2029',
  'e\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '𝕏',
  '\uffff',
  '\u0007\u001b[31m',
  '\r\n\t',
  'İ',
  'ﬃ',
] as const;

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'] as const;

export const MISCELLANEOUS = [
  '',
  ' ',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '../../etc/passwd',
  '%00',
  '%zz',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '%s%n%x',
  '","admin":true,"x":"',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'urn:uuid:',
] as const;

/** A string from one of the lists above, or arbitrary code units (lone surrogates included). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SQL_METACHARACTERS, ...UNICODE_EDGE_CASES, ...PROTOTYPE_KEYS, ...MISCELLANEOUS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.tuple(fc.constantFrom(...SQL_METACHARACTERS, ...UNICODE_EDGE_CASES), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
);

/**
 * Long strings of one repeated character or hostile snippet, at least `min`
 * characters long counted either way: in code points (JSON Schema's
 * maxLength) and in UTF-16 units (String.length), so a limit of either kind is passed.
 */
export function longString(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min, max }), fc.constantFrom('x', 'é', '😀', "'", '\u0000', 'a%'))
    .map(([length, unit]) => unit.repeat(Math.ceil(length / [...unit].length)));
}

/** Objects whose keys are prototype keys: a server that merges them carelessly pollutes Object.prototype. */
export const pollutingObject: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue({ maxDepth: 2 }))
  .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value ?? null)}}`) as Record<string, unknown>);

/** Any JSON value at all, small, deep or polluting. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  pollutingObject,
  fc.constant(JSON.parse('{"a":'.repeat(200) + '1' + '}'.repeat(200)) as unknown),
);
