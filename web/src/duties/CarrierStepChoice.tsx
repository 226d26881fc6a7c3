import { HAND_OVER_EVENT, ROUND_EVENT, type RoundEvent } from '@domain/collection/duty-kind';
import { useI18n } from '../i18n/i18n';

/** The carrier says what the next scans record: packets handed over, or work taken back. */
export function CarrierStepChoice(props: {
  step: RoundEvent;
  onChange: (step: RoundEvent) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="row-actions">
      <legend>{t('round.step')}</legend>
      {([HAND_OVER_EVENT, ROUND_EVENT.carry] as const).map((event) => (
        <label key={event}>
          <input
            type="radio"
            name="round-step"
            checked={props.step === event}
            onChange={() => props.onChange(event)}
          />{' '}
          {t(`round.step.${event}`)}
        </label>
      ))}
    </fieldset>
  );
}
