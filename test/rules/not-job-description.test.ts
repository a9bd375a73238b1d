import { checkDocument } from '../../src/core/engine';
import { snapshotFromLines } from '../core/seed-snapshots';
import { seed } from './rule-context';

describe('not-job-description', () => {
  it('stays silent on both seeds and on a document with the title or two sections', () => {
    for (const id of ['ametnik', 'tootaja'] as const) expect(checkDocument(seed(id)).findings.map((f) => f.rule)).not.toContain('not-job-description');
    expect(checkDocument(snapshotFromLines(['Õpetaja ametijuhend'])).isJobDescription).toBe(true);
    expect(checkDocument(snapshotFromLines(['2. EESMÄRK', 'x', '3. ÜLESANDED'])).isJobDescription).toBe(true);
    // No title, one section, but part 1's labels: a job description too; one section alone is not.
    const labelled = ['Ametinimetus: laohoidja', 'Vahetu juht: laojuhataja', 'Tööülesanded:', '1. Võtab kauba vastu.'];
    expect(checkDocument(snapshotFromLines(labelled)).isJobDescription).toBe(true);
    expect(checkDocument(snapshotFromLines(labelled.slice(1))).isJobDescription).toBe(false);
  });

  it('gives a letter one finding instead of dozens', () => {
    const result = checkDocument(snapshotFromLines(['Lugupeetud Kadri Tamm', 'Täname pöördumise eest.', 'Lugupidamisega', 'Liisa Kask']));
    expect(result.findings.map((f) => f.rule)).toEqual(['not-job-description']);
    expect(result.findings[0].message.et).toMatch(/^See dokument ei paista olevat ametijuhend: pealkirja „AMETIJUHEND“ ega ametijuhendi osi/);
  });

  it('says an empty document is empty and how to start', () => {
    const [f] = checkDocument(snapshotFromLines([])).findings;
    expect(f.rule).toBe('not-job-description');
    expect(f.message.et).toMatch(/^Dokument on tühi\. Ametijuhendi koostamiseks lisa põhi vahekaardilt „Koosta“/);
  });
});
