import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/**
 * Reads every import of every source file (type-only imports, re-exports, dynamic `import()` and
 * the imports in `.astro` files included), so the layer test sees what TypeScript and Vite see.
 */

export interface ImportEdge {
  /** The importing file, relative to `src/` (`metrics/api/semver.ts`). */
  from: string;
  /** The imported specifier as written (`../../core/errors.ts`, `zod`). */
  specifier: string;
  /** The imported file relative to `src/`, or null for a package (`zod`, `node:fs`). */
  target: string | null;
}

const SOURCE = /\.(ts|mts|astro|mjs|js)$/;

export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name)) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Every import of one file's text, comments removed first so that a comment never counts. */
export function importsOf(file: string, text: string): ImportEdge[] {
  const code = withoutComments(text);
  const specifiers = [
    ...code.matchAll(/\b(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?['"]([^'"\n]+)['"]/g),
    ...code.matchAll(/\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers.map((specifier) => ({
    from: file,
    specifier,
    target: specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), specifier)) : null,
  }));
}

export function readImports(root: string): ImportEdge[] {
  return sourceFiles(root).flatMap((file) => importsOf(file, readFileSync(join(root, file), 'utf8')));
}

/** The code with `//` and `/* *\/` comments blanked out; strings and template literals kept. */
export function withoutComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
