import { describe, expect, it } from 'vitest';
import { PORT_RULES } from '../../../src/metrics/ports/index.ts';
import { portRuleIdSchema } from '../../../src/model/ports.ts';

describe('PORT_RULES', () => {
  it('has one row per rule id of the model, each with a level and a description', () => {
    expect(Object.keys(PORT_RULES).sort()).toEqual([...portRuleIdSchema.options].sort());
    for (const rule of Object.values(PORT_RULES)) {
      expect(['error', 'warning']).toContain(rule.level);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });
});
