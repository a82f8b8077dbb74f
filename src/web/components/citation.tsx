import { Link } from 'react-router-dom';
import { citationLabel, parseCitation } from '../format.ts';
import { useMeta } from '../session.ts';

/** The pack ids loaded on the server (for telling its articles from national sources). */
export function usePackIds(): readonly string[] {
  return useMeta().data?.packs.map((p) => p.id) ?? [];
}

/**
 * A citation shown in Chinese — the server's label when it sent one — and, for an article of a
 * loaded pack, a link to its page in 条文库.
 */
export function Citation({ id, label: given }: { id: string; label?: string | undefined }) {
  const packIds = usePackIds();
  const c = parseCitation(id);
  const label = given ?? citationLabel(id, packIds);
  if (c && packIds.includes(c.source)) {
    return (
      <Link to={`/law/${c.article}`} title={id}>
        {label}
      </Link>
    );
  }
  return <span title={id}>{label}</span>;
}
