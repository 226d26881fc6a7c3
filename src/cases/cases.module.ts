import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@/directory/directory.module';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { LessonCase } from './lesson-case.entity';

/** Lesson cases as teachers author them. */
@Module({
  imports: [TypeOrmModule.forFeature([LessonCase]), DirectoryModule],
  controllers: [CasesController],
  providers: [CasesService],
  exports: [CasesService],
})
export class CasesModule {}
