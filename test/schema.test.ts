import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { projectRoot } from '../src/config';
import { isInterfaceType } from 'graphql';
import { schema, schemaSdl } from '../src/graphql/schema';

const root = projectRoot();

describe('committed artefacts are current', () => {
  it('schema/schema.graphql matches the schema the code builds (run `npm run schema:emit`)', async () => {
    const committed = fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await schemaSdl());
  });

  it('codegen output matches the named operations (run `npm run codegen`)', async () => {
    // Generated in a plain Node process: the codegen plugins are ES modules jest's loader cannot run.
    const script = `const c = require('@graphql-codegen/cli');
      c.loadCodegenConfig({ configFilePath: 'codegen.yml' })
        .then(({ config }) => c.generate({ ...config, cwd: process.cwd(), silent: true }, false))
        .then((o) => process.stdout.write(JSON.stringify(o)));`;
    const outputs = JSON.parse(
      execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }),
    ) as Array<{ filename: string; content: string }>;
    expect(outputs.length).toBeGreaterThan(0);
    for (const out of outputs) {
      const onDisk = fs.readFileSync(path.resolve(root, out.filename), 'utf8');
      expect({ file: out.filename, content: onDisk }).toEqual({ file: out.filename, content: out.content });
    }
  });
});

describe('built schema', () => {
  it('decides every interface value type without a promise (one per framework item in an answer cost GC and microtasks)', async () => {
    const built = await schema();
    const interfaces = Object.values(built.getTypeMap()).filter(isInterfaceType);
    expect(interfaces.map((t) => t.name).sort()).toEqual(['FrameworkItem', 'Node']);
    for (const t of interfaces) {
      const resolve = t.resolveType as (value: unknown, ...rest: unknown[]) => unknown;
      expect([t.name, resolve({ typename: 'SdgTarget' }, {}, {}, t)]).toEqual([t.name, 'SdgTarget']);
    }
  });
});
