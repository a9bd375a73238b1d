import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * A signed container as DigiDoc4 writes one (ASiC-E; BDOC 2.1 is the same): `mimetype` first and
 * stored, the data files, META-INF/manifest.xml and one signature file (whose content is not a
 * real signature: nothing here validates it).
 */
export function makeAsice(files: Record<string, Uint8Array>, options: { mimetype?: string; signatures?: number; metaInf?: boolean } = {}): Uint8Array {
  const zippable: Zippable = { mimetype: [strToU8(options.mimetype ?? 'application/vnd.etsi.asic-e+zip'), { level: 0 }] };
  for (const [name, bytes] of Object.entries(files)) zippable[name] = bytes;
  if (options.metaInf !== false) {
    const entries = Object.keys(files).map((n) => `<manifest:file-entry manifest:full-path="${n}" manifest:media-type="application/octet-stream"/>`);
    zippable['META-INF/manifest.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">` +
        `<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.etsi.asic-e+zip"/>${entries.join('')}</manifest:manifest>`,
    );
    for (let i = 0; i < (options.signatures ?? 1); i++) {
      zippable[`META-INF/signatures${i}.xml`] = strToU8('<asic:XAdESSignatures xmlns:asic="http://uri.etsi.org/02918/v1.2.1#"/>');
    }
  }
  return zipSync(zippable);
}
