import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../modules/demo/demo.repo.ts';

/** The demo sign-ins as printed by `palanca serve` and `palanca demo`. */
export function demoAccountLines(): string[] {
  return [
    `Demo sign-ins, password "${DEMO_PASSWORD}":`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(34)} ${a.description}`),
  ];
}
