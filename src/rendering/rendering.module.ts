import { Module } from '@nestjs/common';
import { PictureFiles } from './picture-files';
import { PreviewRenderer } from './preview-renderer';
import { RenderPool } from './render-pool';

/**
 * PDF output: packets, print runs and manifests (pdfkit and bwip-js live only here), drawn in
 * render threads; the rest of the service asks RenderPool.
 */
@Module({
  providers: [RenderPool, PreviewRenderer, PictureFiles],
  exports: [RenderPool, PreviewRenderer, PictureFiles],
})
export class RenderingModule {}
