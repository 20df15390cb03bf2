import fs from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { projectRoot } from '../src/config';
import { schemaSdl } from '../src/graphql/schema';

const root = projectRoot();

describe('committed artefacts are current', () => {
  it('schema/schema.graphql matches the schema the code builds (run `npm run schema:emit`)', async () => {
    const committed = fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await schemaSdl());
  });

  it('codegen output matches the named operations (run `npm run codegen`)', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const out of outputs) {
      const onDisk = fs.readFileSync(path.resolve(root, out.filename), 'utf8');
      expect({ file: out.filename, content: onDisk }).toEqual({ file: out.filename, content: out.content });
    }
  });
});
