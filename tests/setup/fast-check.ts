import fc from 'fast-check';

// Property tests explore new random cases on every local run; in CI the seed is fixed (override
// with FC_SEED) so a landing never depends on the luck of the draw. A failure prints its seed.
if (process.env.CI || process.env.FC_SEED) {
  fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
}
