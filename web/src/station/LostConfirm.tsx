import { useI18n } from '../i18n/i18n';

/** "Lost" ends a packet's journey for good: one more question before it is recorded. */
export function LostConfirm({
  code,
  onAnswer,
}: {
  code: string;
  onAnswer(confirmed: boolean): void;
}) {
  const { t } = useI18n();
  return (
    <section
      className="notice"
      role="alertdialog"
      aria-labelledby="lost-confirm-title"
      aria-describedby="lost-confirm-text"
    >
      <h2 id="lost-confirm-title">{t('station.lostConfirm.title', { code })}</h2>
      <p id="lost-confirm-text">{t('station.lostConfirm.text')}</p>
      <div className="inline-fields">
        <button type="button" autoFocus onClick={() => onAnswer(true)}>
          {t('station.lostConfirm.yes')}
        </button>
        <button type="button" onClick={() => onAnswer(false)}>
          {t('station.lostConfirm.no')}
        </button>
      </div>
    </section>
  );
}
