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
 * focused, typing edits the block (over the words a finding selected, else at its end), arrow
 * keys move the cursor, Enter (or a double click) edits the block's text, Ctrl+Z undoes.
 */
export function DocumentView({ host, lang }: { host: DemoHost; lang: Language }) {
  useSyncExternalStore(host.subscribe, () => host.revision);
  const doc = host.snapshot;
  const selected = host.selected;
  const [editing, setEditing] = useState<{ block: number; start?: Start } | undefined>();
  const viewRef = useRef<HTMLDivElement>(null);
  const t = (key: keyof typeof DEMO_STRINGS) => DEMO_STRINGS[key][lang];

  // A selected block out of sight (a finding clicked in the pane) is brought to the middle of the
  // view. Only the view scrolls: scrollIntoView would scroll the page too, away from the toolbar.
  useEffect(() => {
    const view = viewRef.current;
    const el = selected === undefined ? null : view?.querySelector(`[data-block="${selected}"]`);
    if (!view || !el) return;
    const r = el.getBoundingClientRect();
    const v = view.getBoundingClientRect();
    if (r.top < v.top || r.bottom > v.bottom) view.scrollTop += r.top - v.top - (v.height - r.height) / 2;
  }, [selected, doc, host.selectionCount]);

  const finishEdit = (index: number, text: string | undefined) => {
    setEditing(undefined);
    if (text !== undefined && text !== doc.blocks[index]?.text) host.setText(index, text);
    viewRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target === viewRef.current) viewKey(e, host, (edit) => setEditing(edit));
  };

  const text = (b: Block): ReactNode => {
    if (editing?.block === b.index) return <BlockEditor block={b} start={editing.start} label={t('editBlock')} onDone={(value) => finishEdit(b.index, value)} />;
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
    onDoubleClick: () => setEditing({ block: b.index }),
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
    <div ref={viewRef} id="doc-view" className="doc-view" role="document" aria-label={t('documentLabel')} aria-describedby="doc-hint" tabIndex={0} onKeyDown={onKeyDown}>
      <p id="doc-hint" className="doc-hint">{t('editHint')}</p>
      <div className="page">{doc.blocks.length ? items : <p className="hint">{t('documentEmpty')}</p>}</div>
    </div>
  );
}

/**
 * A key pressed in the focused view: Ctrl+Z (Cmd+Z) undoes, as "Võta tagasi" does and as in Word;
 * arrows move the cursor; Enter or F2 edits the block; typing starts editing it, as in Word: over
 * the selected words, else at the end of the paragraph.
 */
function viewKey(e: KeyboardEvent, host: DemoHost, edit: (editing: { block: number; start?: Start }) => void): void {
  const { blocks } = host.snapshot;
  const selected = host.selected;
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z') {
    e.preventDefault();
    host.undo();
    return;
  }
  if (blocks.length === 0) return;
  const last = blocks.length - 1;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const from = selected ?? (e.key === 'ArrowDown' ? -1 : last + 1);
    host.setSelection(Math.min(last, Math.max(0, from + (e.key === 'ArrowDown' ? 1 : -1))));
  } else if ((e.key === 'Enter' || e.key === 'F2') && selected !== undefined) {
    e.preventDefault();
    edit({ block: selected });
  } else if (selected !== undefined && typing(e)) {
    e.preventDefault();
    edit({ block: selected, start: typedStart(blocks[selected].text, host.selectedText, e.key) });
  }
}

/** Where an edit starts when it starts with a keystroke: the text with the key typed in, and the caret after it. */
type Start = { value: string; caret: number };

/** A key that types (a character, or Backspace), with no Ctrl, Cmd or Alt. */
function typing(e: KeyboardEvent): boolean {
  return !e.ctrlKey && !e.metaKey && !e.altKey && (e.key.length === 1 || e.key === 'Backspace');
}

/** The key typed over the selected words of the block, or at its end when none are selected. */
function typedStart(text: string, selectedText: string | undefined, key: string): Start {
  const typed = key === 'Backspace' ? '' : key;
  const at = selectedText ? text.indexOf(selectedText) : -1;
  if (at >= 0) return { value: text.slice(0, at) + typed + text.slice(at + selectedText!.length), caret: at + typed.length };
  const value = key === 'Backspace' ? text.slice(0, -1) : text + typed;
  return { value, caret: value.length };
}

function BlockEditor({ block, start, label, onDone }: { block: Block; start?: Start; label: string; onDone: (text: string | undefined) => void }) {
  const [value, setValue] = useState(start?.value ?? block.text);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const caret = start?.caret ?? input.current?.value.length ?? 0;
    input.current?.setSelectionRange(caret, caret);
  }, [start]);
  const finish = (text: string | undefined) => {
    if (done.current) return;
    done.current = true;
    onDone(text);
  };
  return (
    <input
      ref={input}
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
