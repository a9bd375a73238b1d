import { commentsOpen } from '../../src/core/rules/comments-open';
import { run, seed } from './rule-context';

describe('comments-open', () => {
  it('stays silent on both seeds', () => {
    expect(run(commentsOpen, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(commentsOpen, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for open comments', () => {
    const findings = run(commentsOpen, { ...seed('ametnik'), comments: 2 }, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'comments-open', severity: 'warning' });
    expect(f.location).toEqual({ block: 0, text: 'AMETIJUHEND' });
    expect(f.message.et).toBe(
      'Dokument: 2 kommentaari on lahendamata. Vastake kommentaaridele ning lahendage või kustutage need enne allkirjastamist.',
    );
    expect(f.message.en).toBe('Document: 2 comments are open. Answer them, then resolve or delete them before signature.');
  });

  it('uses the singular for one comment', () => {
    const [f] = run(commentsOpen, { ...seed('ametnik'), comments: 1 }, 'ametnik');
    expect(f.message.et).toContain('1 kommentaar on lahendamata');
  });
});
