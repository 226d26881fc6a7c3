import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client';
import { dataOf, errorMessageKey } from '../api/errors';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';

type Slip = components['schemas']['ClerkSlip'];

/**
 * Opens a clerk account for each chosen office at once and shows the first-sign-in slips to
 * print and hand over: the temporary passwords are shown this once.
 */
export function ClerkAccountsForm({ chosen, onDone }: { chosen: string[]; onDone(): void }) {
  const { t, tOr } = useI18n();
  const open = useMutation({
    mutationFn: async () =>
      dataOf(await api.POST('/staff/clerks', { body: { postOfficeIds: chosen } })).slips,
    onSuccess: onDone,
  });
  return (
    <section aria-labelledby="clerk-accounts">
      <h2 id="clerk-accounts" className="no-print">
        {t('clerks.title')}
      </h2>
      <p className="no-print">{t('clerks.hint')}</p>
      <button
        type="button"
        className="no-print"
        disabled={chosen.length === 0 || open.isPending}
        onClick={() => open.mutate()}
      >
        {t('clerks.open', { count: chosen.length })}
      </button>
      {open.isError && (
        <p className="problem" role="alert">
          {tOr(errorMessageKey(open.error).key, 'errors.unknown')}
        </p>
      )}
      {open.data && <Slips slips={open.data} />}
    </section>
  );
}

function Slips({ slips }: { slips: Slip[] }) {
  const { t } = useI18n();
  return (
    <div>
      <button type="button" className="no-print" onClick={() => window.print()}>
        {t('clerks.print')}
      </button>
      <ul className="plain">
        {slips.map((slip) => (
          <li key={slip.staffId} className="slip">
            <h3>
              {slip.postcode} {slip.officeName}
            </h3>
            <dl className="facts">
              <dt>{t('clerks.login')}</dt>
              <dd>
                <code>{slip.login}</code>
              </dd>
              <dt>{t('clerks.password')}</dt>
              <dd>
                <code>{slip.temporaryPassword}</code>
              </dd>
            </dl>
            <p>{t('clerks.slipNote')}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
