import { compareStrings } from '../../../core/compare.ts';
import type { RuleInfo } from '../types.ts';
import type { RuleModule } from './_rule.ts';
import { rule as constraintTightened } from './constraint-tightened.ts';
import { rule as defaultChanged } from './default-changed.ts';
import { rule as deprecatedPropertyRemoved } from './deprecated-property-removed.ts';
import { rule as discriminatorChanged } from './discriminator-changed.ts';
import { rule as enumChanged } from './enum-changed.ts';
import { rule as nullableChanged } from './nullable-changed.ts';
import { rule as operationAdded } from './operation-added.ts';
import { rule as operationDeprecated } from './operation-deprecated.ts';
import { rule as operationIdChanged } from './operation-id-changed.ts';
import { rule as operationRemoved } from './operation-removed.ts';
import { rule as requestBodyChanged } from './request-body-changed.ts';
import { rule as requestParameterAdded } from './request-parameter-added.ts';
import { rule as requestParameterBecameRequired } from './request-parameter-became-required.ts';
import { rule as requestParameterRemoved } from './request-parameter-removed.ts';
import { rule as requestParameterStyleChanged } from './request-parameter-style-changed.ts';
import { rule as requestPropertyAdded } from './request-property-added.ts';
import { rule as requestPropertyBecameReadOnly } from './request-property-became-read-only.ts';
import { rule as requestPropertyBecameRequired } from './request-property-became-required.ts';
import { rule as requestPropertyRemoved } from './request-property-removed.ts';
import { rule as responseConstraintLoosened } from './response-constraint-loosened.ts';
import { rule as responseHeaderChanged } from './response-header-changed.ts';
import { rule as responseMediaTypeChanged } from './response-media-type-changed.ts';
import { rule as responsePropertyBecameOptional } from './response-property-became-optional.ts';
import { rule as responsePropertyRemoved } from './response-property-removed.ts';
import { rule as responseStatusChanged } from './response-status-changed.ts';
import { rule as securityRequirementChanged } from './security-requirement-changed.ts';
import { rule as securitySchemeChanged } from './security-scheme-changed.ts';
import { rule as typeChanged } from './type-changed.ts';
import { rule as variantChanged } from './variant-changed.ts';

/** Every rule module; a new rule is one file plus one line here. */
export const RULE_MODULES: readonly RuleModule[] = [
  operationRemoved,
  operationAdded,
  operationDeprecated,
  operationIdChanged,
  requestParameterRemoved,
  requestParameterAdded,
  requestParameterBecameRequired,
  requestParameterStyleChanged,
  typeChanged,
  enumChanged,
  nullableChanged,
  constraintTightened,
  defaultChanged,
  requestPropertyAdded,
  requestPropertyBecameRequired,
  requestPropertyRemoved,
  deprecatedPropertyRemoved,
  requestPropertyBecameReadOnly,
  responsePropertyRemoved,
  responsePropertyBecameOptional,
  responseConstraintLoosened,
  requestBodyChanged,
  responseStatusChanged,
  responseMediaTypeChanged,
  responseHeaderChanged,
  securityRequirementChanged,
  securitySchemeChanged,
  discriminatorChanged,
  variantChanged,
];

/** The rule table: one row per id, sorted by id. */
export const RULES: readonly RuleInfo[] = RULE_MODULES.flatMap((module) => module.rules).sort((a, b) => compareStrings(a.id, b.id));
