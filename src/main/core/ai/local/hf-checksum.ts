/**
 * The sha256 Hugging Face publishes for a file (Git LFS object id), from its tree API:
 * GET {endpoint}api/models/{user}/{repo}/tree/{branch}/{dir} → [{ path, lfs: { oid } }].
 * Used to verify a finished download against the published checksum.
 */
export const HF_ENDPOINT = 'https://huggingface.co/';

export interface HfFileRef {
  user: string;
  repo: string;
  branch: string;
  path: string;
}

/** Reads `{endpoint}{user}/{repo}/resolve/{branch}/{path}` (how node-llama-cpp resolves hf: URIs). */
export function parseHfDownloadUrl(url: string, endpoint = HF_ENDPOINT): HfFileRef | null {
  const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  if (!url.startsWith(base)) return null;
  const rest = url.slice(base.length).split(/[?#]/)[0]!;
  const match = /^([^/]+)\/([^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(rest);
  if (!match) return null;
  const [, user, repo, branch, path] = match.map((part) => decodeURIComponent(part ?? ''));
  return { user: user!, repo: repo!, branch: branch!, path: path! };
}

export async function publishedSha256(
  ref: HfFileRef,
  getJson: (url: string) => Promise<unknown>,
  endpoint = HF_ENDPOINT,
): Promise<string | null> {
  const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  const slash = ref.path.lastIndexOf('/');
  const dir = slash >= 0 ? ref.path.slice(0, slash) : '';
  const url = `${base}api/models/${encodeURIComponent(ref.user)}/${encodeURIComponent(ref.repo)}/tree/${encodeURIComponent(ref.branch)}${dir ? `/${dir.split('/').map(encodeURIComponent).join('/')}` : ''}`;
  const entries = await getJson(url);
  if (!Array.isArray(entries)) return null;
  for (const entry of entries as { path?: unknown; lfs?: { oid?: unknown } }[]) {
    if (entry.path === ref.path && typeof entry.lfs?.oid === 'string' && /^[a-f0-9]{64}$/i.test(entry.lfs.oid)) {
      return entry.lfs.oid.toLowerCase();
    }
  }
  return null;
}
