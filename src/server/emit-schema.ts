import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { schemaSdl } from '../graphql/schema';

/** Writes schema/schema.graphql, the SDL clients and codegen read. */
schemaSdl()
  .then((sdl) => {
    const file = path.join(projectRoot(), 'schema', 'schema.graphql');
    fs.writeFileSync(file, sdl);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
