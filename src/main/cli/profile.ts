import type { CommandGroup } from './context';

export const registerProfileCommands: CommandGroup = (program, ctx) => {
  const profile = program.command('profile').description('read and edit your profile');
  profile
    .command('show')
    .description('print the stored profile')
    .option('--json', 'print the whole profile as JSON')
    .action((opts: { json?: boolean }) => {
      const snapshot = ctx.core().profile.get();
      if (opts.json) return ctx.printJson(snapshot.profile);
      if (snapshot.isEmpty) {
        console.log('No profile yet. Open the app (npm run dev) or import a CV: npm run cli -- import <file>');
        return;
      }
      const b = snapshot.profile.basics;
      const place = [b.location.city, b.location.region, b.location.countryCode].filter(Boolean).join(', ');
      for (const [label, value] of [
        ['Name', b.name],
        ['Headline', b.label],
        ['Email', b.email],
        ['Phone', b.phone],
        ['Location', place],
        ['Website', b.url],
        ['Links', b.profiles.map((p) => p.url).join(', ')],
      ] as const) {
        if (value) console.log(`${label.padEnd(9)} ${value}`);
      }
      if (b.summary) console.log(`\n${b.summary}`);
      console.log(`\nLast saved ${snapshot.updatedAt ?? 'never'}`);
    });
};
