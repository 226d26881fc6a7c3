import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '@/common/paths';

/** The word for the admin in one language's packet texts (`templates/i18n`). */
const adminWord = (language: 'kk' | 'ru'): string =>
  (
    JSON.parse(readFileSync(join(templatesDir(), 'i18n', `${language}.json`), 'utf8')) as {
      adminName: string;
    }
  ).adminName;

/** The first admin's name as staff of either language read it in the header: "Әкімші / Администратор". */
export const adminDisplayName = (): string => `${adminWord('kk')} / ${adminWord('ru')}`;
