import { useState } from 'react';
import { withBasis } from '../../core/apply';
import { conversionTo, type Conversion } from '../../core/convert';
import type { DocumentHost } from '../../core/host';
import type { StructureProfile } from '../../core/profile-types';
import type { DocumentSnapshot } from '../../core/snapshot';
import type { StringKey } from '../i18n';
import type { Task } from '../useTask';
import type { BuildNotice } from './useBuildWrite';
import type { FollowedDocument } from './useFollowDocument';

interface Deps {
  host: DocumentHost;
  task: Task;
  reload: () => Promise<FollowedDocument>;
  notice: { show(value: BuildNotice, snapshot: DocumentSnapshot): void; clear(): void };
  profiles: StructureProfile[];
  /** Called once the document has been converted (the tab then follows what the document says). */
  done: () => void;
}

/** The button's words for converting to `to`: "Teisenda töötaja ametijuhendiks". */
export function convertLabel(to: StructureProfile): StringKey {
  return to.id === 'tootaja' ? 'convert_tootaja' : to.id === 'ametnik' ? 'convert_ametnik' : 'convertOther';
}

/**
 * Converting the document to the chosen variant, in two steps: the list of changes (made from the
 * document as it is when asked), then those very changes in one batch, which the host refuses if
 * the document changed in between (the list is then made again).
 */
export function useConversion({ host, task, reload, notice, profiles, done }: Deps) {
  const [review, setReview] = useState<{ conversion: Conversion; snapshot: DocumentSnapshot }>();

  const start = (to: StructureProfile) =>
    void task.run(async () => {
      notice.clear();
      const snapshot = await host.read();
      setReview({ conversion: conversionTo(snapshot, to, profiles), snapshot });
    });

  const apply = () =>
    void task.run(async () => {
      if (!review) return;
      const { conversion, snapshot } = review;
      setReview(undefined);
      try {
        await host.apply(withBasis(conversion.edits, snapshot));
      } finally {
        await reload().catch(() => undefined);
      }
      const after = await host.read();
      notice.show({ text: 'converted', intent: 'success', changes: conversion.changes.length }, after);
      done();
    });

  return { review: review?.conversion, start, apply, cancel: () => setReview(undefined) };
}
