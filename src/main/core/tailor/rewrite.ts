import { z } from 'zod';
import { FactId, type Profile } from '../../../shared/domain/profile';
import type { RewriteResult, RewriteTarget, TailorRun } from '../../../shared/domain/tailor';
import { AppError } from '../../../shared/ipc/result';
import { REWRITE_PROMPTS, SHARED_RULES } from './prompts';
import { block, jobBlock, profileFactLines } from './prompt-data';
import { blocksOf, createTruthChecker } from './truth/check-document';
import type { Generate } from './write-model';
import type { StructuredRequest } from '../ai/ai-service';

const Rewritten = z.object({ text: z.string().trim().min(1).max(3000), factIds: z.array(FactId).min(1).max(20) });

export interface RewriteDeps {
  generate: Generate;
  route: Pick<StructuredRequest<unknown>, 'providerIds' | 'providers'>;
  profile: Profile;
  job: { title: string; company: string; text: string };
  now: Date;
  signal?: AbortSignal;
}

/** One bullet, the summary, or a LinkedIn "About", rewritten by the model and checked like the rest. */
export async function rewriteBlock(run: TailorRun, target: RewriteTarget, deps: RewriteDeps): Promise<RewriteResult> {
  const cv = run.cv?.kind === 'cv' ? run.cv : null;
  const blockId =
    target.target === 'bullet' ? target.blockId : target.target === 'summary' ? 'basics.summary' : 'linkedin.about';
  const current = cv ? blocksOf(cv).find((b) => b.blockId === blockId) : undefined;
  if (target.target !== 'linkedin-about' && !current)
    throw new AppError('NOT_FOUND', "That text is not in this run's CV.");
  const result = await deps.generate({
    task: `tailor.rewrite.${target.target}`,
    schema: Rewritten,
    system: SHARED_RULES,
    prompt: REWRITE_PROMPTS[target.target],
    data: [
      profileFactLines(deps.profile),
      current ? block('target', `[${current.factIds.join(', ')}] ${current.text}`) : '',
      jobBlock(deps.job),
    ]
      .filter(Boolean)
      .join('\n\n'),
    maxTokens: 1024,
    temperature: 0.4,
    stream: true,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...deps.route,
  });
  const text = result.value.text.replace(/<[^>]*>/g, '').trim();
  const checker = createTruthChecker(deps.profile, { company: deps.job.company, role: deps.job.title }, deps.now);
  const flags = checker.checkBlock({ blockId, text, factIds: result.value.factIds });
  return { blockId, text, factIds: result.value.factIds, flags };
}
