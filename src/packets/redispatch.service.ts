import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Principal } from '@/auth/role';
import { latestReturnDate, returnDateProblem } from '@/common/date-bounds';
import { fail } from '@/common/errors/domain-error';
import { PostOfficesService } from '@/directory/post-offices/post-offices.service';
import { StudentsService } from '@/directory/students/students.service';
import { Packet } from './packet.entity';
import { PacketsService } from './packets.service';
import { RedispatchDto } from './dto/packet.dto';
import { SerialAllocator } from './serial-allocator';

/**
 * An undeliverable packet goes back to the school; once the pupil's address is corrected the
 * school sends the same cases again, as a new packet with a new code in the same dispatch.
 */
@Injectable()
export class RedispatchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly packets: PacketsService,
    private readonly students: StudentsService,
    private readonly offices: PostOfficesService,
    private readonly serials: SerialAllocator,
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
    return this.dataSource.transaction(async (manager) => {
      // The dispatch row is locked while the next list number is taken.
      await manager.query('SELECT id FROM dispatches WHERE id = $1 FOR UPDATE', [old.dispatchId]);
      const again = await manager.findOneBy(Packet, { replacesPacketId: old.id });
      if (again)
        throw fail(
          'packet.already_redispatched',
          `Packet ${old.code} was already sent again as ${again.code}.`,
          {
            code: again.code,
          },
        );
      const [{ max }] = await manager.query<{ max: number }[]>(
        'SELECT max(list_no) AS max FROM packets WHERE dispatch_id = $1',
        [old.dispatchId],
      );
      const [code] = await this.serials.allocate(manager, 1);
      const { fullName, address, postcode, delivery, guardianName, guardianPhone } = student;
      const packet = manager.create(Packet, {
        ...old,
        id: randomUUID(),
        code,
        listNo: max + 1,
        status: 'created',
        returnDueOn: dto.returnDueOn,
        extensionReason: null,
        deliveredAt: null,
        returnedAt: null,
        collectedAt: null,
        reviewedAt: null,
        endedAt: null,
        replacesPacketId: old.id,
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
      });
      await manager.insert(Packet, packet);
      return packet;
    });
  }
}
