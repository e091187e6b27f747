ALTER TABLE "applicants" DROP COLUMN "eligibility";--> statement-breakpoint
ALTER TABLE "applicants" DROP COLUMN "data";