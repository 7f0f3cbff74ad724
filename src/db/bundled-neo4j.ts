import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/**
 * The bundled local database: Neo4j 5.26 Community embedded in a small Java launcher
 * (neo4j-launcher/), built with Maven on first use and reached over Bolt like any server.
 */
export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-launcher');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const STAMP = path.join(TARGET, '.build-stamp');
const MAIN_CLASS = 'cn.nanan.launcher.Launcher';
const JAVA_OPENS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export class BundledNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundledNeo4jError';
  }
}

export interface BundledOptions {
  dataDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  /** Where launcher output goes; defaults to stderr with a prefix. */
  log?: (line: string) => void;
}

export interface BundledNeo4j {
  uri: string;
  /** Bolt credentials: user neo4j and the password kept in the data folder. */
  user: string;
  password: string;
  process: ChildProcess;
  /** Resolves when the database process has exited, whatever the cause. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Where the bundled database's Bolt password is kept (readable by the owner only). */
export function boltPasswordFile(dataDir: string): string {
  return path.join(dataDir, 'bolt-password');
}

/**
 * The bundled database's Bolt password: made at random on first start and kept in the data folder
 * with mode 0600, so the service and the importer (same user) can read it and other users cannot.
 */
export function boltPassword(dataDir: string): string {
  const file = boltPasswordFile(dataDir);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const password = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

function sourceHash(): string {
  const h = crypto.createHash('sha256');
  const walk = (p: string): void => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    } else {
      h.update(path.relative(LAUNCHER_DIR, p));
      h.update(fs.readFileSync(p));
    }
  };
  walk(path.join(LAUNCHER_DIR, 'pom.xml'));
  walk(path.join(LAUNCHER_DIR, 'src'));
  return h.digest('hex');
}

function requireTool(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new BundledNeo4jError(
      `${what} was not found (\`${cmd} ${args.join(' ')}\` failed). The bundled Neo4j needs JDK 17+ and Maven 3.8+; ` +
        'install them (Debian: apt-get install openjdk-17-jdk-headless maven) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}

/** Builds the launcher with Maven unless an up-to-date build is already there. Progress is shown. */
export function ensureLauncherBuilt(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  requireTool('java', ['-version'], 'Java');
  const hash = sourceHash();
  if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8').trim() === hash) return;
  requireTool('mvn', ['-v'], 'Maven');
  log('[neo4j] building the bundled Neo4j launcher with Maven (first run downloads ~120 MB from Maven Central)...');
  const r = spawnSync('mvn', ['-B', '-ntp', 'package', '-DskipTests'], { cwd: LAUNCHER_DIR, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new BundledNeo4jError(`Maven build of neo4j-launcher failed (exit ${r.status}); see the output above.`);
  fs.writeFileSync(STAMP, hash);
  log('[neo4j] launcher built.');
}

export async function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(true));
    srv.once('listening', () => srv.close(() => resolve(false)));
    srv.listen(port, host);
  });
}

/** Asks the OS for a free loopback port (tests use this so they never meet the dev database). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startBundledNeo4j(opts: BundledOptions): Promise<BundledNeo4j> {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  ensureLauncherBuilt(log);
  if (await portInUse(opts.boltPort)) {
    throw new BundledNeo4jError(
      `Port ${opts.boltPort} on 127.0.0.1 is already in use (another Neo4j or service?). ` +
        'Stop it, set NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use that database.',
    );
  }
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const password = boltPassword(opts.dataDir);
  const classpath = [path.join(TARGET, 'classes'), path.join(TARGET, 'lib', '*')].join(path.delimiter);
  const args = [
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    '-XX:+UseG1GC',
    ...JAVA_OPENS,
    '-cp',
    classpath,
    MAIN_CLASS,
    opts.dataDir,
    String(opts.boltPort),
    opts.pageCache,
  ];
  log(`[neo4j] starting bundled Neo4j 5.26 on bolt://127.0.0.1:${opts.boltPort} (data: ${opts.dataDir})`);
  // stdin stays a pipe: the launcher exits when it closes, so a killed parent leaves no orphan.
  // Own process group: Ctrl-C reaches only Node, which then stops HTTP, the driver and the DB in order.
  // The password travels in the environment, not on the command line (which `ps` shows everyone).
  const child = spawn('java', args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, NEO4J_LAUNCHER_PASSWORD: password },
  });
  let exited = false;
  const exitedPromise = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exited = true;
      resolve(code);
    }),
  );
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  const errors: string[] = [];

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new BundledNeo4jError(`Neo4j did not become ready within ${opts.startTimeoutMs} ms.`));
    }, opts.startTimeoutMs);
    const onLine = (line: string, isErr: boolean): void => {
      if (line.startsWith('NEO4J_READY')) {
        clearTimeout(timer);
        log(`[neo4j] ${line.slice('NEO4J_READY '.length)}`);
        resolve();
      } else if (line.startsWith('NEO4J_ERROR')) {
        errors.push(line.slice('NEO4J_ERROR '.length));
      } else if (isErr && /Exception|ERROR/.test(line)) {
        errors.push(line);
      }
    };
    lines(child.stdout, (l) => onLine(l, false));
    lines(child.stderr, (l) => onLine(l, true));
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new BundledNeo4jError(`could not run java: ${e.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const damaged =
        code === 6
          ? ` The data folder may be damaged: restore ${opts.dataDir} from a backup, or move it away (or set NEO4J_DATA_DIR) to start with an empty database.`
          : '';
      reject(
        new BundledNeo4jError(`Neo4j exited during start (code ${code}): ${errors.slice(0, 3).join(' | ') || 'no message'}.${damaged}`),
      );
    });
  });

  return {
    uri,
    user: 'neo4j',
    password,
    process: child,
    exited: exitedPromise,
    async stop(): Promise<void> {
      if (exited) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30000);
      await exitedPromise;
      clearTimeout(killer);
    },
  };
}

function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buf += chunk;
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      onLine(buf.slice(0, i).trimEnd());
      buf = buf.slice(i + 1);
    }
  });
}
