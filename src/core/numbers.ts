/** Section and duty numbers as written: "3.", "3", "III", "3.1." — parsed for sequence checks. */

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** The value of a Roman numeral I–XXX, or undefined. */
export function romanValue(s: string): number | undefined {
  if (!/^(X{0,3})(IX|IV|V?I{0,3})$/.test(s) || s === '') return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A number as written, without the trailing dot: "3." → "3". */
export function bareNumber(n: string): string {
  return n.trim().replace(/\.$/, '');
}

/**
 * The parts of a written number: "3.1." → [3, 1]; "III" → [3]; undefined when it is not a number in a
 * sequence the rules check (a list item "2)" is read as numbered, but its sequence is not checked).
 */
export function numberParts(written: string | undefined): number[] | undefined {
  const n = written === undefined ? undefined : bareNumber(written);
  if (!n) return undefined;
  const roman = romanValue(n);
  if (roman !== undefined) return [roman];
  if (!/^\d+(\.\d+)*$/.test(n)) return undefined;
  return n.split('.').map(Number);
}
