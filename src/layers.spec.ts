import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * Which folder of `src/` may import which (docs/architecture.md). A folder imports its own
 * layer and those below it, never one above: then no two modules need each other. Files
 * directly in `src/` (app.module.ts, api-docs.ts, main.ts…) put the app together and may
 * import anything.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['common'],
  ['auth', 'jobs'],
  ['audit'],
  // The records and how they are printed share small helpers both ways (postcodes, fonts).
  ['directory', 'rendering'],
  ['cases'],
  ['packets'],
  ['reviews', 'collection', 'kazpost'],
  ['dispatches', 'scans', 'reports', 'notifications'],
  ['printing', 'schedule'],
  ['packet-desk', 'health'],
];

/** The list of every entity, which the data source needs, is the one import `common` makes up. */
const ENTITY_REGISTRY = 'common/database/entities.ts';

const src = __dirname;
const layerOf = new Map(LAYERS.flatMap((folders, layer) => folders.map((f) => [f, layer])));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

interface Import {
  file: string;
  target: string;
  typeOnly: boolean;
}

/** The `src/` files a file imports, as paths relative to `src/`. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
    const [, typeOnly, spec] = match;
    let target: string;
    if (spec.startsWith('@/')) target = spec.slice(2);
    else if (spec.startsWith('.')) target = relative(src, normalize(join(dirname(file), spec)));
    else continue;
    // Templates and migrations lie outside src/: no module there.
    if (target.startsWith('..')) continue;
    found.push({ file: relative(src, file), target, typeOnly: Boolean(typeOnly) });
  }
  return found;
}

const folderOf = (path: string): string | undefined =>
  path.includes('/') ? path.split('/')[0] : undefined;

/**
 * An import that climbs a layer. An entity may name a higher entity as a type only (a relation
 * such as a packet's dispatch): the decorator names its target by entity name, so nothing of
 * the higher module is loaded.
 */
function climbs({ file, target, typeOnly }: Import): boolean {
  const from = folderOf(file);
  const to = folderOf(target);
  if (!from || !to || from === to || file === ENTITY_REGISTRY) return false;
  if (typeOnly && file.endsWith('.entity.ts')) return false;
  return (layerOf.get(to) ?? Infinity) > (layerOf.get(from) ?? -1);
}

describe('module layers', () => {
  const imports = sourceFiles(src).flatMap(importsOf);

  it('places every folder of src/ in a layer', () => {
    const folders = new Set(imports.map((i) => folderOf(i.file)).filter(Boolean));
    expect([...folders].filter((folder) => !layerOf.has(folder!))).toEqual([]);
  });

  it('finds the imports it checks', () => {
    expect(imports.some((i) => i.file === 'packets/packets.module.ts')).toBe(true);
    expect(climbs({ file: 'common/x.ts', target: 'packets/s10', typeOnly: false })).toBe(true);
    expect(climbs({ file: 'packets/x.entity.ts', target: 'dispatches/y', typeOnly: false })).toBe(
      true,
    );
  });

  it('lets no folder import one in a higher layer', () => {
    const climbing = imports.filter(climbs).map((i) => `${i.file} -> ${i.target}`);
    expect(climbing).toEqual([]);
  });
});
