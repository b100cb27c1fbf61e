import { defineConfig } from 'tsup';
import { perModuleBuilds } from '../../tsup.shared.ts';

export default defineConfig(perModuleBuilds);
