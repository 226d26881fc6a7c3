import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Principal } from '@/auth/role';
import { localDate } from '@/common/dates';
import { startDownload } from '@/common/http/download';
import { ClassesService } from '@/directory/classes/classes.service';
import { manifestCsv } from '@/rendering/manifest-csv';
import { PacketRenderer } from '@/rendering/packet-renderer';
import { Dispatch } from './dispatch.entity';
import { DispatchesService } from './dispatches.service';
import { Packet } from './packet.entity';
import { PacketsService } from './packets.service';

/** Streams print runs, single packets and manifests to the client. */
@Injectable()
export class PrintService {
  constructor(
    private readonly dispatches: DispatchesService,
    private readonly packets: PacketsService,
    private readonly classes: ClassesService,
    private readonly renderer: PacketRenderer,
  ) {}

  async printRun(user: Principal, dispatchId: string, reply: FastifyReply): Promise<void> {
    const dispatch = await this.dispatches.getVisible(user, dispatchId);
    const schoolClass = await this.classes.get(user, dispatch.classId);
    const name = await this.fileName(user, dispatch, 'packets');
    const out = startDownload(reply, 'application/pdf', `${name}.pdf`);
    await this.renderer.renderPackets(this.packets.snapshotsOf(dispatch.id), out, {
      title: name,
      language: schoolClass.language,
    });
  }

  async onePacket(packet: Packet, reply: FastifyReply): Promise<void> {
    const out = startDownload(reply, 'application/pdf', `${packet.code}.pdf`);
    await this.renderer.renderPackets([packet.snapshot], out, {
      title: packet.code,
      language: packet.snapshot.language,
    });
  }

  async manifestPdf(user: Principal, dispatchId: string, reply: FastifyReply): Promise<void> {
    const dispatch = await this.dispatches.getVisible(user, dispatchId);
    const schoolClass = await this.classes.get(user, dispatch.classId);
    const name = await this.fileName(user, dispatch, 'manifest');
    const rows = await this.packets.manifestRows(dispatch.id);
    const school = await this.packets.senderOf(dispatch.id);
    const out = startDownload(reply, 'application/pdf', `${name}.pdf`);
    await this.renderer.renderManifest(
      {
        title: name,
        language: schoolClass.language,
        school,
        classLabel: `${schoolClass.grade} ${schoolClass.letter}`,
        madeOn: localDate(dispatch.createdAt),
        rows,
      },
      out,
    );
  }

  async manifestCsv(user: Principal, dispatchId: string, reply: FastifyReply): Promise<void> {
    const dispatch = await this.dispatches.getVisible(user, dispatchId);
    const name = await this.fileName(user, dispatch, 'manifest');
    const csv = manifestCsv(await this.packets.manifestRows(dispatch.id));
    startDownload(reply, 'text/csv; charset=utf-8', `${name}.csv`).end(csv);
  }

  private async fileName(user: Principal, dispatch: Dispatch, kind: string): Promise<string> {
    const schoolClass = await this.classes.get(user, dispatch.classId);
    return `${kind}-${schoolClass.grade}${schoolClass.letter}-${localDate(dispatch.createdAt)}`;
  }
}
