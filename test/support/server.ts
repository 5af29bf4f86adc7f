import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
};

/** A plain static host on loopback, like the ones organisations deploy dist/ to. */
export async function serveStatic(root: string): Promise<{ origin: string; server: Server }> {
	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let path = normalize(join(root, pathname));
		if (!path.startsWith(root)) path = join(root, '404.html');
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		const found = existsSync(path);
		const file = found ? path : join(root, '404.html');
		response.writeHead(found ? 200 : 404, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, server };
}
