import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { Block } from '../core/snapshot';
import type { Language } from '../core/text';
import type { DemoHost } from './DemoHost';
import { DEMO_STRINGS } from './strings';

/** A run of blocks drawn together: one block, a table, or a bulleted list. */
type Item = { kind: 'block'; block: Block } | { kind: 'table'; rows: Block[][][] } | { kind: 'list'; blocks: Block[] };

function group(blocks: Block[]): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < blocks.length; ) {
    const b = blocks[i];
    if (b.kind === 'cell' && b.table) {
      const rows: Block[][][] = [];
      for (; i < blocks.length && blocks[i].kind === 'cell' && blocks[i].table?.table === b.table.table; i++) {
        const { row, col } = blocks[i].table!;
        ((rows[row] ??= [])[col] ??= []).push(blocks[i]);
      }
      items.push({ kind: 'table', rows });
    } else if (b.bullet) {
      const list: Block[] = [];
      for (; i < blocks.length && blocks[i].bullet && blocks[i].kind !== 'cell'; i++) list.push(blocks[i]);
      items.push({ kind: 'list', blocks: list });
    } else {
      items.push({ kind: 'block', block: b });
      i++;
    }
  }
  return items;
}

const firstBlock = (item: Item): Block =>
  item.kind === 'block' ? item.block : item.kind === 'list' ? item.blocks[0] : item.rows.flat(2).find(Boolean)!;

/**
 * The in-memory document, drawn readably: headings, paragraphs, real tables, bullets, the
 * content-control tags as small labels. A click puts the cursor into a block; with the view
 * focused, arrow keys move it, Enter (or a double click) edits the block's text.
 */
export function DocumentView({ host, lang }: { host: DemoHost; lang: Language }) {
  useSyncExternalStore(host.subscribe, () => host.revision);
  const doc = host.snapshot;
  const selected = host.selected;
  const [editing, setEditing] = useState<number | undefined>();
  const viewRef = useRef<HTMLDivElement>(null);
  const t = (key: keyof typeof DEMO_STRINGS) => DEMO_STRINGS[key][lang];

  // A selected block out of sight (a finding clicked in the pane) is brought to the middle of the view.
  useEffect(() => {
    const view = viewRef.current;
    const el = selected === undefined ? null : view?.querySelector(`[data-block="${selected}"]`);
    if (!view || !el) return;
    const r = el.getBoundingClientRect();
    const v = view.getBoundingClientRect();
    if (r.top < v.top || r.bottom > v.bottom) el.scrollIntoView({ block: 'center' });
  }, [selected, doc]);

  const finishEdit = (index: number, text: string | undefined) => {
    setEditing(undefined);
    if (text !== undefined && text !== doc.blocks[index]?.text) host.setText(index, text);
    viewRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== viewRef.current || doc.blocks.length === 0) return;
    const last = doc.blocks.length - 1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const from = selected ?? (e.key === 'ArrowDown' ? -1 : last + 1);
      host.setSelection(Math.min(last, Math.max(0, from + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if ((e.key === 'Enter' || e.key === 'F2') && selected !== undefined) {
      e.preventDefault();
      setEditing(selected);
    }
  };

  const text = (b: Block): ReactNode => {
    if (editing === b.index) return <BlockEditor block={b} label={t('editBlock')} onDone={(value) => finishEdit(b.index, value)} />;
    if (b.text === '') return <span className="empty"><span className="visually-hidden">{t('emptyBlock')}</span></span>;
    const found = b.index === selected && host.selectedText ? b.text.indexOf(host.selectedText) : -1;
    if (found < 0 || host.selectedText === b.text) return b.text;
    const end = found + host.selectedText!.length;
    return <>{b.text.slice(0, found)}<mark>{b.text.slice(found, end)}</mark>{b.text.slice(end)}</>;
  };

  const props = (b: Block, className = '') => ({
    'data-block': b.index,
    className: [className, b.bold ? 'bold' : '', b.index === selected ? 'selected' : ''].filter(Boolean).join(' '),
    onClick: () => host.setSelection(b.index),
    onDoubleClick: () => setEditing(b.index),
  });

  const render = (b: Block): ReactNode => {
    if (b.headingLevel === 1) return <h2 key={b.index} {...props(b)}>{text(b)}</h2>;
    if (b.headingLevel) return <h3 key={b.index} {...props(b)}>{text(b)}</h3>;
    return <p key={b.index} {...props(b)}>{text(b)}</p>;
  };

  let previousTags: string[] = [];
  const items = group(doc.blocks).map((item, n) => {
    const tags = firstBlock(item).tags;
    const opened = tags.filter((tag, i) => previousTags[i] !== tag);
    previousTags = tags;
    const label = opened.length ? <div className="cc-tag" aria-hidden="true">{opened.join(' › ')}</div> : null;
    if (item.kind === 'block') return <div key={n}>{label}{render(item.block)}</div>;
    if (item.kind === 'list') {
      return (
        <div key={n}>
          {label}
          <ul>{item.blocks.map((b) => <li key={b.index} {...props(b)}>{text(b)}</li>)}</ul>
        </div>
      );
    }
    return (
      <div key={n}>
        {label}
        <table>
          <tbody>
            {item.rows.map((cells, r) => (
              <tr key={r}>
                {cells.map((paragraphs, c) => (
                  <td key={c}>{paragraphs.map((b) => <p key={b.index} {...props(b)}>{text(b)}</p>)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  });

  return (
    <div ref={viewRef} id="doc-view" className="doc-view" role="document" aria-label={t('documentLabel')} tabIndex={0} onKeyDown={onKeyDown}>
      <div className="page">{doc.blocks.length ? items : <p className="hint">{t('documentEmpty')}</p>}</div>
    </div>
  );
}

function BlockEditor({ block, label, onDone }: { block: Block; label: string; onDone: (text: string | undefined) => void }) {
  const [value, setValue] = useState(block.text);
  const done = useRef(false);
  const finish = (text: string | undefined) => {
    if (done.current) return;
    done.current = true;
    onDone(text);
  };
  return (
    <input
      className="block-editor"
      aria-label={label}
      autoFocus
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(value);
        else if (e.key === 'Escape') finish(undefined);
        e.stopPropagation();
      }}
      onBlur={() => finish(value)}
    />
  );
}
