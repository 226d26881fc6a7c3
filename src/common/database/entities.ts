// Every entity, listed rather than found by a file pattern: the app, the migration CLI and
// the tests load the same classes whichever way the code was compiled or transformed.
// A unit test checks that every *.entity.ts file is here.
import { AuditEntry } from '../../audit/audit-entry.entity';
import { EndedSession } from '../../auth/ended-session.entity';
import { LoginFailure } from '../../auth/login-failure.entity';
import { LessonCase } from '../../cases/lesson-case.entity';
import { CollectionDuty } from '../../collection/collection-duty.entity';
import { CollectionRound } from '../../collection/collection-round.entity';
import { SchoolClass } from '../../directory/classes/school-class.entity';
import { PostOffice } from '../../directory/post-offices/post-office.entity';
import { School } from '../../directory/schools/school.entity';
import { Staff } from '../../auth/staff.entity';
import { Student } from '../../directory/students/student.entity';
import { SubjectOffering } from '../../directory/subjects/subject-offering.entity';
import { Subject } from '../../directory/subjects/subject.entity';
import { KazpostDisagreement } from '../../kazpost/kazpost-disagreement.entity';
import { KazpostLink } from '../../kazpost/kazpost-link.entity';
import { KazpostTracking } from '../../kazpost/kazpost-tracking.entity';
import { Notification } from '../../notifications/notification.entity';
import { Dispatch } from '../../dispatches/dispatch.entity';
import { PacketEventCorrection } from '../../packets/packet-event-correction.entity';
import { PacketEventRecord } from '../../packets/packet-event.entity';
import { Packet } from '../../packets/packet.entity';
import { PrintJob } from '../../printing/print-job.entity';
import { CaseReview } from '../../reviews/case-review.entity';
import { S10Counter } from '../../packets/s10-counter.entity';
import { ScheduledPacketCase } from '../../schedule/scheduled-packet-case.entity';
import { ScheduledPacket } from '../../schedule/scheduled-packet.entity';
import { TeachingAssignment } from '../../schedule/assignments/teaching-assignment.entity';

export const ENTITIES = [
  AuditEntry,
  EndedSession,
  LoginFailure,
  LessonCase,
  CollectionDuty,
  CollectionRound,
  SchoolClass,
  PostOffice,
  School,
  Staff,
  Student,
  SubjectOffering,
  Subject,
  KazpostDisagreement,
  KazpostLink,
  KazpostTracking,
  Notification,
  Dispatch,
  PacketEventCorrection,
  PacketEventRecord,
  Packet,
  PrintJob,
  CaseReview,
  S10Counter,
  ScheduledPacket,
  ScheduledPacketCase,
  TeachingAssignment,
];
