import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PacketsModule } from '@/packets/packets.module';
import { CaseReview } from './case-review.entity';
import { ReviewsService } from './reviews.service';

/** The teacher's review of collected work: a mark or passed/failed and a comment per case. */
@Module({
  imports: [TypeOrmModule.forFeature([CaseReview]), PacketsModule],
  providers: [ReviewsService],
  exports: [ReviewsService],
})
export class ReviewsModule {}
