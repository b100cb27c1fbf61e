import { describeTransportHardening } from './hardening-transport.test-support';

describeTransportHardening('node:http (the Node default, decision 0012)', false);
