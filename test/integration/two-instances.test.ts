import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { authTestConfig, tokenFor } from '../support/auth';
import { silentLogger, startDemoService } from '../support/db';
import { gql } from '../support/http';

/**
 * Two service instances on one Neo4j, as behind a load balancer: a write through one is seen by the
 * next read through the other, and the other's caches (kept per graph version) move with it.
 */
describe('two service instances on one database', () => {
  let a: Service;
  let b: Service;
  let planner: string;
  beforeAll(async () => {
    a = await startDemoService(authTestConfig(false));
    b = await startService(authTestConfig(false), silentLogger);
    planner = await tokenFor(Role.PLANNER, '双实例规划员');
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const hjtOn = async (svc: Service): Promise<{ status: string; top: string }> => {
    const d = await gql<{
      chainGaps: { links: Array<{ link: { code: string }; status: string }> };
      rankTargets: { edges: Array<{ node: { enterprise: { uscc: string } } }> };
    }>(
      svc.url,
      '{ chainGaps(industryCode: "NE") { links { link { code } status } } rankTargets(input: {industryCode: "NE", linkCodes: ["NE-HJT"]}, first: 1) { edges { node { enterprise { uscc } } } } }',
      {},
      planner,
    );
    expect(d.errors).toBeUndefined();
    return {
      status: d.data!.chainGaps.links.find((l) => l.link.code === 'NE-HJT')!.status,
      top: d.data!.rankTargets.edges[0].node.enterprise.uscc,
    };
  };

  it('sees a write made through the other instance at once, and moves its cached diagnosis and ranking with it', async () => {
    // Instance B answers (and caches) the diagnosis: 异质结电池 is broken.
    const before = await hjtOn(b);
    expect(before.status).toBe('BROKEN');
    // Through A, a signed project for 异质结电池 by the firm B ranks first.
    const created = await gql<{ createProject: { id: string } }>(
      a.url,
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      {
        i: {
          name: '双实例异质结项目',
          amountYi: 20,
          stage: 'SIGNED',
          on: '2026-03-02',
          industryCode: 'NE',
          investorUscc: before.top,
          linkCodes: ['NE-HJT'],
        },
      },
      planner,
    );
    expect(created.errors).toBeUndefined();
    // B's next read: the project, and the link now being filled (补链中), not the cached BROKEN.
    const project = await gql<{ project: { name: string } }>(
      b.url,
      'query($id: String!) { project(id: $id) { name } }',
      { id: created.data!.createProject.id },
      planner,
    );
    expect(project.data!.project.name).toBe('双实例异质结项目');
    expect((await hjtOn(b)).status).toBe('FILLING');
  });
});
