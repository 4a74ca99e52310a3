import { describe, expect, it } from 'vitest';
import { safeHttpUrl, withBase } from '../../../src/site/format/url.ts';

describe('withBase', () => {
  it.each([
    { base: '/', path: '', out: '/' },
    { base: '/', path: 'taxonomy/', out: '/taxonomy/' },
    { base: '/repo/', path: '', out: '/repo/' },
    { base: '/repo/', path: '/feed.xml', out: '/repo/feed.xml' },
    { base: '/a/b/', path: 'badges/x.svg', out: '/a/b/badges/x.svg' },
    { base: '/repo', path: 'x', out: '/repo/x' },
  ])('withBase($base, $path) -> $out', ({ base, path, out }) => {
    expect(withBase(base, path)).toBe(out);
  });
});

describe('safeHttpUrl', () => {
  it.each([
    { input: 'https://runbooks.example.org/a?b=1', out: 'https://runbooks.example.org/a?b=1' },
    { input: 'http://x.test/', out: 'http://x.test/' },
    { input: 'javascript:alert(1)', out: null },
    { input: 'JaVaScRiPt:alert(1)', out: null },
    { input: 'data:text/html,<script>', out: null },
    { input: '/relative/path', out: null },
    { input: 'TODO', out: null },
    { input: '', out: null },
    { input: null, out: null },
  ])('$input -> $out', ({ input, out }) => {
    expect(safeHttpUrl(input)).toBe(out);
  });
});
