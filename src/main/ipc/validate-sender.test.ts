import type { WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isTrustedAppUrl, validateSender } from './validate-sender';

const frame = (url: string, parent: unknown = null): WebFrameMain => ({ url, parent }) as unknown as WebFrameMain;

describe('IPC sender check', () => {
  it('accepts only the app:// origin in production', () => {
    expect(isTrustedAppUrl(APP_ENTRY_URL, undefined)).toBe(true);
    expect(isTrustedAppUrl('app://jobsmith/index.html#/jobs', undefined)).toBe(true);
  });

  it('refuses file: pages whatever their host or path, and look-alike app origins', () => {
    for (const url of [
      'file://evil.example/opt/Jobsmith/resources/app.asar/out/renderer/index.html',
      'file:///tmp/x/out/renderer/index.html',
      'file:///opt/Jobsmith/resources/app.asar/out/renderer/index.html',
      'app://evil/index.html',
      'app://jobsmith.evil.example/index.html',
      'app://user:pw@jobsmith/index.html',
      'app://jobsmith:8080/index.html',
      'https://jobsmith/index.html',
      'not a url',
    ]) {
      expect(isTrustedAppUrl(url, undefined), url).toBe(false);
    }
  });

  it('in development trusts exactly the dev server origin', () => {
    expect(isTrustedAppUrl('http://localhost:5173/#/jobs', 'http://localhost:5173')).toBe(true);
    expect(isTrustedAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedAppUrl(APP_ENTRY_URL.replace('app:', 'file:'), 'http://localhost:5173')).toBe(false);
  });

  it('refuses sub-frames and missing frames', () => {
    expect(validateSender(frame(APP_ENTRY_URL), undefined)).toBe(true);
    expect(validateSender(frame(APP_ENTRY_URL, {}), undefined)).toBe(false);
    expect(validateSender(null, undefined)).toBe(false);
  });
});
