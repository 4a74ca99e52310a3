import type { Sections } from '../../model/status-model.ts';
import type { EvidenceKind } from '../kind.ts';
import { taxonomyKind } from './taxonomy.ts';
import { apiKind } from './api.ts';
import { gatesKind } from './gates.ts';
import { incidentsKind } from './incidents.ts';
import { catalogKind } from './catalog.ts';
import { portsKind } from './ports.ts';

/**
 * Every evidence kind, in the order their sections appear. A kind runs only when its source is
 * configured. Adding a kind is one line here.
 */
export const evidenceKinds: readonly EvidenceKind<keyof Sections>[] = [taxonomyKind, apiKind, catalogKind, gatesKind, incidentsKind, portsKind];
