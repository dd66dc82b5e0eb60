import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createEncryptedFileSecretStore,
  createMemorySecretStore,
  redactSecrets,
  type SecretCipher,
} from './secret-store';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-secrets-'));
  dirs.push(d);
  return d;
};

// Reversible but not plain text, like an OS keychain blob.
const xorCipher = (reason: string | null = null): SecretCipher => ({
  unavailableReason: () => reason,
  encrypt: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
  decrypt: (data) => Buffer.from(data.map((b) => b ^ 0x5a)).toString('utf8'),
});

describe('the encrypted file secret store', () => {
  it('stores only ciphertext, reads it back, deletes', () => {
    const file = path.join(tmp(), 'secrets.json');
    const store = createEncryptedFileSecretStore(file, xorCipher());
    store.set('ai.key.openai', 'sk-secret-value-123');
    expect(readFileSync(file, 'utf8')).not.toContain('sk-secret-value-123');
    expect(createEncryptedFileSecretStore(file, xorCipher()).get('ai.key.openai')).toBe('sk-secret-value-123');
    expect(store.has('ai.key.openai')).toBe(true);
    store.delete('ai.key.openai');
    expect(store.get('ai.key.openai')).toBeNull();
  });

  it('refuses to store when the platform offers only plain-text storage, with the reason', () => {
    const store = createEncryptedFileSecretStore(
      path.join(tmp(), 's.json'),
      xorCipher('No keyring is running (basic_text).'),
    );
    expect(() => store.set('ai.key.openai', 'sk-x')).toThrow(/No keyring is running/);
  });

  it('reports a damaged store clearly and rejects bad names', () => {
    const file = path.join(tmp(), 's.json');
    writeFileSync(file, '{not json');
    const store = createEncryptedFileSecretStore(file, xorCipher());
    expect(() => store.get('ai.key.openai')).toThrow(/damaged/);
    expect(() => createMemorySecretStore().set('../etc', 'x')).toThrow(/not a valid secret name/);
  });
});

describe('redactSecrets', () => {
  it('masks every occurrence', () => {
    expect(redactSecrets('key=sk-abc123 and sk-abc123', ['sk-abc123', null])).toBe('key=[redacted] and [redacted]');
  });
});
