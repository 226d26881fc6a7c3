import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@/directory/directory.module';
import { RenderingModule } from '@/rendering/rendering.module';
import { CaseImagesController } from './case-images.controller';
import { CaseImagesService } from './case-images.service';
import { CasePreviewService } from './case-preview.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { CasesRepository } from './cases.repository';
import { LessonCase } from './lesson-case.entity';

/** Lesson cases as teachers author them. */
@Module({
  imports: [TypeOrmModule.forFeature([LessonCase]), DirectoryModule, RenderingModule],
  controllers: [CasesController, CaseImagesController],
  providers: [CasesService, CasePreviewService, CasesRepository, CaseImagesService],
  exports: [CasesService],
})
export class CasesModule {}
