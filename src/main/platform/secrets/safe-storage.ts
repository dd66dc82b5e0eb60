import { safeStorage } from 'electron';
import path from 'node:path';
import { createEncryptedFileSecretStore, type SecretCipher, type SecretStore } from '../../core/secrets/secret-store';

/**
 * API keys encrypted with the OS keychain through Electron's safeStorage (Keychain on macOS,
 * DPAPI on Windows, libsecret/kwallet on Linux). On Linux without a keyring safeStorage falls back
 * to a hard-coded password ('basic_text'), which is no protection: we refuse it and say why.
 * Must be created after `app.whenReady()`.
 */
export const safeStorageCipher: SecretCipher = {
  unavailableReason() {
    if (!safeStorage.isEncryptionAvailable()) {
      return 'Your system offers no secure key storage, so Jobsmith will not store API keys. Set OPENAI_API_KEY / ANTHROPIC_API_KEY in the environment instead, or use an on-device model.';
    }
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return 'No keyring (GNOME Keyring, KWallet) is running, so keys could only be stored in plain text. Jobsmith refuses that: start a keyring and restart Jobsmith, or set OPENAI_API_KEY / ANTHROPIC_API_KEY in the environment.';
    }
    return null;
  },
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (data) => safeStorage.decryptString(data),
};

export function createSafeStorageSecretStore(dataDir: string): SecretStore {
  return createEncryptedFileSecretStore(path.join(dataDir, 'secrets.json'), safeStorageCipher);
}
