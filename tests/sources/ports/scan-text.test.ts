import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portHitSchema } from '../../../src/model/ports.ts';
import { findHardcodedPorts, isComposeFile } from '../../../src/sources/ports/index.ts';

describe('findHardcodedPorts', () => {
  const cases = [
    {
      file: 'docker-compose.yml',
      text: 'services:\n  api:\n    ports:\n      - "4010:8080"\n      - 127.0.0.1:5432:5432\n',
      out: [
        [4, 4010, 'compose-mapping'],
        [5, 5432, 'compose-mapping'],
      ],
    },
    {
      file: 'tools/compose/docker-compose.telegram.yml',
      text: 'services:\n  x:\n    ports:\n      - target: 80\n        published: 8081\n',
      out: [[5, 8081, 'compose-mapping']],
    },
    { file: 'docker-compose.yml', text: 'services:\n  x:\n    command:\n      - 8080\n', out: [] },
    {
      file: '.env',
      text: 'API_PORT=4010\n# OLD_PORT=1111\nDATABASE_URL=postgres://localhost:5432/db\n',
      out: [
        [1, 4010, 'port-variable'],
        [3, 5432, 'host-port'],
      ],
    },
    {
      file: 'src/server.ts',
      text: 'const port = process.env.PORT || 3000;\napp.listen(8080);\n',
      out: [
        [1, 3000, 'port-fallback'],
        [2, 8080, 'listen-call'],
      ],
    },
    {
      file: 'app/main.py',
      text: 'port = int(os.environ.get("PORT", 8000))\nhttpPort: 9000\n',
      out: [
        [1, 8000, 'port-fallback'],
        [2, 9000, 'port-variable'],
      ],
    },
    { file: 'a.ts', text: 'const report = 10;\nconst transport = 3000;\nimport x = 5;\nconst viewport = 1200;\n', out: [] },
    { file: 'a.ts', text: 'const PORT = 0;\nconst port = 70000;\n', out: [] },
    { file: 'a.yaml', text: '  - "8080:80"\n', out: [] },
  ];
  it.each(cases)('$file: $out', ({ file, text, out }) => {
    expect(findHardcodedPorts(text, file).map((hit) => [hit.line, hit.port, hit.pattern])).toEqual(out);
  });

  it('reports a port at most once per line', () => {
    expect(findHardcodedPorts('PORT=4010 # http://localhost:4010\n', '.env')).toHaveLength(1);
  });

  it('never throws and only reports ports 1..65535 on existing lines', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const lines = text.split(/\r?\n/).length;
        for (const hit of findHardcodedPorts(text, 'docker-compose.yml')) {
          expect(hit.port).toBeGreaterThanOrEqual(1);
          expect(hit.port).toBeLessThanOrEqual(65535);
          expect(hit.line).toBeLessThanOrEqual(lines);
        }
      }),
    );
  });
});

describe('isComposeFile', () => {
  it.each([
    { path: 'docker-compose.yml', out: true },
    { path: 'compose.yaml', out: true },
    { path: 'compose.dev.yaml', out: true },
    { path: 'tools/compose/docker-compose.telegram.yml', out: true },
    { path: 'DOCKER-COMPOSE.YML', out: true },
    { path: 'compose.json', out: false },
    { path: 'k8s/deployment.yaml', out: false },
    { path: 'compose/values.yaml', out: false },
    { path: 'my-docker-compose.yml', out: false },
  ])('$path -> $out', ({ path, out }) => {
    expect(isComposeFile(path)).toBe(out);
  });
});

describe('findHardcodedPorts hits fit the model (property)', () => {
  it('every hit parses with portHitSchema and names the file it was given', () => {
    const line = fc.oneof(fc.string(), fc.constantFrom('PORT=4010', '  - "8080:80"', 'ports:', 'app.listen(3000)', `${'x'.repeat(200)} PORT=80`));
    fc.assert(
      fc.property(fc.array(line), fc.constantFrom('compose.yaml', '.env', 'src/a.ts'), (lines, file) => {
        for (const hit of findHardcodedPorts(lines.join('\n'), file)) {
          expect(portHitSchema.parse(hit)).toEqual(hit);
          expect(hit.file).toBe(file);
        }
      }),
    );
  });
});
