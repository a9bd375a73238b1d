/** Strict UTF-8, a byte-order mark dropped; undefined when the bytes are not UTF-8 (never U+FFFD). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
