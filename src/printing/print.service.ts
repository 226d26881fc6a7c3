import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { pipeline } from 'node:stream/promises';
import { Principal } from '@/auth/role';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { localDate } from '@/common/dates';
import { startDownload } from '@/common/http/download';
import { Language } from '@/directory/classes/class-language';
import { ClassesService } from '@/directory/classes/classes.service';
import { manifestCsv } from '@/rendering/manifest-csv';
import { RenderPool } from '@/rendering/render-pool';
import { textsFor } from '@/rendering/texts';
import { DispatchesService } from '@/dispatches/dispatches.service';
import { dispatchFileStem, packetFileStem } from './file-names';
import { Packet } from '@/packets/packet.entity';
import { PacketsService } from '@/packets/packets.service';
import { PrintJobsService } from './print-jobs.service';

/** How long a client following a large dispatch's print run waits between two asks. */
export const FOLLOW_RUN_SECONDS = 2;

/** Streams print runs, single packets and manifests to the client. */
@Injectable()
export class PrintService {
  constructor(
    private readonly dispatches: DispatchesService,
    private readonly packets: PacketsService,
    private readonly classes: ClassesService,
    private readonly renderer: RenderPool,
    private readonly printJobs: PrintJobsService,
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
  ) {}

  /**
   * A class's print run as one PDF: streamed as it is drawn, or, for a dispatch of more than
   * DIRECT_DOWNLOAD_MAX_PACKETS, through a print job: the file once a worker has rendered it
   * (served from disk, cheap to send again), until then 202 with the run's progress, asked
   * again after Retry-After at the same address.
   */
  async printRun(user: Principal, dispatchId: string, reply: FastifyReply): Promise<void> {
    const dispatch = await this.dispatches.getVisible(user, dispatchId);
    const schoolClass = await this.classes.get(user, dispatch.classId);
    const name = dispatchFileStem('packets', [schoolClass], dispatch.createdAt, dispatch.id);
    if (dispatch.packetCount > this.settings.printJobs.directMaxPackets) {
      const run = await this.printJobs.dispatchRun(user, { dispatch, schoolClass });
      if ('file' in run)
        return pipeline(run.file, startDownload(reply, 'application/pdf', `${name}.pdf`));
      await reply
        .status(202)
        .header('Retry-After', String(FOLLOW_RUN_SECONDS))
        .header('Location', `/dispatches/${dispatch.id}/packets.pdf`)
        .send(run.job);
      return;
    }
    await this.renderer.renderPackets(
      'bulk',
      this.packets.printRunOf([dispatch.id]),
      () => startDownload(reply, 'application/pdf', `${name}.pdf`),
      { title: name, language: schoolClass.language },
    );
  }

  async onePacket(packet: Packet, reply: FastifyReply): Promise<void> {
    const { schoolClass, student } = packet.snapshot;
    const name = packetFileStem(schoolClass, student.fullName, packet.code);
    await this.renderer.renderPackets(
      'quick',
      [packet.snapshot],
      () => startDownload(reply, 'application/pdf', `${name}.pdf`),
      { title: name, language: packet.snapshot.language },
    );
  }

  async manifestPdf(user: Principal, dispatchId: string, reply: FastifyReply): Promise<void> {
    const dispatch = await this.dispatches.getVisible(user, dispatchId);
    const schoolClass = await this.classes.get(user, dispatch.classId);
    const name = dispatchFileStem('manifest', [schoolClass], dispatch.createdAt, dispatch.id);
    const rows = await this.packets.manifestRows(dispatch.id);
    const school = await this.packets.senderOf(dispatch.id);
    const pdf = await this.renderer.render('quick', {
      kind: 'manifest',
      manifest: {
        title: name,
        language: schoolClass.language,
        school,
        classLabel: `${schoolClass.grade} ${schoolClass.letter}`,
        madeOn: localDate(dispatch.createdAt),
        rows,
      },
    });
    startDownload(reply, 'application/pdf', `${name}.pdf`).end(pdf);
  }

  /** The CSV's headers in `language` (the reader's), else in the class's language. */
  async manifestCsv(
    user: Principal,
    dispatchId: string,
    reply: FastifyReply,
    language?: Language,
  ): Promise<void> {
    const dispatch = await this.dispatches.getVisible(user, dispatchId);
    const schoolClass = await this.classes.get(user, dispatch.classId);
    const name = dispatchFileStem('manifest', [schoolClass], dispatch.createdAt, dispatch.id);
    const texts = textsFor(language ?? schoolClass.language);
    const csv = manifestCsv(await this.packets.manifestRows(dispatch.id), texts);
    startDownload(reply, 'text/csv; charset=utf-8', `${name}.csv`).end(csv);
  }
}
