import { defineConfig } from 'tsup';
import { keepModulesOnClean, libraryBuild, moduleBuild } from '../../tsup.shared.ts';

export default defineConfig([{ ...libraryBuild, clean: keepModulesOnClean }, moduleBuild()]);
