import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { Answer, dataOf } from './errors';
import { refreshResources } from './resources';
import { formProblems } from './form-checks';
import {
  errorMessageKey,
  FieldProblem,
  fieldProblemKeys,
  fieldProblems,
  problemAt,
} from './problems';

/**
 * A form's send: one request at a time (a second click does nothing), the API's refusal in
 * the user's language, each field it named marked with its own words beside it (`field`),
 * the lists it changed fetched again.
 */
export function useSubmit<Args, Data>(
  send: (args: Args) => Promise<Answer<Data>>,
  options: {
    /** The API resources it changes ('packets' for /packets/...): their queries load again. */
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
  const [fieldErrors, setFieldErrors] = useState<Record<string, FieldProblem>>({});
  const mutation = useMutation({
    mutationFn: async (args: Args) => dataOf(await send(args)),
    onSuccess: async (data) => {
      await refreshResources(queries, options.invalidate ?? []);
      options.onDone?.(data);
    },
    onError: async (error) => {
      if (options.refreshOnError) await refreshResources(queries, options.invalidate ?? []);
      const { key, values } = errorMessageKey(error);
      const message = tOr(key, 'errors.unknown', values);
      setProblem(message);
      setBadFields(fieldProblems(error));
      setFieldErrors(fieldProblemKeys(error));
      options.onRefused?.(message);
    },
  });
  /** Forgets the refusal's words about a field (and its parts) once the person changes it. */
  const clear = (name: string) => {
    const others = <T>(problems: Record<string, T>) =>
      Object.fromEntries(
        Object.entries(problems).filter(([f]) => f !== name && !f.startsWith(`${name}.`)),
      );
    if (problemAt(fieldErrors, name)) setFieldErrors(others(fieldErrors));
    if (Object.keys(badFields).some((f) => f === name || f.startsWith(`${name}.`)))
      setBadFields(others(badFields));
  };
  return {
    /**
     * Sends, unless the form's own fields (given the form) break their rules or the form found
     * something missing (`missing`: field -> catalogue key, e.g. nothing ticked): then says so
     * at those fields.
     */
    submit(args: Args, form?: Element | null, missing: Record<string, string> = {}) {
      if (mutation.isPending) return;
      const found = formProblems(form ?? null);
      for (const [name, key] of Object.entries(missing)) found[name] ??= { key, values: {} };
      mutation.reset();
      setBadFields({});
      setFieldErrors(found);
      if (Object.keys(found).length > 0) {
        setProblem(tOr('errors.request.invalid', 'errors.unknown'));
        return;
      }
      setProblem(undefined);
      mutation.mutate(args);
    },
    /**
     * A field's part of the refusal, to spread on a TextField or SelectField: marked, with
     * what to do about it beside it in the user's language, until the person changes it.
     */
    field(name: string): { name: string; invalid: boolean; error?: string; onInput: () => void } {
      const found = problemAt(fieldErrors, name);
      const onInput = () => clear(name);
      return found
        ? { name, invalid: true, error: tOr(found.key, 'fieldRule.invalid', found.values), onInput }
        : { name, invalid: false, onInput };
    },
    clear,
    pending: mutation.isPending,
    done: mutation.isSuccess,
    problem,
    badFields,
    error: mutation.error,
  };
}
