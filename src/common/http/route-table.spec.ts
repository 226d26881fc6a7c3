import Fastify from 'fastify';
import { RouteTable } from './route-table';

describe('RouteTable', () => {
  it('knows the methods of a path, parameters included', async () => {
    const fastify = Fastify();
    const table = new RouteTable();
    table.listen(fastify);
    const ok = (): Promise<string> => Promise.resolve('ok');
    fastify.get('/students', ok);
    fastify.post('/students', ok);
    fastify.patch('/students/:id', ok);
    fastify.get('/students/:id', ok);
    await fastify.ready();
    expect(table.methodsFor('/students?limit=5')).toEqual(['GET', 'HEAD', 'POST']);
    expect(table.methodsFor('/students/42')).toEqual(['GET', 'HEAD', 'PATCH']);
    expect(table.methodsFor('/students/42/extra')).toEqual([]);
    await fastify.close();
  });
});
