import { Module } from '@nestjs/common';
import { PacketRenderer } from './packet-renderer';

/** PDF output: packets, print runs and manifests (pdfkit and bwip-js live only here). */
@Module({ providers: [PacketRenderer], exports: [PacketRenderer] })
export class RenderingModule {}
