// Every migration in the order it runs, listed rather than found by a file pattern (see
// src/common/database/entities.ts). A unit test checks that every migration file is here.
import { CreateDirectory1795450842642 } from './1795450842642-CreateDirectory';
import { SeedSubjectCatalogue1795450842700 } from './1795450842700-SeedSubjectCatalogue';
import { CreateCasesAndPackets1795451406592 } from './1795451406592-CreateCasesAndPackets';
import { CreatePacketEvents1795452614730 } from './1795452614730-CreatePacketEvents';
import { CreateCollectionAndReviews1795453785893 } from './1795453785893-CreateCollectionAndReviews';
import { AddPacketRedispatch1795454110717 } from './1795454110717-AddPacketRedispatch';
import { CreateAuditLog1795454258430 } from './1795454258430-CreateAuditLog';
import { AddPacketStepTimes1795454529533 } from './1795454529533-AddPacketStepTimes';
import { ScanUpdatesInPlace1795460000000 } from './1795460000000-ScanUpdatesInPlace';
import { StaffAccountsAndAuditChanges1795470000000 } from './1795470000000-StaffAccountsAndAuditChanges';
import { KyrgyzMediumSubjects1795480000000 } from './1795480000000-KyrgyzMediumSubjects';
import { AddCaseAnswerLines1795490000000 } from './1795490000000-AddCaseAnswerLines';
import { ScanCorrections1795500000000 } from './1795500000000-ScanCorrections';
import { NotificationsJobsAndSharedLimits1795510000000 } from './1795510000000-NotificationsJobsAndSharedLimits';
import { PrintRunAttempts1795520000000 } from './1795520000000-PrintRunAttempts';
import { AddNotificationCapIndex1795530000000 } from './1795530000000-AddNotificationCapIndex';
import { AddPasswordChangeDue1795546000000 } from './1795546000000-AddPasswordChangeDue';
import { ArchiveRecordsAndUniquePostcodes1795547000000 } from './1795547000000-ArchiveRecordsAndUniquePostcodes';
import { AddSchoolShortName1795548000000 } from './1795548000000-AddSchoolShortName';
import { KazpostTracking1796420917833 } from './1796420917833-KazpostTracking';
import { AddPrintJobFairness1796430000000 } from './1796430000000-AddPrintJobFairness';
import { AddPacketsSchoolCreatedIndex1796431000000 } from './1796431000000-AddPacketsSchoolCreatedIndex';
import { AddEndedSessions1796432000000 } from './1796432000000-AddEndedSessions';
import { AddDutyEndAndHandover1796440000000 } from './1796440000000-AddDutyEndAndHandover';
import { AddPupilChannels1796451000000 } from './1796451000000-AddPupilChannels';
import { AddByHandPackets1796452000000 } from './1796452000000-AddByHandPackets';
import { AddPacketSchedule1796453000000 } from './1796453000000-AddPacketSchedule';
import { AddCaseImages1796460000000 } from './1796460000000-AddCaseImages';
import { AddCarrierDuties1796461000000 } from './1796461000000-AddCarrierDuties';
import { AddTeachingAssignments1796472300000 } from './1796472300000-AddTeachingAssignments';
import { AddAuditTargetName1796473000000 } from './1796473000000-AddAuditTargetName';
import { AddRoundHandOvers1796474000000 } from './1796474000000-AddRoundHandOvers';

export const MIGRATIONS = [
  CreateDirectory1795450842642,
  SeedSubjectCatalogue1795450842700,
  CreateCasesAndPackets1795451406592,
  CreatePacketEvents1795452614730,
  CreateCollectionAndReviews1795453785893,
  AddPacketRedispatch1795454110717,
  CreateAuditLog1795454258430,
  AddPacketStepTimes1795454529533,
  ScanUpdatesInPlace1795460000000,
  StaffAccountsAndAuditChanges1795470000000,
  KyrgyzMediumSubjects1795480000000,
  AddCaseAnswerLines1795490000000,
  ScanCorrections1795500000000,
  NotificationsJobsAndSharedLimits1795510000000,
  PrintRunAttempts1795520000000,
  AddNotificationCapIndex1795530000000,
  AddPasswordChangeDue1795546000000,
  ArchiveRecordsAndUniquePostcodes1795547000000,
  AddSchoolShortName1795548000000,
  KazpostTracking1796420917833,
  AddPrintJobFairness1796430000000,
  AddPacketsSchoolCreatedIndex1796431000000,
  AddEndedSessions1796432000000,
  AddDutyEndAndHandover1796440000000,
  AddPupilChannels1796451000000,
  AddByHandPackets1796452000000,
  AddPacketSchedule1796453000000,
  AddCaseImages1796460000000,
  AddCarrierDuties1796461000000,
  AddTeachingAssignments1796472300000,
  AddAuditTargetName1796473000000,
  AddRoundHandOvers1796474000000,
];
