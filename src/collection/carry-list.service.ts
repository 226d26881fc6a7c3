import { Injectable } from '@nestjs/common';
import { Principal, SCHOOL_ROLES } from '@/auth/role';
import { localDate } from '@/common/dates';
import { PostOfficesService } from '@/directory/post-offices/post-offices.service';
import { formatPhone } from '@/directory/phone';
import { StaffService } from '@/directory/staff/staff.service';
import { CarryItem, CarryList } from './duty.view';
import { CollectionRepository, CarryRow } from './collection.repository';
import { CollectionService } from './collection.service';

/** The carrier's pile: the by-hand packets of a duty's offices to hand over or take back. */
@Injectable()
export class CarryListService {
  constructor(
    private readonly collection: CollectionService,
    private readonly duties: CollectionRepository,
    private readonly offices: PostOfficesService,
    private readonly staff: StaffService,
  ) {}

  async list(user: Principal, dutyId: string): Promise<CarryList> {
    const duty = await this.collection.get(user, dutyId);
    const standing = await this.collection.standing(duty, localDate());
    const teacher = await this.staff.getAnyInSchool(duty.teacherId, duty.schoolId, SCHOOL_ROLES);
    const rows = await this.duties.toCarry(duty.schoolId, duty.postOfficeIds);
    const offices = [];
    for (const id of duty.postOfficeIds) {
      const office = await this.offices.get(id);
      const here = rows.filter((r) => r.destination_office_id === id);
      offices.push({
        postOfficeId: id,
        postcode: office.postcode,
        name: office.name,
        locality: office.locality,
        toHandOver: here.filter((r) => r.status === 'created').map(toItem),
        toTakeBack: here.filter((r) => r.status === 'handed_over').map(toItem),
      });
    }
    return {
      dutyId: duty.id,
      teacherName: teacher.fullName,
      nextDueOn: standing.nextDueOn,
      offices,
    };
  }
}

function toItem(row: CarryRow): CarryItem {
  return {
    code: row.code,
    status: row.status,
    pupilName: row.pupil_name,
    classLabel: row.class_label,
    address: row.address,
    guardianName: row.guardian_name,
    guardianPhone: formatPhone(row.guardian_phone),
    returnDueOn: row.return_due_on,
  };
}
