// `npm run typecheck` first has Astro write the types of its virtual modules
// (astro:content), which a fresh clone does not have yet. Through Astro's API
// rather than its command line, which would also send usage data to Astro.
import './guard.ts';
import './no-telemetry.ts';
import { sync } from 'astro';

await sync({ root: process.cwd(), logLevel: 'error' });
