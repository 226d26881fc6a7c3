import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../../../migrations';
import { ENTITIES } from './entities';

const root = join(__dirname, '..', '..', '..');

function classesIn(files: string[]): string[] {
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/export class (\w+)/g)].map((match) => match[1]),
  );
}

describe('the schema lists', () => {
  it('name every entity class of every *.entity.ts file', () => {
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.entity.ts'))
      .map((file) => join(root, 'src', file));
    expect(ENTITIES.map((entity) => entity.name).sort()).toEqual(classesIn(files).sort());
  });

  it('name every migration file, in the order of their timestamps', () => {
    const files = readdirSync(join(root, 'migrations'))
      .filter((file) => /^\d+-\w+\.ts$/.test(file))
      .sort()
      .map((file) => join(root, 'migrations', file));
    expect(MIGRATIONS.map((migration) => migration.name)).toEqual(classesIn(files));
  });
});
