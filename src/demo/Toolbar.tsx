import { useEffect, useState, useSyncExternalStore } from 'react';
import type { DocumentSnapshot } from '../core/snapshot';
import type { Language } from '../core/text';
import type { DemoHost } from './DemoHost';
import { errorText } from '../taskpane/useTask';
import { demoDocument, emptyDocument } from './demoDocument';
import { DEMO_STRINGS, fill } from './strings';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Message = { text: string; error?: boolean };

/**
 * The banner that says this is not Word, and the document commands Word would have:
 * open (also by dropping a file on the page), save, new empty document, undo.
 */
export function Toolbar({ host, lang }: { host: DemoHost; lang: Language }) {
  useSyncExternalStore(host.subscribe, () => host.revision);
  const [message, setMessage] = useState<Message>();
  const [fileName, setFileName] = useState('ametijuhend.docx');
  const t = (key: keyof typeof DEMO_STRINGS) => DEMO_STRINGS[key][lang];

  const open = async (file: File) => {
    const failed = (reason: string) => setMessage({ text: fill(t('openFailed'), { name: file.name, reason }), error: true });
    if (!/\.docx$/i.test(file.name)) return failed(t('notDocx'));
    if (file.size > MAX_FILE_BYTES) return failed(t('tooLarge'));
    let snapshot: DocumentSnapshot;
    let bytes: Uint8Array;
    try {
      const { readDocx } = await import(/* webpackChunkName: "docx-read" */ '../docx/read');
      bytes = new Uint8Array(await file.arrayBuffer());
      snapshot = readDocx(bytes);
    } catch (e) {
      // The reader's reason is technical: it follows a plain sentence.
      return failed(fill(t('damaged'), { detail: errorText(e, lang).replace(/\.$/, '') }));
    }
    host.load(snapshot, bytes);
    setFileName(file.name);
    setMessage({ text: fill(t('opened'), { name: file.name }) });
  };

  const save = async () => {
    try {
      // An opened file is edited, so it keeps all it had; a document made here is written anew.
      const opened = host.opened;
      const bytes = opened
        ? (await import(/* webpackChunkName: "docx-edit" */ '../docx/edit')).editDocx(opened.bytes, opened.changes)
        : await (await import(/* webpackChunkName: "docx-write" */ '../docx/write')).writeDocx(await host.read());
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ text: fill(t('saved'), { name: fileName }) });
    } catch (e) {
      setMessage({ text: fill(t('saveFailed'), { reason: errorText(e, lang) }), error: true });
    }
  };

  // A file dropped anywhere on the page opens like one chosen with the button.
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void open(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  });

  return (
    <header className="demo-banner">
      <div className="demo-title">
        <strong className="demo-badge">{t('banner')}</strong>
        <span className="demo-note">{t('bannerNote')}</span>
      </div>
      <div className="demo-tools" role="toolbar" aria-label={t('toolbar')}>
        <label className="button">
          <input
            type="file"
            className="visually-hidden"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // the same file can be opened again
              if (file) void open(file);
            }}
          />
          {t('open')}
        </label>
        <button type="button" className="button" onClick={() => void save()}>{t('save')}</button>
        <button type="button" className="button" onClick={() => { host.load(emptyDocument()); setFileName('ametijuhend.docx'); setMessage({ text: t('emptied') }); }}>
          {t('newEmpty')}
        </button>
        <button type="button" className="button" onClick={() => { host.load(demoDocument()); setMessage({ text: t('sampleLoaded') }); }}>
          {t('sample')}
        </button>
        <button type="button" className="button" disabled={!host.canUndo} onClick={() => { if (host.undo()) setMessage({ text: t('undone') }); }}>
          {t('undo')}
        </button>
        <span className="demo-note">{t('dropHint')}</span>
      </div>
      <div className={message?.error ? 'demo-message error' : 'demo-message'} role={message?.error ? 'alert' : 'status'}>
        {message?.text}
      </div>
    </header>
  );
}
