import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClassesController } from './classes/classes.controller';
import { ClassesService } from './classes/classes.service';
import { SchoolClass } from './classes/school-class.entity';
import { PostOffice } from './post-offices/post-office.entity';
import { PostOfficesController } from './post-offices/post-offices.controller';
import { PostOfficesService } from './post-offices/post-offices.service';
import { School } from './schools/school.entity';
import { SchoolsController } from './schools/schools.controller';
import { SchoolsService } from './schools/schools.service';
import { Staff } from '@/auth/staff.entity';
import { StaffController } from './staff/staff.controller';
import { StaffService } from './staff/staff.service';
import { OfficeListImportService } from './post-offices/office-list-import.service';
import { ClerkAccountsService } from './staff/clerk-accounts.service';
import { StaffAccountsService } from './staff/staff-accounts.service';
import { AuthModule } from '@/auth/auth.module';
import { RosterImportService } from './students/roster-import.service';
import { Student } from './students/student.entity';
import { StudentsController } from './students/students.controller';
import { StudentsService } from './students/students.service';
import { SubjectOffering } from './subjects/subject-offering.entity';
import { Subject } from './subjects/subject.entity';
import { SubjectsController } from './subjects/subjects.controller';
import { SubjectsService } from './subjects/subjects.service';
import { RecordDeletion } from './record-lifecycle';
import { RecordReferencesRepository } from './record-references.repository';
import { StudentsRepository } from './students/students.repository';
import { SubjectsRepository } from './subjects/subjects.repository';

/** Who and where: post offices, schools, staff, classes, pupils and the subject catalogue. */
@Module({
  imports: [
    AuthModule,
    TypeOrmModule.forFeature([
      PostOffice,
      School,
      Staff,
      SchoolClass,
      Student,
      Subject,
      SubjectOffering,
    ]),
  ],
  controllers: [
    PostOfficesController,
    SchoolsController,
    StaffController,
    ClassesController,
    StudentsController,
    SubjectsController,
  ],
  providers: [
    PostOfficesService,
    SchoolsService,
    StaffService,
    StaffAccountsService,
    ClerkAccountsService,
    OfficeListImportService,
    ClassesService,
    StudentsService,
    RosterImportService,
    SubjectsService,
    RecordReferencesRepository,
    RecordDeletion,
    StudentsRepository,
    SubjectsRepository,
  ],
  exports: [
    PostOfficesService,
    SchoolsService,
    StaffService,
    ClassesService,
    StudentsService,
    SubjectsService,
    RecordDeletion,
    RecordReferencesRepository,
  ],
})
export class DirectoryModule {}
