// `npm run preview`: serves the built site (dist/) locally, as a static host would.
import './guard.ts';
import './no-telemetry.ts';
import { preview } from 'astro';

await preview({ root: process.cwd() });
