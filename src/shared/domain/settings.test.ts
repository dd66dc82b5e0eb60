import { describe, expect, it } from 'vitest';
import { Settings, SettingsPatch, isLoopbackUrl, offlineBlocks } from './settings';

describe('offline mode and loopback servers', () => {
  it('knows loopback addresses from the rest', () => {
    for (const url of [
      'http://127.0.0.1:11434/v1',
      'http://localhost:1234',
      'http://[::1]:8080/v1',
      'http://127.1.2.3/',
      'http://ollama.localhost/',
    ])
      expect(isLoopbackUrl(url), url).toBe(true);
    for (const url of [
      'https://api.openai.com/v1',
      'http://192.168.1.5:11434',
      'http://127.0.0.1.evil.example/',
      'not a url',
    ])
      expect(isLoopbackUrl(url), url).toBe(false);
  });

  it('by default offline mode still lets a model server on this computer through, and nothing else', () => {
    const offline = Settings.parse({ offlineMode: true });
    expect(offline.offlineAllowsLoopback).toBe(true);
    expect(offlineBlocks(offline, 'http://127.0.0.1:11434/v1')).toBe(false);
    expect(offlineBlocks(offline, 'https://api.anthropic.com')).toBe(true);
    expect(offlineBlocks(offline)).toBe(true);
  });

  it('with loopback turned off, offline mode blocks everything; online blocks nothing', () => {
    expect(
      offlineBlocks(Settings.parse({ offlineMode: true, offlineAllowsLoopback: false }), 'http://127.0.0.1:11434/v1'),
    ).toBe(true);
    expect(offlineBlocks(Settings.parse({ offlineMode: false }), 'https://api.openai.com')).toBe(false);
  });
});

describe('SettingsPatch', () => {
  it('carries only the keys sent: a theme change does not switch offline mode back off', () => {
    expect(SettingsPatch.parse({ theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(SettingsPatch.parse({ offlineAllowsLoopback: false })).toEqual({ offlineAllowsLoopback: false });
    expect(() => SettingsPatch.parse({ theme: 'purple' })).toThrow();
  });

  it('model-assisted capture is off unless the user turns it on, and a patch carries it alone', () => {
    expect(Settings.parse({}).captureModelAssist).toBe(false);
    expect(SettingsPatch.parse({ captureModelAssist: true })).toEqual({ captureModelAssist: true });
  });
});
