import { ValidateText } from '@/common/validation/decorators';
import { ValidatePostcode } from '../validate-postcode';

export class CreatePostOfficeDto {
  @ValidatePostcode()
  postcode: string;

  @ValidateText(200, { example: 'Алматы 050010' })
  name: string;

  @ValidateText(300)
  address: string;

  @ValidateText(120, { example: 'Алматы' })
  locality: string;
}
