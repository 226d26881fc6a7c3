import { formatPostcode } from '@domain/directory/postcode';
import { $api } from '../api/client';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../ui/format';
import { Link } from '../ui/router';
import { ScrollRegion } from '../ui/ScrollRegion';

type CarryItem = components['schemas']['CarryItem'];

/**
 * The carrier's printable list for the next visit: per village office, the by-hand packets to
 * take from the print run and hand over, and the families whose work is to be brought back.
 */
export function CarryScreen({ dutyId }: { dutyId: string }) {
  const { t, language } = useI18n();
  const list = $api.useQuery('get', '/collection-duties/{id}/to-carry', {
    params: { path: { id: dutyId } },
  });
  if (!list.data) return <main aria-busy={list.isPending} />;
  const { teacherName, nextDueOn, offices } = list.data;
  return (
    <main className="wide">
      <p className="no-print">
        <Link to="/round">{t('carry.toRound')}</Link>
      </p>
      <h1>{t('carry.title', { name: teacherName })}</h1>
      <p>{t('carry.nextDue', { date: formatDate(nextDueOn, language) })}</p>
      {offices.map((office) => (
        <section key={office.postOfficeId} aria-labelledby={`carry-${office.postOfficeId}`}>
          <h2 id={`carry-${office.postOfficeId}`}>
            {office.locality} — {formatPostcode(office.postcode)} {office.name}
          </h2>
          <CarryTable
            caption={t('carry.toHandOver', { count: office.toHandOver.length })}
            items={office.toHandOver}
          />
          <CarryTable
            caption={t('carry.toTakeBack', { count: office.toTakeBack.length })}
            items={office.toTakeBack}
          />
        </section>
      ))}
      <button type="button" className="no-print" onClick={() => window.print()}>
        {t('carry.print')}
      </button>
    </main>
  );
}

function CarryTable({ caption, items }: { caption: string; items: CarryItem[] }) {
  const { t, language } = useI18n();
  if (items.length === 0) return <p>{caption}</p>;
  return (
    <ScrollRegion label={caption}>
      <table className="cards">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('desk.code')}</th>
            <th scope="col">{t('pupils.fullName')}</th>
            <th scope="col">{t('classes.class')}</th>
            <th scope="col">{t('pupils.address')}</th>
            <th scope="col">{t('pupils.guardianPhone')}</th>
            <th scope="col">{t('carry.returnDue')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.code}>
              <td data-label={t('desk.code')}>{item.code}</td>
              <td data-label={t('pupils.fullName')}>{item.pupilName}</td>
              <td data-label={t('classes.class')}>{item.classLabel}</td>
              <td data-label={t('pupils.address')}>{item.address}</td>
              <td data-label={t('pupils.guardianPhone')}>
                {item.guardianName}, <span className="nowrap">{item.guardianPhone}</span>
              </td>
              <td data-label={t('carry.returnDue')}>{formatDate(item.returnDueOn, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
