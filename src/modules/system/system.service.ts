import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config';
import { Neo4jGateway } from '../../db/gateway';
import { migrationStatus } from '../../db/migrate';
import { Injectable } from '../../graphql/scope';
import { ABOUT } from './system.queries';
import type { About } from './system.type';

const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

@Injectable()
export class SystemService {
  constructor(private readonly gw: Neo4jGateway) {}

  async about(): Promise<About> {
    const [row] = await this.gw.read(ABOUT, {});
    const status = await migrationStatus(this.gw);
    return {
      service: pkg.name,
      version: pkg.version,
      neo4jVersion: row?.version ?? 'unknown',
      neo4jEdition: row?.edition ?? 'unknown',
      database: this.gw.database,
      migrationsApplied: status.applied,
      counts: Object.entries(row?.counts ?? {})
        .map(([label, count]) => ({ label, count }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    };
  }
}
