import type { HardwareInfo, ModelRecommendation } from '../../../../shared/domain/ai';

/**
 * Instruction-tuned GGUF models that are good at structured extraction, smallest first, with
 * their approximate Q4_K_M download sizes. The URIs are Hugging Face URIs node-llama-cpp resolves.
 */
export const MODEL_CATALOG = [
  {
    id: 'qwen2.5-0.5b',
    label: 'Qwen2.5 0.5B Instruct (Q4_K_M)',
    uri: 'hf:Qwen/Qwen2.5-0.5B-Instruct-GGUF:Q4_K_M',
    sizeBytes: 491_400_032,
  },
  {
    id: 'llama-3.2-1b',
    label: 'Llama 3.2 1B Instruct (Q4_K_M)',
    uri: 'hf:bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M',
    sizeBytes: 807_694_464,
  },
  {
    id: 'qwen2.5-1.5b',
    label: 'Qwen2.5 1.5B Instruct (Q4_K_M)',
    uri: 'hf:Qwen/Qwen2.5-1.5B-Instruct-GGUF:Q4_K_M',
    sizeBytes: 1_117_320_768,
  },
  {
    id: 'llama-3.2-3b',
    label: 'Llama 3.2 3B Instruct (Q4_K_M)',
    uri: 'hf:bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M',
    sizeBytes: 2_019_377_696,
  },
  {
    id: 'qwen2.5-7b',
    label: 'Qwen2.5 7B Instruct (Q4_K_M)',
    uri: 'hf:bartowski/Qwen2.5-7B-Instruct-GGUF:Q4_K_M',
    sizeBytes: 4_683_073_504,
  },
  {
    id: 'llama-3.1-8b',
    label: 'Llama 3.1 8B Instruct (Q4_K_M)',
    uri: 'hf:bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q4_K_M',
    sizeBytes: 4_920_734_016,
  },
  {
    id: 'qwen2.5-14b',
    label: 'Qwen2.5 14B Instruct (Q4_K_M)',
    uri: 'hf:bartowski/Qwen2.5-14B-Instruct-GGUF:Q4_K_M',
    sizeBytes: 8_988_110_976,
  },
] as const;

const GiB = 1024 ** 3;
const fmt = (bytes: number): string => `${(bytes / GiB).toFixed(1)} GB`;

/** Output tokens a second below which structured extraction feels broken (a one-page answer takes over a minute). */
export const USABLE_TOKENS_PER_SECOND = 8;
/** Memory bandwidth one CPU core drives on a typical desktop, and the most a desktop's memory bus gives. */
const CPU_BYTES_PER_SECOND_PER_CORE = 2.5e9;
const CPU_BYTES_PER_SECOND_MAX = 40e9;

/**
 * On CPU, generating one token reads the whole model once, so speed is about memory bandwidth / model size.
 * The threads llama.cpp gets (all cores but one) bound the bandwidth it can use.
 */
export function cpuTokensPerSecond(hw: HardwareInfo, sizeBytes: number): number {
  const threads = Math.max(1, hw.cpuCores - 1);
  return Math.min(CPU_BYTES_PER_SECOND_MAX, threads * CPU_BYTES_PER_SECOND_PER_CORE) / sizeBytes;
}

/**
 * Which catalog models fit this machine, and which will run at a usable speed. A model needs about its file size
 * plus ~25% for the context and runtime; on a GPU that must fit in free VRAM, on CPU in half the total RAM and in
 * the free RAM. On CPU it must also reach USABLE_TOKENS_PER_SECOND. The largest model that does both is recommended.
 */
export function recommendModels(hw: HardwareInfo): ModelRecommendation[] {
  const onGpu = hw.gpu !== null && hw.freeVramBytes > 0;
  const budget = onGpu ? hw.freeVramBytes : Math.min(hw.totalRamBytes / 2, hw.freeRamBytes || hw.totalRamBytes / 2);
  const where = onGpu ? `free video memory (${fmt(hw.freeVramBytes)})` : `the memory free for it (${fmt(budget)})`;
  const rows = MODEL_CATALOG.map((m) => {
    const need = m.sizeBytes * 1.25;
    const fits = need <= budget;
    const speed = onGpu ? null : cpuTokensPerSecond(hw, m.sizeBytes);
    const usable = speed === null || speed >= USABLE_TOKENS_PER_SECOND;
    const pace =
      speed === null
        ? ''
        : `; about ${Math.max(1, Math.round(speed * 0.75))} words a second on ${hw.cpuCores} CPU cores${usable ? '' : ', too slow to be pleasant'}`;
    return {
      id: m.id,
      label: m.label,
      uri: m.uri,
      sizeBytes: m.sizeBytes,
      fits: fits && usable,
      recommended: false,
      reason: fits
        ? `needs about ${fmt(need)}; fits in ${where}${pace}`
        : `needs about ${fmt(need)}; more than ${where}`,
      inMemory: fits,
    };
  });
  // The largest that is quick enough; failing that, the smallest that fits at all, said to be slow.
  const best = [...rows].reverse().find((r) => r.fits);
  const fallback = best ? null : rows.find((r) => r.inMemory);
  if (best) best.recommended = true;
  if (fallback) {
    fallback.recommended = true;
    fallback.reason +=
      '. Nothing runs quickly on this computer; this is the fastest that fits. A cloud model will be much faster.';
  }
  return rows.map(({ inMemory: _inMemory, ...row }) => row);
}
