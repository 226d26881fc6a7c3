import { ValidateText, ValidateUUID } from '@/common/validation/decorators';

export class CreateSchoolDto {
  @ValidateText(200, { example: 'Көктал ауылының жалпы орта мектебі' })
  name: string;

  @ValidateText(120, { example: 'Алматы облысы' })
  region: string;

  @ValidateText(120, { example: 'Көктал' })
  locality: string;

  @ValidateText(300)
  address: string;

  @ValidateUUID()
  postOfficeId: string;
}
