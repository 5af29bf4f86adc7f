// `npm run bench [-- --pages N]`: build time and weight at scale, against the
// floor of what Astro and Pagefind alone cost on the same corpus.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { benchCorpus, benchLanguages } from '../src/lib/bench-corpus.ts';
import { listFilesUnder } from '../src/integrations/files.ts';

const root = process.cwd();
const work = resolve(root, '.bench');
const { values } = parseArgs({ options: { pages: { type: 'string', multiple: true }, write: { type: 'string' } } });
const sizes = (values.pages ?? ['300', '1200', '3000']).map(Number);

/** Runs a command; returns wall seconds and the peak memory of its whole process tree. */
function measure(command: string, args: string[], env: Record<string, string>): Promise<{ seconds: number; peakMiB: number; output: string }> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		let peak = 0;
		const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
		child.on('close', (code) => {
			clearInterval(timer);
			if (code !== 0) fail(new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-3000)}`));
			else done({ seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024, output });
		});
	});
}

/** Resident memory (KiB) of a process and all its descendants, from /proc. */
function treeRss(pid: number): number {
	try {
		const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
		const children = readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
		return rss + children.reduce((sum, child) => sum + treeRss(child), 0);
	} catch {
		return 0;
	}
}

const gz = (path: string) => (path.endsWith('.pagefind') || path.endsWith('.pf_meta') || path.endsWith('.pf_index') || path.endsWith('.pf_fragment') ? statSync(path).size : gzipSync(readFileSync(path)).length);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function weights(dist: string) {
	const guidePages = listFilesUnder(dist).filter((f) => /^(en|es|fr|ar|zh)\/guide-\d+\/index\.html$/.test(f)).map((f) => join(dist, f));
	const sizes = guidePages.map(gz).sort((a, b) => a - b);
	const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')).languages.en;
	const pf = (name: string) => join(dist, 'pagefind', name);
	const firstIndex = readdirSync(pf('index')).filter((n) => n.startsWith('en_')).sort()[0];
	const fragments = readdirSync(pf('fragment')).filter((n) => n.startsWith('en_')).sort().slice(0, 5);
	// What the browser fetches for the first search (the site runs Pagefind without its worker):
	// the script, the language's wasm, the entry and meta files, one index chunk and five result fragments.
	const firstSearch = [pf('pagefind.js'), pf(`wasm.${entry.wasm ?? 'unknown'}.pagefind`), pf('pagefind-entry.json'), pf(`pagefind.${entry.hash}.pf_meta`), pf(`index/${firstIndex}`), ...fragments.map((f) => pf(`fragment/${f}`))];
	const handbooks = Object.fromEntries(benchLanguages.map((l) => [l.code, gz(join(dist, l.code, 'handbook.html'))]));
	return { min: sizes[0], median: sizes[Math.floor(sizes.length / 2)], max: sizes.at(-1)!, firstSearch: firstSearch.reduce((sum, f) => sum + gz(f), 0), handbooks };
}

const ui = readFileSync(join(root, 'content/en/ui.yml'), 'utf8');
const rows: string[] = [];
const results: { pages: number; ours: number; floor: number }[] = [];
for (const size of sizes) {
	const corpus = join(work, `corpus-${size}`);
	rmSync(corpus, { recursive: true, force: true });
	const { files, pages, guides } = benchCorpus(size, ui);
	for (const [path, text] of files) {
		mkdirSync(dirname(join(corpus, path)), { recursive: true });
		writeFileSync(join(corpus, path), text);
	}
	const out = join(work, `out-${size}`);
	rmSync(out, { recursive: true, force: true });
	const timingsFile = join(work, `timings-${size}.json`);
	console.error(`${size} pages (${guides} guides × ${benchLanguages.length} languages, ${files.size - 2} files): building…`);
	const ours = await measure(process.execPath, [join(root, 'scripts/build.ts')], { RESGUARDO_CONTENT: corpus, RESGUARDO_OUT: join(out, 'dist'), RESGUARDO_TIMINGS: timingsFile, RESGUARDO_QUIET: '1' });
	const stages = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;

	const floorDir = join(work, 'floor');
	rmSync(floorDir, { recursive: true, force: true });
	cpSync(join(root, 'scripts/bench-floor'), floorDir, { recursive: true });
	const floorOut = join(out, 'floor');
	console.error(`${size} pages: building the floor…`);
	const floorAstro = await measure(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', floorDir, '--silent'], { BENCH_CORPUS: corpus, FLOOR_OUT: floorOut, FLOOR_CACHE: join(work, `floor-cache-${size}`) });
	const floorPagefind = await measure(join(root, 'node_modules/.bin/pagefind'), ['--site', floorOut, '--quiet'], {});
	const floorSeconds = floorAstro.seconds + floorPagefind.seconds;

	const w = weights(join(out, 'dist'));
	results.push({ pages, ours: ours.seconds, floor: floorSeconds });
	const s = (name: string) => `${((stages[name] ?? 0) / 1000).toFixed(1)} s`;
	rows.push(
		`| ${pages} | ${ours.seconds.toFixed(1)} s | ${s('contentCheck')} | ${s('astroRendering')} | ${s('pagefind')} | ${s('offlineFiles')} | ${(pages / ours.seconds).toFixed(0)} | ${ours.peakMiB.toFixed(0)} MiB | ${floorSeconds.toFixed(1)} s (${floorAstro.seconds.toFixed(1)} + ${floorPagefind.seconds.toFixed(1)}) | ${Math.max(floorAstro.peakMiB, floorPagefind.peakMiB).toFixed(0)} MiB | **${(ours.seconds / floorSeconds).toFixed(2)}×** | ${kib(w.min)} / ${kib(w.median)} / ${kib(w.max)} | ${kib(w.firstSearch)} | ${Object.entries(w.handbooks).map(([l, b]) => `${l} ${kib(b)}`).join(', ')} |`,
	);
}

const header = [
	'| pages | our build | content checks | Astro rendering | Pagefind | handbooks & offline files | pages/s | peak memory | floor (Astro + Pagefind CLI) | floor peak | ours / floor | guide first view gzip (min / median / max) | first search | handbook gzip per language |',
	'|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
];
const growth =
	results.length > 1
		? `\nTime per page: ${results.map((r) => `${r.pages} pages ${((r.ours / r.pages) * 1000).toFixed(1)} ms`).join(', ')} (ours); ${results.map((r) => `${((r.floor / r.pages) * 1000).toFixed(1)} ms`).join(', ')} (floor).`
		: '';
const machine = `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Astro ${JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version}; Pagefind ${JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')).version}.`;
const report = [machine, '', ...header, ...rows, growth].join('\n');
console.log(report);
if (values.write) writeFileSync(values.write, report);
if (existsSync(work)) console.error(`Corpora and builds are in ${work} (ignored by git).`);
