/** The change clause and the signature block: one signer (a civil servant's) or parties side by side or one under the other. */
import type { Located, Signature } from '../model';
import type { StructureProfile } from '../profile-types';
import { fold, foldLabel } from '../normalize';
import type { Block } from '../snapshot';
import { type Doc, type Range, splitName } from './doc';

export class SignatureReader {
  constructor(
    private readonly doc: Doc,
    private readonly profile: StructureProfile,
  ) {}

  private isSignatureLine(text: string): boolean {
    const key = foldLabel(text);
    const sig = this.profile.signature;
    return (
      sig.heading.some((h) => foldLabel(h) === key) ||
      key.includes(fold(sig.signedMarker)) ||
      sig.parties.some((p) => key === foldLabel(p) || key.startsWith(`${foldLabel(p)}:`))
    );
  }

  changeClause(range: Range): Located | undefined {
    for (let i = range.start; i <= range.end; i++) {
      const text = this.doc.text(i);
      if (!text) continue;
      return this.isSignatureLine(text) ? undefined : { value: text, block: i };
    }
    return undefined;
  }

  read(range: Range, after: number | undefined): Signature[] {
    const start = after === undefined ? range.start : after + 1;
    if (this.profile.signature.parties.length > 0) return this.readParties(start, range.end);
    return this.readSigner(start, range.end, after !== undefined);
  }

  /** Name and position from the lines under a signature label (line breaks split lines), skipping the "signed" marker. */
  private signer(lines: string[]): { name?: string; position?: string } {
    const marker = fold(this.profile.signature.signedMarker);
    const rest = lines.flatMap((l) => l.split('\n')).map((l) => l.trim()).filter((l) => l && !fold(l).includes(marker));
    return { name: rest[0], position: rest[1] };
  }

  /**
   * Signed by one person (the civil servant's): the marker line, then name and position. Without
   * the marker, one or two short lines right after the change clause are the name and position.
   */
  private readSigner(start: number, end: number, afterChangeClause: boolean): Signature[] {
    const marker = fold(this.profile.signature.signedMarker);
    const lines: { text: string; block: number }[] = [];
    for (let i = start; i <= end; i++) {
      for (const line of this.doc.raw[i].text.split('\n')) if (line.trim()) lines.push({ text: line.trim(), block: i });
    }
    const at = lines.findIndex((l) => fold(l.text).includes(marker));
    const signerLines = at >= 0 ? lines.slice(at + 1, at + 3) : lines;
    const nameLike = (l: { text: string }) => l.text.length <= 60 && !/[.;]$/.test(l.text);
    if (at < 0 && !(afterChangeClause && signerLines.length > 0 && signerLines.length <= 2 && signerLines.every(nameLike))) return [];
    const { name, position } = this.signer(signerLines.map((l) => l.text));
    return [{ role: position ?? '', name, position, block: at >= 0 ? lines[at].block : signerLines[0].block }];
  }

  /** Signed by parties ("Tööandja:", "Töötaja:"): each label in its own cell, its own paragraph, or side by side in one line. */
  private readParties(start: number, end: number): Signature[] {
    const parties = this.profile.signature.parties;
    const partyAt = (text: string): number => {
      const key = foldLabel(text);
      return parties.findIndex((p) => key === foldLabel(p) || key.startsWith(`${foldLabel(p)}:`));
    };
    const signatures: Signature[] = [];
    const done = new Set<number>();
    for (let i = start; i <= end; i++) {
      const b = this.doc.blocks[i];
      const text = b.text.trim();
      const p = text ? partyAt(text) : -1;
      if (p < 0 || done.has(p)) continue;
      const inColumns = parties.filter((party, k) => k !== p && fold(text).includes(`${foldLabel(party)}:`));
      if (inColumns.length > 0) {
        // "Tööandja:<tab>Töötaja:" – the following lines hold one column per party.
        const order = parties
          .map((party, k) => ({ k, at: fold(text).indexOf(`${foldLabel(party)}:`) }))
          .filter((x) => x.at >= 0)
          .sort((x, y) => x.at - y.at);
        const columns: string[][] = order.map(() => []);
        for (let j = i + 1; j <= end; j++) {
          for (const line of this.doc.raw[j].text.split('\n')) {
            if (line.trim()) splitColumns(line, this.profile.signature.signedMarker, order.length).forEach((cell, c) => columns[c]?.push(cell));
          }
        }
        order.forEach(({ k }, c) => {
          done.add(k);
          signatures.push({ role: parties[k], ...this.signer(columns[c]), block: i });
        });
        continue;
      }
      done.add(p);
      const inline = splitName(this.doc.raw[i].text.trim())?.rest;
      let lines: string[];
      if (b.kind === 'cell' && b.table) {
        lines = this.columnBelow(b);
      } else {
        lines = [];
        for (let j = i + 1; j <= end && lines.length < 6; j++) {
          if (partyAt(this.doc.text(j)) >= 0) break;
          lines.push(this.doc.raw[j].text);
        }
      }
      signatures.push({ role: parties[p], ...this.signer(inline ? [inline, ...lines] : lines), block: i });
    }
    return signatures.sort((x, y) => parties.indexOf(x.role) - parties.indexOf(y.role));
  }

  /** The paragraphs after a cell's first one, then the same column's cells in the rows below. */
  private columnBelow(b: Block): string[] {
    const { table, row, col } = b.table!;
    const lines = this.doc.cell(table, row, col).filter((i) => i > b.index).map((i) => this.doc.raw[i].text);
    for (let r = row + 1; this.doc.hasCell(table, r, col) || this.doc.hasCell(table, r, 0); r++) {
      for (const i of this.doc.cell(table, r, col)) lines.push(this.doc.raw[i].text);
    }
    return lines;
  }
}

/** Splits a line of side-by-side signature columns (tabs, wide gaps, or a repeated marker). */
function splitColumns(line: string, marker: string, count: number): string[] {
  const parts = line.split(/\t+|\s{2,}/).map((s) => s.trim()).filter(Boolean);
  if (parts.length >= count) return parts;
  const markers = fold(line).split(fold(marker)).length - 1;
  if (markers >= count) return Array.from({ length: markers }, () => marker);
  return parts;
}
