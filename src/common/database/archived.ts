import { FindOperator, IsNull, Not } from 'typeorm';
import { ValidateEnum } from '@/common/validation/decorators';

/** `?archived=true` lists only archived records; without it, only those in use. */
export const ValidateArchivedFlag = (): PropertyDecorator =>
  ValidateEnum(['true', 'false'], { optional: true });

export type ArchivedFlag = 'true' | 'false';

export function archivedWhere(flag?: ArchivedFlag): FindOperator<Date> {
  const unset = IsNull() as FindOperator<Date>;
  return flag === 'true' ? Not<Date>(unset) : unset;
}
