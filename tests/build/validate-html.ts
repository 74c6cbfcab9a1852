import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The Nu HTML Checker (vnu.jar, shipped in the `vnu-jar` npm package); it runs on a Java runtime. */
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

/** Whether a Java runtime is on the PATH: `.ci/run` installs one (Debian's `default-jre-headless`). */
export const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

/** One error the checker reports. */
export interface HtmlError {
  file: string;
  line?: number;
  message: string;
  extract?: string;
}

/** Check files with the Nu HTML Checker, as the W3C's validator does; its errors (warnings aside). */
export function validateHtml(files: string[]): HtmlError[] {
  const result = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  // The checker writes its report to stderr, and exits 1 when it found errors.
  const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: { type: string; url: string; lastLine?: number; message: string; extract?: string }[] };
  return report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => ({ file: decodeURIComponent(message.url.replace(/^file:/, '')), line: message.lastLine, message: message.message, extract: message.extract }));
}
