/** The parsed command line of jd-check. */
export interface CheckArgs {
  profile?: string;
  /** A profile file, or a folder of them, added to the shipped ones (another agency's structure). */
  profiles?: string;
  format: 'text' | 'json' | 'junit' | 'sarif' | 'html' | 'csv';
  catalogue?: string;
  /** The organisation's profile (its house rules), a JSON file. */
  organisation?: string;
  lang: 'et' | 'en';
  export: boolean;
  /** `--compare OLD NEW`: the changes between two versions instead of findings. */
  compare: boolean;
  help: boolean;
  version: boolean;
  files: string[];
}

/** A wrong call: the message is printed above the usage text, exit code 2. */
export class UsageError extends Error {}

const CHOICES: Record<string, readonly string[]> = {
  format: ['text', 'json', 'junit', 'sarif', 'html', 'csv'],
  lang: ['et', 'en'],
};

const WITH_VALUE = ['profile', 'profiles', 'format', 'catalogue', 'organisation', 'lang'];

export function parseArgs(argv: string[]): CheckArgs {
  const args: CheckArgs = { format: 'text', lang: 'et', export: false, compare: false, help: false, version: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--version') args.version = true;
    else if (arg === '--export') args.export = true;
    else if (arg === '--compare') args.compare = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      if (!WITH_VALUE.includes(name)) throw new UsageError(`unknown option ${arg}`);
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new UsageError(`option --${name} needs a value`);
      if (CHOICES[name] && !CHOICES[name].includes(value)) {
        throw new UsageError(`--${name} must be one of ${CHOICES[name].join(', ')} (got "${value}")`);
      }
      (args as unknown as Record<string, string>)[name] = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (!args.help && !args.version && args.files.length === 0) throw new UsageError('no file given');
  if (args.compare && !args.help && !args.version) {
    if (args.files.length !== 2) throw new UsageError(`--compare needs two files, OLD and NEW (got ${args.files.length})`);
    if (!['text', 'json', 'html'].includes(args.format)) throw new UsageError(`--compare prints text, json or html (got "${args.format}")`);
    if (args.export) throw new UsageError('--compare and --export cannot be used together');
  }
  return args;
}

export const USAGE = `Usage: jd-check [options] FILE.docx|FOLDER...
       jd-check --compare [--format text|json|html] OLD NEW

Checks job descriptions (ametijuhendid) in .docx files (a folder: every .docx in it and its subfolders).
With --compare, lists what changed from OLD to NEW, section by section; each is a .docx or a signed
container holding one (.asice, .sce, .bdoc), whose signatures are not validated (DigiDoc4 does that).

Options:
  --profile ametnik|tootaja   structure profile (default: detected from each document)
  --profiles FILE|DIR         more structure profiles (JSON, schema data/schemas/profile.schema.json);
                              one with a shipped profile's id replaces it
  --format text|json|junit|sarif|html|csv
                              output format (default: text); html: one self-contained report
                              for a folder (summary, then by structural unit); csv: its rows
  --catalogue FILE|URL        competency catalogue JSON (default: the shipped one)
  --organisation FILE         the organisation's profile: its house rules (schema
                              data/schemas/organisation.schema.json; default: those in the
                              catalogue, else none: only what every job description needs)
  --lang et|en                message language (default: et)
  --export                    print the structured job description (JSON) instead of findings
  --compare                   compare two versions, OLD and NEW (exit 0; 2 when one cannot be read)
  -h, --help                  show this help
  --version                   show the version

Exit status: 0 no errors, 1 some file has an error finding, 2 a file could not be read or the call is wrong.
`;
