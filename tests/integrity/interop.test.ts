import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDir, pythonWithNacl, SEED_A, tempDir } from './_support.ts';

/**
 * Verification with implementations we did not write, following only the byte layouts in the README:
 * Python builds the signed payloads itself (json.dumps with sorted keys and compact separators is RFC
 * 8785 for this ASCII data), OpenSSL and PyNaCl check the signatures.
 */
const python = pythonWithNacl();

const buildPayload = `
import json, sys
checksums = json.load(open(sys.argv[1]))
sig = json.load(open(sys.argv[2]))
payload = {"aggregate_sha256": checksums["aggregate_sha256"], "count": checksums["count"]}
if sig["signature_format_version"] == 2:
    payload["artifacts"] = [{"path": p, "sha256": checksums["artifacts"][p]} for p in sorted(checksums["artifacts"], key=lambda p: p.encode())]
sys.stdout.write(json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
`;

const naclVerify = `
import base64, hashlib, json, sys
from nacl.signing import VerifyKey
from nacl.exceptions import BadSignatureError
checksums_path, sig_path, pub_path, payload_path = sys.argv[1:5]
sig = json.load(open(sig_path))
raw = base64.b64decode(open(pub_path).read().strip())
assert hashlib.sha256(raw).hexdigest() == sig["key_id"], "key id"
try:
    VerifyKey(raw).verify(open(payload_path, "rb").read(), base64.b64decode(sig["signature"]))
except BadSignatureError:
    print("BAD"); sys.exit(1)
print("OK")
`;

const noteVerify = `
import base64, hashlib, sys
from nacl.signing import VerifyKey
note = open(sys.argv[1], encoding="utf-8").read()
raw = base64.b64decode(open(sys.argv[2]).read().strip())
text, sigs = note[: note.rindex("\\n\\n") + 1], note[note.rindex("\\n\\n") + 2 :]
origin = text.split("\\n")[0]
line = sigs.strip("\\n").split("\\n")[0]
dash, name, blob = line.split(" ")
assert dash == "\\u2014" and name == origin, "signature line"
blob = base64.b64decode(blob)
assert blob[:4] == hashlib.sha256(name.encode() + b"\\n\\x01" + raw).digest()[:4], "key hash"
VerifyKey(raw).verify(text.encode(), blob[4:])
print("OK")
`;

function scripts(dir: string) {
  writeFileSync(join(dir, 'payload.py'), buildPayload);
  writeFileSync(join(dir, 'nacl_verify.py'), naclVerify);
  writeFileSync(join(dir, 'note_verify.py'), noteVerify);
}

describe.each([1, 2] as const)('signature format v%i', (version) => {
  it('OpenSSL verifies it with the published PEM key', async () => {
    const { dir } = await buildDir({ config: { signature_format_version: version } });
    const work = tempDir();
    scripts(work);
    const payload = execFileSync('python3', [join(work, 'payload.py'), join(dir, 'status/checksums.json'), join(dir, 'status/checksums-signature.json')]);
    writeFileSync(join(work, 'payload'), payload);
    const signature = JSON.parse(readFileSync(join(dir, 'status/checksums-signature.json'), 'utf8')) as { signature: string };
    writeFileSync(join(work, 'sig.bin'), Buffer.from(signature.signature, 'base64'));
    const ok = spawnSync(
      'openssl',
      [
        'pkeyutl',
        '-verify',
        '-pubin',
        '-inkey',
        join(dir, 'status/checksums-pubkey.pem'),
        '-rawin',
        '-in',
        join(work, 'payload'),
        '-sigfile',
        join(work, 'sig.bin'),
      ],
      { encoding: 'utf8' },
    );
    expect(ok.stdout).toContain('Signature Verified Successfully');
    expect(ok.status).toBe(0);
    // And OpenSSL is not simply saying yes: one changed payload byte fails.
    writeFileSync(join(work, 'payload'), Buffer.concat([payload.subarray(0, -2), Buffer.from(' }')]));
    const bad = spawnSync(
      'openssl',
      [
        'pkeyutl',
        '-verify',
        '-pubin',
        '-inkey',
        join(dir, 'status/checksums-pubkey.pem'),
        '-rawin',
        '-in',
        join(work, 'payload'),
        '-sigfile',
        join(work, 'sig.bin'),
      ],
      { encoding: 'utf8' },
    );
    expect(bad.status).not.toBe(0);
  });

  it.skipIf(!python)('PyNaCl (Debian python3-nacl) verifies it with checksums-pubkey.txt', async () => {
    const { dir } = await buildDir({ config: { signature_format_version: version } });
    const work = tempDir();
    scripts(work);
    const payload = execFileSync(python!, [join(work, 'payload.py'), join(dir, 'status/checksums.json'), join(dir, 'status/checksums-signature.json')]);
    writeFileSync(join(work, 'payload'), payload);
    const args = [
      join(work, 'nacl_verify.py'),
      join(dir, 'status/checksums.json'),
      join(dir, 'status/checksums-signature.json'),
      join(dir, 'status/checksums-pubkey.txt'),
      join(work, 'payload'),
    ];
    expect(execFileSync(python!, args, { encoding: 'utf8' }).trim()).toBe('OK');
    writeFileSync(join(work, 'payload'), Buffer.concat([payload, Buffer.from(' ')]));
    expect(spawnSync(python!, args, { encoding: 'utf8' }).stdout.trim()).toBe('BAD');
  });
});

