import { Plus, Trash2 } from 'lucide-react';
import type { ProfileLink } from '../../../../shared/domain/profile';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';

interface LinksEditorProps {
  links: ProfileLink[];
  onChange(links: ProfileLink[]): void;
}

/** Profile links (LinkedIn, GitHub, portfolio...): one row each. */
export function LinksEditor({ links, onChange }: LinksEditorProps) {
  const update = (id: string, patch: Partial<ProfileLink>) =>
    onChange(links.map((l) => (l.id === id ? { ...l, ...patch } : l)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1.5 text-sm font-medium">Links</legend>
      {links.length === 0 ? (
        <p className="text-xs text-fg-muted">LinkedIn, GitHub, a portfolio — add the ones you want employers to see.</p>
      ) : null}
      {links.map((link, index) => (
        <div key={link.id} className="flex gap-2">
          <Input
            aria-label={`Link ${index + 1} name`}
            placeholder="LinkedIn"
            className="w-40"
            value={link.network ?? ''}
            onChange={(e) => update(link.id, { network: e.target.value })}
          />
          <Input
            aria-label={`Link ${index + 1} URL`}
            placeholder="https://"
            value={link.url}
            onChange={(e) => update(link.id, { url: e.target.value })}
          />
          <Button
            variant="ghost"
            size="icon"
            aria-label={`Remove link ${index + 1}`}
            onClick={() => onChange(links.filter((l) => l.id !== link.id))}
          >
            <Trash2 />
          </Button>
        </div>
      ))}
      <div>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => onChange([...links, { id: crypto.randomUUID(), network: '', url: '' }])}
        >
          <Plus /> Add link
        </Button>
      </div>
    </fieldset>
  );
}
