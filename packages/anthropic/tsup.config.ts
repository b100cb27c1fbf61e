import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.ts';

const main = { index: 'src/index.ts' };
// `./models` (src/model-listing.ts: the model table as the docs list it) is a build of its own, so the main
// entry shares no chunk with it and stays byte for byte what it was: no bundle pays for the listing. The two
// builds run side by side, so the first writes the types of both and leaves `models.*` out of its clean.
const models = { models: 'src/model-listing.ts' };

export default defineConfig([
  { ...libraryBuild, entry: main, dts: { entry: { ...main, ...models }, compilerOptions: { stripInternal: true } }, clean: ['!models.*'] },
  { ...libraryBuild, entry: models, dts: false, clean: false },
]);
