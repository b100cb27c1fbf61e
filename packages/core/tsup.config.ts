import { defineConfig } from 'tsup';
import { libraryBuild, moduleBuild } from '../../tsup.shared.ts';

export default defineConfig([libraryBuild, moduleBuild()]);
