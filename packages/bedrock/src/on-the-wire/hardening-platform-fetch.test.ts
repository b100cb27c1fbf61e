import { vi } from 'vitest';
import { describeTransportHardening } from './hardening-transport.test-support';

// The default outside Node: the global fetch (undici here), which decompresses and would follow redirects on its own.
vi.mock('#platform-fetch', () => import('../platform-fetch'));

describeTransportHardening('fetch (the default outside Node)', true);
