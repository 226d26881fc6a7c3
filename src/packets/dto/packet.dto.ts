import { ValidateDate, ValidateText } from '@/common/validation/decorators';

export class ExtendReturnDto {
  @ValidateDate()
  returnDueOn: string;

  @ValidateText(300, { example: 'Жол жабылды (road closed)' })
  reason: string;
}

export class RedispatchDto {
  @ValidateDate()
  returnDueOn: string;
}
