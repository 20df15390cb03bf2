import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

export interface LocalNeo4j {
  uri: string;
  /** Password of user neo4j, kept in the data folder (see localPassword). */
  password: string;
  pid: number | undefined;
  /** Settles with the exit code when the process ends, for whatever reason. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * The local Neo4j's password: generated on first start and kept in `<data>/.password`, readable by
 * the owner only, so this checkout's tools can log in and nobody else's can.
 */
export function localPassword(dataDir: string): string {
  const file = path.join(dataDir, '.password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const password = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  /** Where progress and the database's own lines go; stderr keeps stdout clean for tools. */
  log?: (line: string) => void;
  readyTimeoutMs?: number;
}

export class LocalNeo4jError extends Error {}

const neo4jDir = () => path.join(projectRoot(), 'neo4j');
const classpathFile = () => path.join(neo4jDir(), 'target', 'classpath.txt');
const classesDir = () => path.join(neo4jDir(), 'target', 'classes');

const MISSING_TOOL = (tool: string) =>
  `${tool} was not found on PATH. The local Neo4j needs Java 17+ and Maven 3.8+ ` +
  `(Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven). ` +
  `Alternatively set NEO4J_URI to any Neo4j 5 server (bolt://, neo4j://, neo4j+s://) and the local one is not used.`;

function hasTool(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error;
}

function isBuilt(): boolean {
  if (!fs.existsSync(classpathFile()) || !fs.existsSync(classesDir())) return false;
  const built = fs.statSync(classpathFile()).mtimeMs;
  const sources = [path.join(neo4jDir(), 'pom.xml'), ...listJava(path.join(neo4jDir(), 'src'))];
  return sources.every((f) => fs.statSync(f).mtimeMs <= built);
}

function listJava(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listJava(p) : p.endsWith('.java') ? [p] : [];
  });
}

/** First use downloads Neo4j from Maven Central; Maven's own transfer lines are the progress. */
async function build(log: (line: string) => void): Promise<void> {
  if (!hasTool('mvn', ['-v'])) throw new LocalNeo4jError(MISSING_TOOL('mvn (Maven)'));
  log('local-neo4j: resolving Neo4j with Maven (first run downloads ~160 MB; later runs are offline)');
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', 'package', '-DskipTests'], { cwd: neo4jDir(), stdio: ['ignore', 'pipe', 'pipe'] });
    let downloads = 0;
    const onLine = (line: string) => {
      if (/Downloaded from /.test(line)) {
        downloads += 1;
        if (downloads % 20 === 0) log(`local-neo4j: ${downloads} artifacts downloaded…`);
      } else if (/ERROR|BUILD/.test(line)) log(`maven: ${line}`);
    };
    pipeLines(mvn, onLine);
    mvn.on('error', reject);
    mvn.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new LocalNeo4jError(`Maven build of neo4j/ failed (exit ${code}); see the lines above`)),
    );
  });
}

function pipeLines(child: ChildProcess, onLine: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buf += chunk;
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes from Maven's output
        onLine(buf.slice(0, i).replace(/\x1b\[[0-9;]*m/g, ''));
        buf = buf.slice(i + 1);
      }
    });
  }
}

/**
 * JVM options Neo4j's own launcher passes and the embedded one lacks. Without access to
 * java.nio, the page cache logs "using fallback mode" and runs slower; netty (Bolt) likewise falls
 * back to copying buffers. Measured once each: a 200,000-pledge import went from 2,755 to 2,975 pledges/s.
 */
const JVM_OPTIONS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
];

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  if (!hasTool('java', ['-version'])) throw new LocalNeo4jError(MISSING_TOOL('java'));
  if (!isBuilt()) {
    await build(log);
    // Maven leaves classpath.txt untouched when its content did not change; mark the build as fresh.
    const now = new Date();
    fs.utimesSync(classpathFile(), now, now);
  }
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const password = localPassword(opts.dataDir);
  const classpath = `${classesDir()}${path.delimiter}${fs.readFileSync(classpathFile(), 'utf8').trim()}`;
  const child = spawn(
    'java',
    [
      '-Xms256m',
      '-Xmx2g',
      ...JVM_OPTIONS,
      '-cp',
      classpath,
      'org.commitmentsgraph.localdb.LocalNeo4j',
      '--port',
      String(opts.port),
      '--data',
      opts.dataDir,
    ],
    // stdin stays an open pipe that is never written: when this process dies, it closes and Java stops.
    {
      cwd: projectRoot(),
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, LOCAL_NEO4J_PASSWORD: password },
    },
  );
  child.stdin?.on('error', () => undefined);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const tail: string[] = [];
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new LocalNeo4jError(`local Neo4j did not report ready within ${(opts.readyTimeoutMs ?? 300000) / 1000}s`),
        ),
      opts.readyTimeoutMs ?? 300000,
    );
    pipeLines(child, (line) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      const m = /ready at (bolt:\/\/\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
      if (line.startsWith('local-neo4j:')) log(line);
    });
    child.on('error', (e) => reject(e));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`local Neo4j exited with code ${code} before it was ready:\n${tail.join('\n')}`));
    });
  }).catch(async (e) => {
    child.kill('SIGTERM');
    throw e;
  });

  log(`local-neo4j: running as pid ${child.pid}`);
  let stopping: Promise<void> | undefined;
  return {
    uri,
    password,
    pid: child.pid,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null) return;
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 30000);
        await exited;
        clearTimeout(killer);
      })();
      return stopping;
    },
  };
}
