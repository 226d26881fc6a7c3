import { ValidateInt } from '../validation/decorators';

export class ListQueryDto {
  @ValidateInt(1, 500, { optional: true })
  limit = 50;

  @ValidateInt(0, 10_000_000, { optional: true })
  offset = 0;
}

export interface Page<T> {
  items: T[];
  total: number;
}
