// Measure one `astro build` with the environment it is given (`CLIPPINGS_*`): wall time and peak memory per phase,
// printed as JSON after the build's own log. Used to time a single build outside `npm run bench`.
import { measureBuild } from './measure-build.ts';

const measure = await measureBuild({}, { onLine: (line) => console.log(line) });
console.log(JSON.stringify({ status: measure.status, seconds: measure.seconds, peakRssBytes: measure.peakRssBytes, phases: measure.phases, pages: measure.pages }, null, 1));
process.exit(measure.status ?? 1);
