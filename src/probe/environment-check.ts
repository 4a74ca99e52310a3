import type { EnvironmentProbeConfig } from '../config/sources/gates.ts';
import { ENVIRONMENT_PROBE } from '../metrics/gates/gates-section.ts';
import type { ProbeCheck, VariableClass, VariableState } from './probe-check.ts';

/**
 * Seed 000's variable classes (POL-0002 addendum): a CRITICAL variable that is empty fails the
 * deployment, an empty REQUIRED one warns, an empty OPTIONAL one is information only. Unset, empty
 * and whitespace-only count as empty (`${VAR:?}` semantics). Only names and set/empty ever leave
 * this function: values are read to test emptiness and then dropped.
 */
export function checkEnvironment(config: EnvironmentProbeConfig, env: NodeJS.ProcessEnv): ProbeCheck {
  const classes: [VariableClass, string[]][] = [
    ['critical', config.critical],
    ['required', config.required],
    ['optional', config.optional],
  ];
  const variables: VariableState[] = classes.flatMap(([variableClass, names]) =>
    names.map((name) => ({ name, class: variableClass, set: (env[name] ?? '').trim() !== '' })),
  );
  const empty = (variableClass: VariableClass) => variables.filter((v) => v.class === variableClass && !v.set).map((v) => v.name);
  const critical = empty('critical');
  const required = empty('required');
  const optional = empty('optional');
  const parts = [
    critical.length ? `CRITICAL empty: ${critical.join(', ')}` : '',
    required.length ? `REQUIRED empty: ${required.join(', ')}` : '',
    optional.length ? `OPTIONAL empty (defaults apply): ${optional.join(', ')}` : '',
  ].filter(Boolean);
  const setCount = variables.filter((v) => v.set).length;
  return {
    name: ENVIRONMENT_PROBE,
    type: 'environment',
    status: critical.length ? 'fail' : required.length ? 'warn' : 'pass',
    message: parts.length ? parts.join('; ') : `all ${variables.length} variables set`,
    response_ms: null,
    http_status: null,
    layer: config.layer,
    steps: variables.map((v) => `${v.class.toUpperCase()} ${v.name}: ${v.set ? 'set' : 'EMPTY'}`).concat(`${setCount} / ${variables.length} set`),
    variables,
  };
}
