import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Staff } from './staff.entity';

/** Staff accounts as sign-in needs them, beyond what their entity's repository says. */
@Injectable()
export class AccountsRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Inserts the account unless its login exists: several instances may start at once. */
  async insertUnlessTaken(account: QueryDeepPartialEntity<Staff>): Promise<void> {
    await this.db.tx
      .getRepository(Staff)
      .createQueryBuilder()
      .insert()
      .values(account)
      .orIgnore()
      .execute();
  }
}
