import { Injectable } from '@nestjs/common';
import { schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import { localDate } from '@/common/dates';
import { SerialAllocator } from '@/packets/serial-allocator';
import { ReportsRepository } from './reports.repository';
import { SummaryView } from './summary.view';

/** One query of counts for the home screen; a teacher's figures are narrowed to their own work. */
@Injectable()
export class SummaryService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly serials: SerialAllocator,
  ) {}

  async summary(user: Principal): Promise<SummaryView> {
    const teacher = user.role === 'teacher' ? user.id : null;
    const row = await this.reports.homeCounts(schoolScope(user) ?? null, teacher, localDate());
    if (user.role !== 'admin') return row;
    return { ...row, s10: await this.serials.range() };
  }
}
