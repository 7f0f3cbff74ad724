import { committedSdl, emittedSdl } from '../../src/schema';

describe('schema/schema.graphql', () => {
  it('matches the schema the code emits (run `npm run schema:emit` after changing types)', async () => {
    expect(committedSdl()).toBe(await emittedSdl());
  });
});
