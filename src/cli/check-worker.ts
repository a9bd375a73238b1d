/**
 * The thread jd-check checks files in (see isolate.ts): it takes one input at a time and answers
 * with its report, so that a file that exhausts time or memory ends this thread, not the run.
 */
import { parentPort, workerData } from 'worker_threads';
import { checkFile, type CheckFileOptions } from './check-file';
import type { Input } from './files';

const options = workerData as CheckFileOptions;
parentPort!.on('message', (input: Input) => parentPort!.postMessage(checkFile(input, options)));
parentPort!.postMessage('ready');
