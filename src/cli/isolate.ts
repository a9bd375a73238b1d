import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { CheckFileOptions } from './check-file';
import type { Input } from './files';
import type { FileReport } from './format/types';
import { oneLine } from './terminal';

export interface IsolationLimits {
  /** Longest a file may take to read and check. */
  timeoutMs: number;
  /** Most heap the checking thread may use. */
  maxMemoryMb: number;
}

/** Within the goal of 5 s and 600 MB for jd-check on one file, with room for the thread's start and the report. */
export const DEFAULT_ISOLATION: IsolationLimits = { timeoutMs: 3000, maxMemoryMb: 320 };

/**
 * Checks files one by one in a worker thread with a time and a memory limit. A file that passes
 * either ends the thread and gets a one-line reason; the next file gets a new thread, so the other
 * files are still reported however hostile one of them is (rules run synchronously, so only a
 * thread of their own can be stopped).
 */
export class IsolatedChecker {
  private worker?: Worker;
  private ready?: Promise<void>;

  constructor(
    private readonly options: CheckFileOptions,
    private readonly limits: IsolationLimits = DEFAULT_ISOLATION,
  ) {}

  private start(): { worker: Worker; ready: Promise<void> } {
    const compiled = path.join(__dirname, 'check-worker.js');
    // Compiled (lib/) the worker is plain JavaScript; from the sources (ts-node) it is compiled on load.
    const worker = fs.existsSync(compiled)
      ? new Worker(compiled, this.settings())
      : new Worker(`require('ts-node').register({ transpileOnly: true }); require(${JSON.stringify(path.join(__dirname, 'check-worker.ts'))});`, { ...this.settings(), eval: true });
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    this.worker = worker;
    this.ready = ready;
    return { worker, ready };
  }

  private settings() {
    return { workerData: this.options, resourceLimits: { maxOldGenerationSizeMb: this.limits.maxMemoryMb, maxYoungGenerationSizeMb: 32 } };
  }

  private stop(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.ready = undefined;
  }

  async check(input: Input): Promise<FileReport> {
    const { file } = input;
    const { lang } = this.options;
    if (input.error) return { file, error: input.error[lang] };
    const { worker, ready } = this.worker && this.ready ? { worker: this.worker, ready: this.ready } : this.start();
    await ready;
    return new Promise<FileReport>((resolve) => {
      const finish = (report: FileReport, stop: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (stop) this.stop();
        resolve(report);
      };
      const seconds = this.limits.timeoutMs / 1000;
      const timer = setTimeout(() => {
        const reason = {
          et: `faili kontroll võttis üle ${String(seconds).replace('.', ',')} s ja katkestati (dokument on harukordselt suur või korduv)`,
          en: `checking the file took more than ${seconds} s and was stopped (the document is unusually large or repetitive)`,
        };
        finish({ file, error: reason[lang] }, true);
      }, this.limits.timeoutMs);
      const onMessage = (report: FileReport) => finish(report, false);
      const onError = (e: Error & { code?: string }) => {
        const reason = e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { et: `faili kontroll vajas üle ${this.limits.maxMemoryMb} MB mälu ja katkestati`, en: `checking the file needed more than ${this.limits.maxMemoryMb} MB of memory and was stopped` }
          : { et: oneLine(e), en: oneLine(e) };
        finish({ file, error: reason[lang] }, true);
      };
      const onExit = () => finish({ file, error: lang === 'et' ? 'kontrolliv lõim lõppes ootamatult' : 'the checking thread ended unexpectedly' }, true);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(input);
    });
  }

  /** Ends the thread (the process can then exit). */
  close(): Promise<number> | undefined {
    const w = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    return w?.terminate();
  }
}
