import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { Answer, dataOf } from './errors';
import { errorMessageKey, fieldProblems } from './problems';

/**
 * A form's send: one request at a time (a second click does nothing), the API's refusal in
 * the user's language with the fields it named, the lists it changed fetched again.
 */
export function useSubmit<Args, Data>(
  send: (args: Args) => Promise<Answer<Data>>,
  options: {
    invalidate?: string[];
    onDone?: (data: Data) => void;
    /** Refetch the lists on a refusal too: someone else may have changed them meanwhile. */
    refreshOnError?: boolean;
    /** Told the refusal's words, for a screen that outlives the form (the form may go). */
    onRefused?: (message: string) => void;
  } = {},
) {
  const { tOr } = useI18n();
  const queries = useQueryClient();
  const [problem, setProblem] = useState<string>();
  const [badFields, setBadFields] = useState<Record<string, string[]>>({});
  const mutation = useMutation({
    mutationFn: async (args: Args) => dataOf(await send(args)),
    onSuccess: async (data) => {
      for (const key of options.invalidate ?? [])
        await queries.invalidateQueries({ queryKey: [key] });
      options.onDone?.(data);
    },
    onError: async (error) => {
      if (options.refreshOnError)
        for (const key of options.invalidate ?? [])
          await queries.invalidateQueries({ queryKey: [key] });
      const { key, values } = errorMessageKey(error);
      const message = tOr(key, 'errors.unknown', values);
      setProblem(message);
      setBadFields(fieldProblems(error));
      options.onRefused?.(message);
    },
  });
  return {
    submit(args: Args) {
      if (mutation.isPending) return;
      setProblem(undefined);
      setBadFields({});
      mutation.mutate(args);
    },
    pending: mutation.isPending,
    done: mutation.isSuccess,
    problem,
    badFields,
    error: mutation.error,
  };
}
