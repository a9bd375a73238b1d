import { strToU8, unzipSync, zipSync } from 'fflate';
import { checkDocument } from '../../src/core/engine';
import { DocxError, readDocx } from '../../src/docx/read';
import { buildTootajaSeedDocx } from '../fixtures/build';
import { prng } from './helpers';
(async () => {
  const seed = await buildTootajaSeedDocx();
  const files = unzipSync(seed);
  const xml = new TextDecoder().decode(files['word/document.xml']);
  const random = prng(7);
  const int = (n: number) => Math.floor(random() * n);
  let read = 0, crashes = 0;
  for (let i = 0; i < 1500; i++) {
    let x = xml;
    for (let k = 0; k < 3; k++) { const at = int(x.length); x = x.slice(0, at) + x.slice(at + int(200)); }
    let s;
    try { s = readDocx(zipSync({ ...files, 'word/document.xml': strToU8(x) }, { level: 0 })); read++; } catch (e) { if (!(e instanceof DocxError)) throw e; continue; }
    try { checkDocument(s); } catch (e) { crashes++; if (crashes < 4) console.log((e as Error).stack?.split('\n').slice(0, 3).join(' | ')); }
  }
  console.log({ read, crashes });
})();
