import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * The record a page shows in its drawer, kept in the address (`?open=<id>`) so that a 待办 on the
 * workbench, a bookmark or a reload opens the same record. Closing removes it; history is not
 * filled with every record looked at.
 */
export function useOpenParam(name = 'open'): [string | null, (id: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (id: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (id) next.set(name, id);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [name, setParams],
  );
  return [params.get(name), set];
}
