import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A page's filters kept in the URL: read with `read`, changed with `update` (a change of filter
 * goes back to the first page), cleared with `clear` (the filter keys and the page).
 */
export function useUrlQuery<F>(read: (params: URLSearchParams) => F, keys: readonly string[]) {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => read(params), [read, params]);
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  const clear = () =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const key of [...keys, 'page']) next.delete(key);
        return next;
      },
      { replace: true },
    );
  return { params, setParams, filter, update, clear };
}
