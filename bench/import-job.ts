import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { Role } from '../src/auth/roles';
import { mintToken } from '../src/auth/tokens';
import { BENCH_SECRET } from './token';

/** An admin's token for the run's key (imports need ADMIN). */
export function adminToken(): Promise<string> {
  return mintToken(
    { jwtSecret: BENCH_SECRET, jwtPublicKey: undefined, issuer: undefined, audience: undefined, anonymousRead: false },
    'bench-admin',
    Role.ADMIN,
    1,
  );
}

/** The generated dataset at `scale` (demo × scale, invented and labelled), zipped; its row count and a local firm's USCC. */
export async function generatedZip(scale: number, dir: string): Promise<{ zip: Buffer; rows: number; uscc: string; folder: string }> {
  const out = path.join(dir, `scale-${scale}`);
  const gen = spawnSync(process.execPath, [path.join(__dirname, '..', 'seeds', 'generate.js'), '--scale', String(scale), '--out', out], {
    encoding: 'utf8',
  });
  if (gen.status !== 0) throw new Error(`generating scale ${scale} failed: ${gen.stderr}`);
  const zip = new JSZip();
  let rows = 0;
  for (const f of fs.readdirSync(out).filter((n) => n.endsWith('.csv'))) {
    const text = fs.readFileSync(path.join(out, f), 'utf8');
    rows += text.split('\n').filter((l) => l.trim() !== '').length - 1;
    zip.file(f, text);
  }
  const uscc = fs.readFileSync(path.join(out, 'enterprises.csv'), 'utf8').split('\n')[1].split(',')[0];
  return { zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), rows, uscc, folder: out };
}

export interface JobEnd {
  status: string;
  report: string[];
  failure: string | null;
  message: string | null;
  counts: Array<{ name: string; count: number }>;
}

/** Sends an upload as a job and answers with its id at once. */
export async function submitImport(url: string, token: string, zip: Buffer): Promise<string> {
  const res = await fetch(`${url}/import`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: zip });
  const body = (await res.json()) as { jobId?: string };
  if (res.status !== 202 || !body.jobId) throw new Error(`POST /import answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body.jobId;
}

/** Polls the job every second until it ends. */
export async function jobEnd(url: string, token: string, id: string): Promise<JobEnd> {
  for (;;) {
    const res = await fetch(`${url}/import/jobs/${id}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) {
      // The database may be too busy to answer for a moment (503); the job goes on.
      console.error(`[import-job] GET ${id}: ${res.status} ${(await res.text()).slice(0, 200)}`);
    } else {
      const job = (await res.json()) as JobEnd;
      if (!['QUEUED', 'RUNNING'].includes(job.status)) return job;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
