import { Module } from '@nestjs/common';
import { DispatchesModule } from '@/dispatches/dispatches.module';
import { PacketsModule } from '@/packets/packets.module';
import { PrintingModule } from '@/printing/printing.module';
import { RenderingModule } from '@/rendering/rendering.module';
import { ReviewsModule } from '@/reviews/reviews.module';
import { PacketDeskService } from './packet-desk.service';
import { PacketsController } from './packets.controller';

/**
 * The `/packets` routes of the packet desk: one packet's page and what staff do to it
 * (review, reprint, send again, correct a scan), each done by its own feature's service.
 */
@Module({
  imports: [PacketsModule, ReviewsModule, DispatchesModule, PrintingModule, RenderingModule],
  controllers: [PacketsController],
  providers: [PacketDeskService],
})
export class PacketDeskModule {}
