import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { randomInt } from 'node:crypto';
import { In, IsNull, Like } from 'typeorm';
import { noteForAudit } from '@/audit/audit-note';
import { hashPassword } from '@/auth/password';
import { notFound } from '@/common/errors/domain-error';
import { PostOffice } from '../post-offices/post-office.entity';
import { ClerkAccountsMade, ClerkSlip, CreateClerkAccountsDto } from './clerk-accounts.dto';
import { Staff } from '@/auth/staff.entity';

/** Letters and digits nobody misreads on paper (no 0/o, 1/l/i). */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const PASSWORD_LENGTH = 12;

/**
 * The admin opens clerk accounts for many offices at once (chosen from Kazpost's branch list):
 * one `post_clerk` per office, its login from the postcode, a temporary password printed on a
 * slip and changed at the first sign-in. All accounts or none.
 */
@Injectable()
export class ClerkAccountsService {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async create(dto: CreateClerkAccountsDto): Promise<ClerkAccountsMade> {
    const slips = await this.db.withTransaction(async () => {
      const offices = await this.db.tx.findBy(PostOffice, {
        id: In(dto.postOfficeIds),
        archivedAt: IsNull(),
      });
      const byId = new Map(offices.map((office) => [office.id, office]));
      const missing = dto.postOfficeIds.find((id) => !byId.has(id));
      if (missing) throw notFound('post_office', missing);
      const made: ClerkSlip[] = [];
      for (const id of dto.postOfficeIds) made.push(await this.openAccount(byId.get(id)!));
      return made;
    });
    noteForAudit({
      changes: { accounts: { before: null, after: slips.map((s) => s.login).join(', ') } },
    });
    return { slips };
  }

  private async openAccount(office: PostOffice): Promise<ClerkSlip> {
    const login = await this.freeLogin(`clerk-${office.postcode.toLowerCase()}`);
    const temporaryPassword = Array.from(
      { length: PASSWORD_LENGTH },
      () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)],
    ).join('');
    const saved = await this.db.tx.save(
      this.db.tx.create(Staff, {
        fullName: office.name,
        role: 'post_clerk',
        schoolId: null,
        postOfficeId: office.id,
        login,
        passwordHash: await hashPassword(temporaryPassword),
        passwordChangeDue: true,
      }),
    );
    return {
      staffId: saved.id,
      postOfficeId: office.id,
      postcode: office.postcode,
      officeName: office.name,
      login,
      temporaryPassword,
    };
  }

  /** The office's login, or the same with -2, -3... when an office already has a clerk. */
  private async freeLogin(base: string): Promise<string> {
    const taken = new Set(
      (
        await this.db.tx.find(Staff, {
          select: { login: true },
          where: { login: Like(`${base}%`) },
        })
      ).map((s) => s.login),
    );
    if (!taken.has(base)) return base;
    let n = 2;
    while (taken.has(`${base}-${n}`)) n += 1;
    return `${base}-${n}`;
  }
}
