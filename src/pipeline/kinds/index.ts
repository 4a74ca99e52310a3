import { EVIDENCE_KINDS, type EvidenceKindId } from '../../model/kinds.ts';
import type { EvidenceKind } from '../kind.ts';
import { apiKind } from './api.ts';
import { catalogKind } from './catalog.ts';
import { gatesKind } from './gates.ts';
import { incidentsKind } from './incidents.ts';
import { portsKind } from './ports.ts';
import { taxonomyKind } from './taxonomy.ts';

/** The collect step of every kind of the registry (`model/kinds.ts`). */
const KINDS: { [K in EvidenceKindId]: EvidenceKind<K> } = {
  taxonomy: taxonomyKind,
  api: apiKind,
  catalog: catalogKind,
  gates: gatesKind,
  incidents: incidentsKind,
  ports: portsKind,
};

/** Every evidence kind in registry order, the order their sections are built and shown in. */
export const evidenceKinds = EVIDENCE_KINDS.map((info) => ({ ...info, kind: KINDS[info.id] as EvidenceKind<EvidenceKindId> }));
