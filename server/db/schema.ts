export * from '../modules/auth/auth.table.ts';
export * from '../modules/programs/territories.table.ts';
export * from '../modules/programs/programs.table.ts';
export * from '../modules/cases/cases.table.ts';
export * from '../modules/audit/audit.table.ts';
export * from '../modules/registration/registration.table.ts';
export * from '../modules/assessment/assessment.table.ts';
export * from '../modules/services/services.table.ts';
