import type { HardwareInfo, ModelRecommendation } from '../../../../shared/domain/ai';

/**
 * Instruction-tuned GGUF models that are good at structured extraction, smallest first, with
 * their approximate Q4_K_M download sizes. The URIs are Hugging Face URIs node-llama-cpp resolves.
 */
export const MODEL_CATALOG = [
  { id: 'qwen2.5-0.5b', label: 'Qwen2.5 0.5B Instruct (Q4_K_M)', uri: 'hf:Qwen/Qwen2.5-0.5B-Instruct-GGUF:Q4_K_M', sizeBytes: 491_400_032 },
  { id: 'llama-3.2-1b', label: 'Llama 3.2 1B Instruct (Q4_K_M)', uri: 'hf:bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M', sizeBytes: 807_694_464 },
  { id: 'qwen2.5-1.5b', label: 'Qwen2.5 1.5B Instruct (Q4_K_M)', uri: 'hf:Qwen/Qwen2.5-1.5B-Instruct-GGUF:Q4_K_M', sizeBytes: 1_117_320_768 },
  { id: 'llama-3.2-3b', label: 'Llama 3.2 3B Instruct (Q4_K_M)', uri: 'hf:bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M', sizeBytes: 2_019_377_696 },
  { id: 'qwen2.5-7b', label: 'Qwen2.5 7B Instruct (Q4_K_M)', uri: 'hf:bartowski/Qwen2.5-7B-Instruct-GGUF:Q4_K_M', sizeBytes: 4_683_073_504 },
  { id: 'llama-3.1-8b', label: 'Llama 3.1 8B Instruct (Q4_K_M)', uri: 'hf:bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q4_K_M', sizeBytes: 4_920_734_016 },
  { id: 'qwen2.5-14b', label: 'Qwen2.5 14B Instruct (Q4_K_M)', uri: 'hf:bartowski/Qwen2.5-14B-Instruct-GGUF:Q4_K_M', sizeBytes: 8_988_110_976 },
] as const;

const GiB = 1024 ** 3;
const fmt = (bytes: number): string => `${(bytes / GiB).toFixed(1)} GB`;

/**
 * Which catalog models fit this machine. A model needs about its file size plus ~25% for the
 * context and runtime; on a GPU that must fit in free VRAM, on CPU in half the total RAM (the
 * rest of the app and the system need the other half). The largest model that fits is recommended.
 */
export function recommendModels(hw: HardwareInfo): ModelRecommendation[] {
  const onGpu = hw.gpu !== null && hw.freeVramBytes > 0;
  const budget = onGpu ? hw.freeVramBytes : hw.totalRamBytes / 2;
  const where = onGpu ? `free video memory (${fmt(hw.freeVramBytes)})` : `half the memory (${fmt(hw.totalRamBytes / 2)})`;
  const rows = MODEL_CATALOG.map((m) => {
    const need = m.sizeBytes * 1.25;
    const fits = need <= budget;
    return {
      id: m.id,
      label: m.label,
      uri: m.uri,
      sizeBytes: m.sizeBytes,
      fits,
      recommended: false,
      reason: fits ? `needs about ${fmt(need)}; fits in ${where}` : `needs about ${fmt(need)}; more than ${where}`,
    };
  });
  const best = [...rows].reverse().find((r) => r.fits);
  if (best) best.recommended = true;
  return rows;
}