describe('checkpoint signature', () => {
  it.skipIf(!python)('PyNaCl verifies the signed note, key hash included', async () => {
    const { dir } = await buildDir();
    const work = tempDir();
    scripts(work);
    expect(
      execFileSync(python!, [join(work, 'note_verify.py'), join(dir, 'archive/checkpoint'), join(dir, 'status/checksums-pubkey.txt')], {
        encoding: 'utf8',
      }).trim(),
    ).toBe('OK');
  });

  it('OpenSSL verifies the note signature over the checkpoint body', async () => {
    const { dir } = await buildDir();
    const work = tempDir();
    const note = readFileSync(join(dir, 'archive/checkpoint'), 'utf8');
    const split = note.lastIndexOf('\n\n');
    writeFileSync(join(work, 'body'), note.slice(0, split + 1));
    const blob = Buffer.from(
      note
        .slice(split + 2)
        .trim()
        .split(' ')[2]!,
      'base64',
    );
    writeFileSync(join(work, 'sig.bin'), blob.subarray(4));
    const result = spawnSync(
      'openssl',
      [
        'pkeyutl',
        '-verify',
        '-pubin',
        '-inkey',
        join(dir, 'status/checksums-pubkey.pem'),
        '-rawin',
        '-in',
        join(work, 'body'),
        '-sigfile',
        join(work, 'sig.bin'),
      ],
      { encoding: 'utf8' },
    );
    expect(result.stdout).toContain('Signature Verified Successfully');
  });

  it('the archive root is recomputed by Python hashlib from archive/log.jsonl alone', async () => {
    let state = new Map<string, string>();
    let dir = '';
    for (let i = 0; i < 5; i++) {
      const built = await buildDir({ commit: `${i}`.repeat(40), now: `2026-03-0${i + 1}T00:00:00Z`, previousState: state, seed: SEED_A });
      state = new Map(Object.entries(built.result.state));
      dir = built.dir;
    }
    const script = `
import base64, hashlib, sys
lines = open(sys.argv[1], "rb").read().split(b"\\n")[:-1]
def leaf(b): return hashlib.sha256(b"\\x00" + b).digest()
def mth(hs):
    if len(hs) == 1: return hs[0]
    k = 1
    while k * 2 < len(hs): k *= 2
    return hashlib.sha256(b"\\x01" + mth(hs[:k]) + mth(hs[k:])).digest()
print(len(lines)); print(base64.b64encode(mth([leaf(l) for l in lines])).decode())
`;
    const [size, root] = execFileSync('python3', ['-c', script, join(dir, 'archive/log.jsonl')], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const checkpoint = readFileSync(join(dir, 'archive/checkpoint'), 'utf8').split('\n');
    expect(checkpoint[1]).toBe(size);
    expect(checkpoint[2]).toBe(root);
    expect(size).toBe('5');
  });
});

it('reports whether PyNaCl was found (CI installs python3-nacl)', () => {
  if (!python) console.warn('python3-nacl not installed: PyNaCl interoperability tests skipped');
  expect(true).toBe(true);
});
