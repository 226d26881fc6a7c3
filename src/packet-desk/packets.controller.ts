import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';
import { startDownload } from '@/common/http/download';
import { PreviewRenderer } from '@/rendering/preview-renderer';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { Packet } from '@/packets/packet.entity';
import { PacketsService } from '@/packets/packets.service';
import { PacketDeskService } from './packet-desk.service';
import { CounterPacketView, FullPacketView, PacketView } from './packet.view';
import { PacketReviewView, ReviewResult } from '@/reviews/review.view';
import { ApiFile, ApiOneOf } from '@/common/http/api-responses';
import {
  CorrectScanDto,
  ExtendReturnDto,
  PacketQueryDto,
  RedispatchDto,
  ReprintDto,
} from '@/packets/dto/packet.dto';
import { ReprintService } from '@/printing/reprint.service';
import { CorrectionResult } from '@/packets/scan-correction.view';
import { ScanCorrectionsService } from '@/packets/scan-corrections.service';
import { PacketList } from '@/packets/packet-list.view';
import { WaitingAtOffice } from '@/packets/waiting.view';
import { CorrectReviewDto, ReviewDto } from '@/reviews/review.dto';
import { RedispatchService } from '@/dispatches/redispatch.service';
import { ReviewsService } from '@/reviews/reviews.service';
import { PrintService } from '@/printing/print.service';

@ApiTags('packets')
@ApiBearerAuth()
@Controller('packets')
export class PacketsController {
  constructor(
    private readonly packets: PacketsService,
    private readonly desk: PacketDeskService,
    private readonly print: PrintService,
    private readonly reviews: ReviewsService,
    private readonly redispatches: RedispatchService,
    private readonly reprints: ReprintService,
    private readonly corrections: ScanCorrectionsService,
    private readonly previews: PreviewRenderer,
  ) {}

  /** E.g. `?status=collected`: the work waiting for review. */
  @Get()
  list(@CurrentUser() user: Principal, @Query() query: PacketQueryDto): Promise<PacketList> {
    return this.packets.list(user, query);
  }

  /** The post clerk's list of what waits at their office (printable at the counter). */
  @Get('waiting')
  waiting(@CurrentUser() user: Principal): Promise<WaitingAtOffice> {
    return this.packets.waitingAt(user);
  }

  @Get(':code')
  @ApiOneOf(FullPacketView, CounterPacketView)
  get(@CurrentUser() user: Principal, @Param('code') code: string): Promise<PacketView> {
    return this.desk.viewByCode(user, code);
  }

  @Get(':code/pdf')
  @ApiFile('application/pdf')
  async pdf(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.print.onePacket(await this.packets.getByCode(user, code), reply);
  }

  @Post(':code/review')
  @Audited('review')
  review(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Body() dto: ReviewDto,
  ): Promise<ReviewResult> {
    return this.reviews.review(user, code, dto);
  }

  /** Sets a saved mark, pass or comment right until the pupil's next packet prints it. */
  @Patch(':code/reviews/:caseId')
  @Audited('review', 'correct')
  correctReview(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Body() dto: CorrectReviewDto,
  ): Promise<PacketReviewView> {
    return this.reviews.correct(user, code, caseId, dto);
  }

  /** The feedback page of a review being written, as the pupil's next packet will print it. */
  @Post(':code/review/preview.pdf')
  @HttpCode(200)
  @ApiFile('application/pdf')
  async reviewPreview(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Body() dto: ReviewDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { items, language } = await this.reviews.previewFeedback(user, code, dto);
    const pdf = await this.previews.render(user.id, {
      kind: 'feedback',
      feedback: items,
      language,
    });
    startDownload(reply, 'application/pdf', 'feedback.pdf', 'inline').end(pdf);
  }

  @Patch(':code/return-due-on')
  @Audited('packet')
  extend(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Body() dto: ExtendReturnDto,
  ): Promise<Packet> {
    return this.packets.extendReturn(user, code, dto);
  }

  /** Sets a wrong scan right: the event stays in the history, marked, and stops counting. */
  @Post(':code/corrections')
  @Audited('packet', 'correct')
  correct(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Body() dto: CorrectScanDto,
  ): Promise<CorrectionResult> {
    return this.corrections.correct(user, code, dto);
  }

  /** A lost or damaged packet made again under a new code, the old one ended as lost. */
  @Post(':code/reprint')
  @Audited('packet', 'reprint')
  reprint(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Body() dto: ReprintDto,
  ): Promise<Packet> {
    return this.reprints.reprint(user, code, dto);
  }

  /** Sends an undeliverable packet's cases again, to the pupil's corrected address. */
  @Post(':code/redispatch')
  @Audited('packet')
  redispatch(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Body() dto: RedispatchDto,
  ): Promise<Packet> {
    return this.redispatches.redispatch(user, code, dto);
  }
}
