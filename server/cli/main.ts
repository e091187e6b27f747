import { Command, Option } from 'commander';
import { ROLES } from '../../shared/roles.ts';
import { loadConfig } from '../config.ts';
import { backupEmbedded, restoreEmbedded } from '../db/backup.ts';
import { openConfiguredDatabase } from '../runtime.ts';
import { serve } from './serve.ts';
import { createUserCommand } from './user-create.ts';
import { importApplicantsCommand } from './import-applicants.ts';
import { isDatabaseEmpty, loadDemo } from '../modules/demo/demo.repo.ts';
import { demoAccountLines } from './demo-accounts.ts';
import { reportBulletinCommand } from './report.ts';

const program = new Command();
program
  .name('palanca')
  .description('Palanca: run micro- and small-business support programs end to end.')
  .showHelpAfterError();

program
  .command('serve')
  .description(
    'Start the web server (migrates the database; loads the demo into an empty embedded database)',
  )
  .option('--no-demo', 'do not load the demo program into an empty embedded database')
  .action(async (opts: { demo: boolean }) => {
    await serve({ config: loadConfig(), demo: opts.demo });
  });

program
  .command('migrate')
  .description('Apply pending database migrations and exit')
  .action(async () => {
    const database = await openConfiguredDatabase(loadConfig());
    await database.close();
    console.log(`Migrations applied (${database.kind}).`);
  });

program
  .command('demo')
  .description('Load the demo program (refuses a database that already has data)')
  .action(async () => {
    const database = await openConfiguredDatabase(loadConfig());
    try {
      if (!(await isDatabaseEmpty(database.db)))
        throw new Error('The database already has data; the demo loads only into an empty one.');
      const config = loadConfig();
      const summary = await loadDemo({
        db: database.db,
        dataDir: config.dataDir,
        log: (m) => console.log(m),
      });
      console.log(
        `Demo loaded: ${summary.businesses} businesses, ${summary.cases} cases, ${summary.users} users.`,
      );
      console.log(demoAccountLines().join('\n'));
    } finally {
      await database.close();
    }
  });

const user = program.command('user').description('Manage users');
user
  .command('create')
  .description('Create a user (and the organization if it does not exist yet)')
  .requiredOption('--email <email>', 'email address (sign-in name)')
  .requiredOption('--name <name>', 'full name')
  .addOption(
    new Option('--password <password>', 'password (8–128 characters); prefer PALANCA_PASSWORD').env(
      'PALANCA_PASSWORD',
    ),
  )
  .option('--organization <slug>', 'organization slug (defaults to the only one)')
  .option(
    '--organization-name <name>',
    'create the organization with this name if the slug does not exist',
  )
  .option('--admin', 'organization administrator', false)
  .option('--program <code>', 'program code to give a role in')
  .addOption(new Option('--role <role>', 'role in the program').choices(ROLES))
  .option('--cities <codes>', 'territory scope: comma-separated DIVIPOLA municipality codes')
  .option('--locale <locale>', 'es or en', 'es')
  .action(createUserCommand);

program
  .command('import')
  .description('Import data from a spreadsheet')
  .command('applicants')
  .description(
    'Import applicants into a call from .xlsx or .csv (all or nothing; every bad row is listed)',
  )
  .requiredOption('--call <code>', 'code of the call')
  .addOption(
    new Option('--lang <lang>', 'language of the messages').choices(['es', 'en']).default('es'),
  )
  .argument(
    '<file>',
    'the .xlsx or .csv file (the template is at /api/programs/…/applicants/template)',
  )
  .action(importApplicantsCommand);

program
  .command('report')
  .description('Write reports')
  .command('bulletin')
  .description('Write the bulletin of a program at an as-of date (HTML, PDF, .xlsx or JSON)')
  .requiredOption('--program <code>', 'code of the program')
  .requiredOption('--as-of <date>', 'as-of date, YYYY-MM-DD (figures as of the end of that day)')
  .addOption(
    new Option('--format <format>', 'output format')
      .choices(['html', 'pdf', 'xlsx', 'json'])
      .default('pdf'),
  )
  .requiredOption('--out <file>', 'file to write')
  .addOption(
    new Option('--language <language>', 'language of the bulletin')
      .choices(['es', 'en'])
      .default('es'),
  )
  .option('--city <code>', 'only this city (DIVIPOLA municipality code)')
  .option('--organization <slug>', 'organization of the program, when several share its code')
  .action(reportBulletinCommand);

program
  .command('backup')
  .description('Write a backup of the embedded database to <file> (stop the server first)')
  .argument('<file>', 'backup file to write (.tar.gz)')
  .action(async (file: string) => {
    const config = loadConfig();
    if (config.databaseUrl)
      throw new Error('DATABASE_URL is set: back up PostgreSQL with pg_dump (see the README).');
    const { bytes } = await backupEmbedded({ dataDir: config.dataDir, file });
    console.log(`Backup written to ${file} (${bytes} bytes).`);
  });

program
  .command('restore')
  .description('Restore the embedded database from a backup file (stop the server first)')
  .argument('<file>', 'backup file made by `palanca backup`')
  .option('--force', 'replace the existing embedded database', false)
  .action(async (file: string, opts: { force: boolean }) => {
    const config = loadConfig();
    if (config.databaseUrl)
      throw new Error('DATABASE_URL is set: restore PostgreSQL with pg_restore (see the README).');
    await restoreEmbedded({ dataDir: config.dataDir, file, force: opts.force });
    console.log(`Restored ${file} into ${config.dataDir}.`);
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(`palanca: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
