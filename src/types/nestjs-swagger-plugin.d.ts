// The package exports its plugin at '@nestjs/swagger/plugin'; the types sit under dist/.
declare module '@nestjs/swagger/plugin' {
  export * from '@nestjs/swagger/dist/plugin';
}
