// Astro's API records usage data and sends it to Astro's servers unless told
// not to. A guide for people under surveillance is often built on their own
// machines: no command of this project sends anything anywhere.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
