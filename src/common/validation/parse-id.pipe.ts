import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { fail } from '../errors/domain-error';

/**
 * A record id in the address: any UUID as RFC 4122 writes it (8-4-4-4-12 hex digits, any
 * version or variant bits), as PostgreSQL stores it; anything else is 400 naming the part.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (isUUID(value, 'loose')) return value;
    const part = metadata.data ?? 'id';
    throw fail(
      'request.invalid',
      `${part} in the address must be an id (a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6).`,
      {
        fields: [{ field: part, problems: [`${part} must be a UUID`], rules: ['isUuid'] }],
      },
    );
  }
}
