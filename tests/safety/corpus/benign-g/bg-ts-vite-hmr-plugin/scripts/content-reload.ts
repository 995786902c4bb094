import type { Plugin } from 'vite';
import { resolve } from 'node:path';

export default function contentReload(dir: string): Plugin {
  return {
    name: 'content-reload',
    configureServer(server) {
      const root = resolve(server.config.root, dir);
      server.watcher.add(root);
      server.watcher.on('change', (file) => {
        if (file.startsWith(root)) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
