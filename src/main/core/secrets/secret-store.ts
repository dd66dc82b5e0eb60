import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';

/**
 * Where API keys live. The app stores them encrypted with the OS keychain (Electron safeStorage,
 * see src/main/platform/secrets/safe-storage.ts); the core only sees this interface, so it runs in tests and
 * the CLI without Electron. Values are never logged, never returned over IPC.
 */
export interface SecretStore {
  get(name: string): string | null;
  set(name: string, value: string): void;
  delete(name: string): void;
  has(name: string): boolean;
}

/** Encrypts and decrypts with a key the OS holds (safeStorage in the app). */
export interface SecretCipher {
  /** null when usable, else the reason a person can act on. */
  unavailableReason(): string | null;
  encrypt(plain: string): Buffer;
  decrypt(data: Buffer): string;
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,80}$/;

function checkName(name: string): void {
  if (!NAME.test(name)) throw new AppError('VALIDATION', `"${name}" is not a valid secret name.`);
}

/** Secrets encrypted one by one with a cipher, kept in one JSON file (mode 0600). */
export function createEncryptedFileSecretStore(file: string, cipher: SecretCipher): SecretStore {
  const readAll = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      throw new AppError(
        'DATABASE',
        `The key store ${path.basename(file)} is damaged. Remove it and enter your keys again.`,
      );
    }
  };
  const writeAll = (all: Record<string, string>): void => {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(all, null, 2), { mode: 0o600 });
    renameSync(tmp, file);
  };
  const assertUsable = (): void => {
    const reason = cipher.unavailableReason();
    if (reason) throw new AppError('FORBIDDEN', reason);
  };
  return {
    get(name) {
      checkName(name);
      const blob = readAll()[name];
      if (!blob) return null;
      assertUsable();
      try {
        return cipher.decrypt(Buffer.from(blob, 'base64'));
      } catch {
        throw new AppError(
          'UNAUTHORIZED',
          'A stored key could not be decrypted (the OS keychain changed?). Enter it again in Settings → AI.',
        );
      }
    },
    set(name, value) {
      checkName(name);
      assertUsable();
      const all = readAll();
      all[name] = cipher.encrypt(value).toString('base64');
      writeAll(all);
    },
    delete(name) {
      checkName(name);
      const all = readAll();
      if (!(name in all)) return;
      delete all[name];
      writeAll(all);
    },
    has(name) {
      checkName(name);
      return Boolean(readAll()[name]);
    },
  };
}

/** Keeps secrets in memory only (tests; the CLI when no keychain is available). */
export function createMemorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    get(name) {
      checkName(name);
      return values.get(name) ?? null;
    },
    set(name, value) {
      checkName(name);
      values.set(name, value);
    },
    delete: (name) => void values.delete(name),
    has: (name) => values.has(name),
  };
}

/** Masks every occurrence of the given secrets in a text (for anything that might reach a log). */
export function redactSecrets(text: string, secrets: Iterable<string | null | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out;
}
