import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { matchCompetency } from '../../core/catalogue/match';
import { requiredCompetencies, type RequiredCompetency } from '../../core/catalogue/required';
import type { Catalogue } from '../../core/catalogue/types';
import type { DocumentHost } from '../../core/host';
import type { JobDescription } from '../../core/model';
import type { StructureProfile } from '../../core/profile-types';
import { detectProfile, profilesFor } from '../../core/profiles';
import { readJobDescription } from '../../core/reader';
import type { DocumentSnapshot } from '../../core/snapshot';

/** Quiet time after a change before the document is read again. */
const CHANGE_DELAY_MS = 400;

export interface DocumentCompetencies {
  snapshot: DocumentSnapshot;
  profile: StructureProfile;
  jd: JobDescription;
}

/** The document read as the Kompetentsid tab needs it: its variant and job description. */
export function readCompetencies(snapshot: DocumentSnapshot, catalogue: Catalogue): DocumentCompetencies {
  const { profile } = detectProfile(snapshot, profilesFor(catalogue));
  return { snapshot, profile, jd: readJobDescription(snapshot, profile) };
}

/**
 * Which catalogue competencies the document lists and which the organisation requires of this
 * position, kept current while the tab is shown: read when it opens and after every change.
 */
export function useDocumentCompetencies(host: DocumentHost, catalogue: Catalogue | undefined, active: boolean) {
  const [doc, setDoc] = useState<DocumentCompetencies>();
  const activeRef = useRef(active);
  activeRef.current = active;

  const refresh = useCallback(async () => {
    if (!catalogue) return;
    try {
      setDoc(readCompetencies(await host.read(), catalogue));
    } catch {
      setDoc(undefined); // the marks are a help; without them the tab still works
    }
  }, [host, catalogue]);

  useEffect(() => {
    if (active) void refresh();
  }, [active, refresh]);
  useEffect(() => {
    if (!host.onChange) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = host.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => activeRef.current && void refresh(), CHANGE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [host, refresh]);

  const inDocument = useMemo(() => {
    const ids = new Set<string>();
    if (doc && catalogue) for (const c of doc.jd.competencies) ids.add(matchCompetency(catalogue, c)?.entry.id ?? '');
    return ids;
  }, [doc, catalogue]);
  const required: RequiredCompetency[] = useMemo(
    () => (doc && catalogue ? requiredCompetencies(catalogue, catalogue.organisation?.houseRules ?? {}, doc.jd) : []),
    [doc, catalogue],
  );
  return { doc, inDocument, required, refresh };
}
