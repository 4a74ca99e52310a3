import type { PortHit } from '../../model/ports.ts';

const IDENTIFIER_PORT = '(?:(?<![A-Za-z0-9])(?:[A-Za-z0-9]+[_-])*(?:port|PORT|Port)s?|(?<![A-Za-z0-9])[a-z][A-Za-z0-9]*Port)';

const PATTERNS: { pattern: PortHit['pattern']; regex: RegExp; compose?: boolean }[] = [
  // `- "8080:80"`, `- 127.0.0.1:5432:5432`, `- 9000` under a compose `ports:` list; group 1 is the host port.
  { pattern: 'compose-mapping', regex: /^\s*-\s*["']?(?:\d{1,3}(?:\.\d{1,3}){3}:)?(\d{1,5})(?::\d{1,5})?(?:\/(?:tcp|udp))?["']?\s*(?:#.*)?$/g, compose: true },
  { pattern: 'compose-mapping', regex: /^\s*published:\s*["']?(\d{1,5})\b/g, compose: true },
  { pattern: 'port-variable', regex: new RegExp(`${IDENTIFIER_PORT}\\b["']?\\s*[:=]\\s*["']?(\\d{1,5})(?![\\d.])`, 'g') },
  { pattern: 'host-port', regex: /(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|\[::1?\]):(\d{1,5})(?!\d)/g },
  { pattern: 'port-fallback', regex: /(?:(?<![A-Za-z])port|PORT|Port)["'\])]*\s*(?:\|\||\?\?|\bor\b|,)\s*["']?(\d{1,5})(?![\d.])/g },
  { pattern: 'listen-call', regex: /\.listen\(\s*(\d{1,5})(?!\d)/g },
];

/** Compose files by name: `docker-compose.yml`, `compose.dev.yaml`, `docker-compose.telegram.yml`. */
export function isComposeFile(path: string): boolean {
  return /(?:^|\/)(?:docker-)?compose[^/]*\.ya?ml$/i.test(path);
}

/**
 * Finds hard-coded port numbers in one file's text (pure). The patterns are the places ports hide
 * in practice: compose port mappings, `*_PORT=` variables, `host:port` URLs, `port: 8080` keys,
 * `PORT || 3000` fallbacks and `.listen(3000)`. Whole-line comments are skipped.
 */
export function findHardcodedPorts(text: string, file: string): PortHit[] {
  const compose = isComposeFile(file);
  const hits: PortHit[] = [];
  const seen = new Set<string>();
  let inPortsList = false;
  text.split(/\r?\n/).forEach((source, index) => {
    const trimmed = source.trim();
    if (trimmed.startsWith('#') || trimmed.startsWith('//')) return;
    if (compose) {
      // A list item is a port mapping only directly under a `ports:` key.
      if (/^\s*ports:\s*$/.test(source)) inPortsList = true;
      else if (!/^\s*-/.test(source) && trimmed !== '') inPortsList = /^\s*(?:published|target|protocol|mode|host_ip):/.test(source) && inPortsList;
    }
    for (const { pattern, regex, compose: composeOnly } of PATTERNS) {
      if (composeOnly && !compose) continue;
      if (pattern === 'compose-mapping' && regex.source.startsWith('^\\s*-') && !inPortsList) continue;
      for (const match of source.matchAll(regex)) {
        const port = Number(match[1]);
        if (!(port >= 1 && port <= 65535)) continue;
        const key = `${index}:${port}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push({ file, line: index + 1, port, pattern, text: trimmed.slice(0, 120) });
      }
    }
  });
  return hits;
}
