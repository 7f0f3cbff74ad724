import { committedSdl, emittedSdl } from '../../src/graphql/print-schema';

describe('schema/schema.graphql', () => {
  it('matches the schema the code emits (run `npm run schema:emit` after changing types)', async () => {
    expect(committedSdl()).toBe(await emittedSdl());
  });
});
