import { describe, expect, it } from 'vitest';
import { AiSettings } from '../../../shared/domain/ai';
import { defaultAiSettings } from './ai-settings-store';
import { checkAiSettings, checkModelPath } from './endpoint-policy';

const renderer = { modelsDir: '/data/models', allowCustomEndpoints: false };
const withProvider = (id: string, patch: Record<string, unknown>): AiSettings => {
  const s = defaultAiSettings();
  return AiSettings.parse({ ...s, providers: s.providers.map((p) => (p.id === id ? { ...p, ...patch } : p)) });
};

describe('AI endpoint policy (what the renderer may point the main process at)', () => {
  it('refuses plain http to anything but this computer', () => {
    expect(() =>
      checkAiSettings(withProvider('ollama', { baseUrl: 'http://evil.example/v1' }), defaultAiSettings(), renderer),
    ).toThrow(/https/);
    expect(() =>
      checkAiSettings(
        withProvider('ollama', { baseUrl: 'http://192.168.1.20:11434/v1' }),
        defaultAiSettings(),
        renderer,
      ),
    ).toThrow(/https/);
    expect(() =>
      checkAiSettings(withProvider('ollama', { baseUrl: 'http://localhost:1234/v1' }), defaultAiSettings(), renderer),
    ).not.toThrow();
    expect(() =>
      checkAiSettings(
        withProvider('ollama', { baseUrl: 'https://openrouter.ai/api/v1' }),
        defaultAiSettings(),
        renderer,
      ),
    ).not.toThrow();
  });

  it('keeps the openai and anthropic kinds on their own hosts unless the main process allows custom endpoints', () => {
    const stolen = withProvider('openai', { baseUrl: 'https://collector.example/v1' });
    expect(() => checkAiSettings(stolen, defaultAiSettings(), renderer)).toThrow(/only to api\.openai\.com/);
    expect(() =>
      checkAiSettings(
        withProvider('anthropic', { baseUrl: 'https://api.anthropic.com' }),
        defaultAiSettings(),
        renderer,
      ),
    ).not.toThrow();
    expect(() =>
      checkAiSettings(stolen, defaultAiSettings(), { ...renderer, allowCustomEndpoints: true }),
    ).not.toThrow();
    // An endpoint the main process set earlier survives the renderer saving other settings.
    expect(() => checkAiSettings(stolen, stolen, renderer)).not.toThrow();
  });

  it('loads on-device models only from the models folder', () => {
    expect(checkModelPath('/data/models/qwen.gguf', '/data/models')).toBe('/data/models/qwen.gguf');
    for (const p of ['/etc/passwd', '/data/models/../secrets.json', '/data/models-evil/x.gguf', '/data/models']) {
      expect(() => checkModelPath(p, '/data/models'), p).toThrow(/models folder/);
    }
    expect(() =>
      checkAiSettings(withProvider('local', { model: '/home/u/x.gguf' }), defaultAiSettings(), renderer),
    ).toThrow(/models folder/);
  });
});
