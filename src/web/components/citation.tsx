import { Link } from 'react-router-dom';
import { citationLabel, parseCitation } from '../format.ts';
import { useMeta } from '../session.ts';

/** The pack ids loaded on the server (for telling its articles from national sources). */
export function usePackIds(): readonly string[] {
  return useMeta().data?.packs.map((p) => p.id) ?? [];
}

/** A citation id shown in Chinese; an article of a loaded pack links to its page in 条文库. */
export function Citation({ id }: { id: string }) {
  const packIds = usePackIds();
  const c = parseCitation(id);
  const label = citationLabel(id, packIds);
  if (c && packIds.includes(c.source)) {
    return (
      <Link to={`/law/${c.article}`} title={id}>
        {label}
      </Link>
    );
  }
  return <span title={id}>{label}</span>;
}
