import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Principal } from '@/auth/role';
import { localDate } from '@/common/dates';
import { startDownload } from '@/common/http/download';
import { Language } from '@/directory/classes/class-language';
import { ClassesService } from '@/directory/classes/classes.service';
import { manifestCsv } from '@/rendering/manifest-csv';
import { RenderPool } from '@/rendering/render-pool';
import { textsFor } from '@/rendering/texts';
import { DispatchesService } from './dispatches.service';
import { dispatchFileStem, packetFileStem } from './file-names';
import { Packet } from './packet.entity';
import { PacketsService } from './packets.service';

/** Streams print runs, single packets and manifests to the client. */
@Injectable()
export class PrintService {
  constructor(
    private readonly dispatches: DispatchesService,
    private readonly packets: PacketsService,
    private readonly classes: ClassesService,
    private readonly renderer: RenderPool,
  ) {}

  async printRun(user: Principal, dispatchId: string, reply: FastifyReply): Promise<void> {
    const dispatch = await this.dispatches.getVisible(user, dispatchId);
    const schoolClass = await this.classes.get(user, dispatch.classId);
    const name = dispatchFileStem('packets', [schoolClass], dispatch.createdAt, dispatch.id);
    await this.renderer.renderPackets(
      'bulk',
      this.packets.snapshotsOf(dispatch.id),
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
