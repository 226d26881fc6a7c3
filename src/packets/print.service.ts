import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { Principal } from '@/auth/role';
import { localDate } from '@/common/dates';
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

  async printRun(user: Principal, dispatchId: string, res: Response): Promise<void> {
    const dispatch = await this.dispatches.getVisible(user, dispatchId);
    const name = await this.fileName(user, dispatch, 'packets');
    sendHeaders(res, 'application/pdf', `${name}.pdf`);
    await this.renderer.renderPackets(this.packets.snapshotsOf(dispatch.id), res, name);
  }

  async onePacket(packet: Packet, res: Response): Promise<void> {
    sendHeaders(res, 'application/pdf', `${packet.code}.pdf`);
    await this.renderer.renderPackets([packet.snapshot], res, packet.code);
  }

  async manifestPdf(user: Principal, dispatchId: string, res: Response): Promise<void> {
    const dispatch = await this.dispatches.getVisible(user, dispatchId);
    const schoolClass = await this.classes.get(user, dispatch.classId);
    const name = await this.fileName(user, dispatch, 'manifest');
    const rows = await this.packets.manifestRows(dispatch.id);
    sendHeaders(res, 'application/pdf', `${name}.pdf`);
    await this.renderer.renderManifest(
      {
        title: name,
        language: schoolClass.language,
        heading: `${schoolClass.grade} ${schoolClass.letter} · ${localDate(dispatch.createdAt)} · ${dispatch.id}`,
        rows,
      },
      res,
    );
  }

  async manifestCsv(user: Principal, dispatchId: string, res: Response): Promise<void> {
    const dispatch = await this.dispatches.getVisible(user, dispatchId);
    const name = await this.fileName(user, dispatch, 'manifest');
    sendHeaders(res, 'text/csv; charset=utf-8', `${name}.csv`);
    res.end(manifestCsv(await this.packets.manifestRows(dispatch.id)));
  }

  private async fileName(user: Principal, dispatch: Dispatch, kind: string): Promise<string> {
    const schoolClass = await this.classes.get(user, dispatch.classId);
    return `${kind}-${schoolClass.grade}${schoolClass.letter}-${localDate(dispatch.createdAt)}`;
  }
}

function sendHeaders(res: Response, type: string, fileName: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${asciiName(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
}

function asciiName(fileName: string): string {
  return fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
}
