import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Total size in bytes of the files below a folder. */
export function measureFolder(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const stat = statSync(path.join(dir, name));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}
