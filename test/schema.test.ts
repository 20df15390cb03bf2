import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { projectRoot } from '../src/config';
import { type GraphQLObjectType, isInterfaceType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
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
  it('answers every field whose only argument is `lang` without a promise (an item list made each row one)', async () => {
    const built = await schema();
    const record = { id: 'X', title_en: 'Title', title_fr: 'Titre', priority_en: 'Priority', priority_fr: 'Priorité' };
    const answers: Record<string, unknown> = {};
    for (const t of Object.values(built.getTypeMap())) {
      if (!isObjectType(t) || t.name.startsWith('__')) continue;
      for (const f of Object.values(t.getFields()))
        if (f.args.length === 1 && f.args[0].name === 'lang')
          answers[`${t.name}.${f.name}`] = f.resolve?.(record, { lang: 'FR' }, {}, {} as never);
    }
    expect(answers).toMatchObject({
      'ActionArea.title': 'Titre',
      'ActionArea.priority': 'Priorité',
      'SdgTarget.title': 'Titre',
    });
    expect(Object.entries(answers).filter(([, a]) => a !== 'Titre' && a !== 'Priorité')).toEqual([]);
  });
  it("answers a paged pledge's alignments without a promise, filtered by framework; others through the loader", async () => {
    const field = (await schema()).getType('Pledge') as GraphQLObjectType;
    const resolve = field.getFields().alignments.resolve as (...a: unknown[]) => unknown;
    const link = (framework: string) => ({ item: { id: `${framework}-1`, framework }, basis: 'DECLARED' });
    const loaded = [link('NUA')];
    const ctx = { loaders: { pledgeAlignments: { load: async (id: string) => (id === 'q' ? loaded : []) } } };
    const root = { id: 'p', alignmentRecords: [link('GCM'), link('SDG')] };
    expect(resolve(root, {}, ctx, {})).toEqual([link('GCM'), link('SDG')]);
    expect(resolve(root, { framework: 'SDG' }, ctx, {})).toEqual([link('SDG')]);
    const viaLoader = resolve({ id: 'q' }, {}, ctx, {});
    expect(viaLoader).toBeInstanceOf(Promise);
    await expect(viaLoader).resolves.toEqual(loaded);
  });
  it('reads plain fields with graphql-js default resolver: only field resolvers are wrapped (simpleResolvers)', async () => {
    const built = await schema();
    const storage = getMetadataStorage();
    const typeName = new Map(
      [...storage.objectTypes, ...storage.interfaceTypes].map((t) => [t.target as unknown, t.name]),
    );
    const declared = new Set(
      storage.fieldResolvers.map((r) => `${typeName.get(r.getObjectType?.()) ?? '?'}.${r.schemaName}`),
    );
    const roots = new Set(['Query', 'Mutation', 'Subscription']);
    const wrapped: string[] = [];
    for (const t of Object.values(built.getTypeMap())) {
      if (!isObjectType(t) || t.name.startsWith('__') || roots.has(t.name)) continue;
      for (const f of Object.values(t.getFields())) {
        const own =
          declared.has(`${t.name}.${f.name}`) || t.getInterfaces().some((i) => declared.has(`${i.name}.${f.name}`));
        if (f.resolve && !own) wrapped.push(`${t.name}.${f.name}`);
      }
    }
    // A 100-pledge page reads ~10,000 such fields; each wrapper cost an object and a call.
    expect(wrapped).toEqual([]);
    expect(built.getType('Alignment')).toBeDefined();
  });
});
