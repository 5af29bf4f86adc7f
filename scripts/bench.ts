// `npm run bench [-- --pages N]`: build time and weight at scale, against the
// floor of what Astro and Pagefind alone cost on the same corpus.
import './guard.ts';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { benchCorpus, benchLanguages } from './bench-corpus.ts';
import { listFilesUnder } from '../test/support/dist.ts';

const root = process.cwd();
const work = resolve(root, '.bench');
const { values } = parseArgs({ options: { pages: { type: 'string', multiple: true }, runs: { type: 'string' }, write: { type: 'string' } } });
const sizes = (values.pages ?? ['300', '1200', '3000']).map(Number);
// Each build runs this many times, ours and the floor's in turn; the fastest
// run counts (a shared machine only ever slows a run down), and the highest
// memory peak.
const runs = Math.max(1, Number(values.runs ?? 2));

interface Run {
	seconds: number;
	peakMiB: number;
	output: string;
}

/** Runs a command; returns wall seconds and the peak memory of its whole process tree. */
function measure(command: string, args: string[], env: Record<string, string>): Promise<Run> {
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

/**
 * The most a first search in `lang` can download from a Pagefind bundle (the
 * site runs Pagefind without its worker): the script, the language's
 * WebAssembly, the entry and meta files, its largest index chunk and its five
 * largest result fragments.
 */
function firstSearch(pagefindDir: string, lang: string): number {
	const pf = (name: string) => join(pagefindDir, name);
	const entry = JSON.parse(readFileSync(pf('pagefind-entry.json'), 'utf8')).languages[lang];
	const largest = (folder: string, count: number) =>
		readdirSync(pf(folder))
			.filter((n) => n.startsWith(`${lang}_`))
			.map((n) => gz(pf(`${folder}/${n}`)))
			.sort((a, b) => b - a)
			.slice(0, count);
	const files = [pf('pagefind.js'), pf(`wasm.${entry.wasm ?? 'unknown'}.pagefind`), pf('pagefind-entry.json'), pf(`pagefind.${entry.hash}.pf_meta`)];
	return [...files.map(gz), ...largest('index', 1), ...largest('fragment', 5)].reduce((sum, bytes) => sum + bytes, 0);
}

function weights(dist: string, floor: string) {
	const guidePages = listFilesUnder(dist).filter((f) => /^(en|es|fr|ar|zh)\/guide-\d+\/index\.html$/.test(f)).map((f) => join(dist, f));
	const sizes = guidePages.map(gz).sort((a, b) => a - b);
	const handbooks = Object.fromEntries(
		benchLanguages.map((l) => {
			const parts = listFilesUnder(dist, l.code).filter((f) => /^[a-z]+\/handbook(-\d+)?\.html$/.test(f)).map((f) => gz(join(dist, f)));
			return [l.code, { parts: parts.length, largest: Math.max(...parts) }];
		}),
	);
	const search = (dir: string) => Math.max(...benchLanguages.map((l) => firstSearch(join(dir, 'pagefind'), l.code)));
	return { min: sizes[0], median: sizes[Math.floor(sizes.length / 2)], max: sizes.at(-1)!, firstSearch: search(dist), floorFirstSearch: search(floor), handbooks };
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
	const floorDir = join(work, 'floor');
	rmSync(floorDir, { recursive: true, force: true });
	cpSync(join(root, 'scripts/bench-floor'), floorDir, { recursive: true });
	const floorOut = join(out, 'floor');
	// Every run is a cold build, as on a fresh CI machine: no cache of an earlier one.
	const ourCache = join(root, 'node_modules/.astro', createHash('sha256').update(corpus).digest('hex').slice(0, 8));
	const floorCache = join(work, `floor-cache-${size}`);

	let fastest: { ours: Run; stages: Record<string, number> } | undefined;
	let floorFastest: { floorAstro: Run; floorPagefind: Run } | undefined;
	let oursPeak = 0;
	let floorPeak = 0;
	for (let run = 1; run <= runs; run++) {
		console.error(`${size} pages (${guides} guides × ${benchLanguages.length} languages, ${files.size - 2} files), run ${run} of ${runs}: building…`);
		rmSync(ourCache, { recursive: true, force: true });
		// No earlier site to swap out and delete, as for the floor.
		rmSync(join(out, 'dist'), { recursive: true, force: true });
		const ours = await measure(process.execPath, [join(root, 'scripts/build.ts'), '--out', join(out, 'dist'), '--timings', timingsFile, '--quiet'], { RESGUARDO_CONTENT: corpus });
		const stages = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;
		console.error(`${size} pages, run ${run} of ${runs}: building the floor…`);
		rmSync(floorCache, { recursive: true, force: true });
		rmSync(floorOut, { recursive: true, force: true });
		const floorAstro = await measure(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', floorDir, '--silent'], { BENCH_CORPUS: corpus, FLOOR_OUT: floorOut, FLOOR_CACHE: floorCache });
		const floorPagefind = await measure(join(root, 'node_modules/.bin/pagefind'), ['--site', floorOut, '--quiet'], {});
		oursPeak = Math.max(oursPeak, ours.peakMiB);
		floorPeak = Math.max(floorPeak, floorAstro.peakMiB, floorPagefind.peakMiB);
		if (!fastest || ours.seconds < fastest.ours.seconds) fastest = { ours, stages };
		const floorTime = (run: { floorAstro: Run; floorPagefind: Run }) => run.floorAstro.seconds + run.floorPagefind.seconds;
		if (!floorFastest || floorTime({ floorAstro, floorPagefind }) < floorTime(floorFastest)) floorFastest = { floorAstro, floorPagefind };
	}
	const { ours, stages } = fastest!;
	const { floorAstro, floorPagefind } = floorFastest!;
	const floorSeconds = floorAstro.seconds + floorPagefind.seconds;

	const w = weights(join(out, 'dist'), floorOut);
	results.push({ pages, ours: ours.seconds, floor: floorSeconds });
	const s = (name: string) => `${((stages[name] ?? 0) / 1000).toFixed(1)} s`;
	rows.push(
		`| ${pages} | ${ours.seconds.toFixed(1)} s | ${s('contentCheck')} | ${s('astroRendering')} | ${s('offlineFiles')} | ${s('pagefind')} | ${(pages / ours.seconds).toFixed(0)} | ${oursPeak.toFixed(0)} MiB | ${floorSeconds.toFixed(1)} s (${floorAstro.seconds.toFixed(1)} + ${floorPagefind.seconds.toFixed(1)}) | ${floorPeak.toFixed(0)} MiB | **${(ours.seconds / floorSeconds).toFixed(2)}×** | ${kib(w.min)} / ${kib(w.median)} / ${kib(w.max)} | ${kib(w.firstSearch)} (floor ${kib(w.floorFirstSearch)}) | ${Object.entries(w.handbooks).map(([l, h]) => `${l} ${h.parts} × ≤ ${kib(h.largest)}`).join(', ')} |`,
	);
}

const header = [
	'| pages | our build | content checks | Astro rendering | handbooks, policies & offline files (Pagefind alongside) | Pagefind, after those | pages/s | peak memory | floor (Astro + Pagefind CLI) | floor peak | ours / floor | guide first view gzip (min / median / max) | first search, at most | handbook per language: parts × largest gzip |',
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
