import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Principal } from '@/auth/role';
import { latestReturnDate, returnDateProblem } from '@/common/date-bounds';
import { fail } from '@/common/errors/domain-error';
import { PostOfficesService } from '@/directory/post-offices/post-offices.service';
import { StudentsService } from '@/directory/students/students.service';
import { Packet } from '@/packets/packet.entity';
import { PacketsService } from '@/packets/packets.service';
import { RedispatchDto } from '@/packets/dto/packet.dto';
import { PacketReplacements } from './replacement';

/**
 * An undeliverable packet goes back to the school; once the pupil's address is corrected the
 * school sends the same cases again, as a new packet with a new code in the same dispatch.
 */
@Injectable()
export class RedispatchService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly packets: PacketsService,
    private readonly students: StudentsService,
    private readonly offices: PostOfficesService,
    private readonly replacements: PacketReplacements,
  ) {}

  async redispatch(user: Principal, rawCode: string, dto: RedispatchDto): Promise<Packet> {
    const old = await this.packets.getByCode(user, rawCode);
    if (old.status !== 'undeliverable') {
      throw fail(
        'packet.illegal_transition',
        `Packet ${old.code} is ${old.status}; only an undeliverable packet is sent again.`,
        { reason: 'illegal_transition', status: old.status },
      );
    }
    const dateProblem = returnDateProblem(dto.returnDueOn);
    if (dateProblem)
      throw fail('dispatch.return_date_invalid', dateProblem, { latest: latestReturnDate() });
    const student = await this.students.get(user, old.studentId);
    if (!student.active)
      throw fail('student.inactive', 'The pupil is no longer active in the class.');
    const office = await this.offices.get(student.postOfficeId);
    const { fullName, address, postcode, delivery, guardianName, guardianPhone } = student;
    return this.db.withTransaction(() =>
      this.replacements.make(old, (code) => ({
        returnDueOn: dto.returnDueOn,
        destinationOfficeId: student.postOfficeId,
        snapshot: {
          ...old.snapshot,
          code,
          returnDueOn: dto.returnDueOn,
          student: {
            fullName,
            address,
            postcode,
            delivery,
            guardianName,
            guardianPhone,
            office: { name: office.name, postcode: office.postcode, address: office.address },
          },
        },
      })),
    );
  }
}
