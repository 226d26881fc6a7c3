import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, Like } from 'typeorm';
import { noteForAudit } from '@/audit/audit-note';
import { hashPassword } from '@/auth/password';
import { notFound } from '@/common/errors/domain-error';
import { PostOffice } from '../post-offices/post-office.entity';
import { ClerkAccountsMade, ClerkSlip, CreateClerkAccountsDto } from './clerk-accounts.dto';
import { Staff } from './staff.entity';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(dto: CreateClerkAccountsDto): Promise<ClerkAccountsMade> {
    const slips = await this.dataSource.transaction(async (manager) => {
      const offices = await manager.findBy(PostOffice, {
        id: In(dto.postOfficeIds),
        archivedAt: IsNull(),
      });
      const byId = new Map(offices.map((office) => [office.id, office]));
      const missing = dto.postOfficeIds.find((id) => !byId.has(id));
      if (missing) throw notFound('post_office', missing);
      const made: ClerkSlip[] = [];
      for (const id of dto.postOfficeIds) made.push(await openAccount(manager, byId.get(id)!));
      return made;
    });
    noteForAudit({
      changes: { accounts: { before: null, after: slips.map((s) => s.login).join(', ') } },
    });
    return { slips };
  }
}

async function openAccount(manager: EntityManager, office: PostOffice): Promise<ClerkSlip> {
  const login = await freeLogin(manager, `clerk-${office.postcode.toLowerCase()}`);
  const temporaryPassword = Array.from(
    { length: PASSWORD_LENGTH },
    () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)],
  ).join('');
  const saved = await manager.save(
    manager.create(Staff, {
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
async function freeLogin(manager: EntityManager, base: string): Promise<string> {
  const taken = new Set(
    (
      await manager.find(Staff, { select: { login: true }, where: { login: Like(`${base}%`) } })
    ).map((s) => s.login),
  );
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
