ALTER TABLE "applicants" ADD COLUMN "first_names" text;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "last_names" text;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "birth_date" date;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "head_of_household_mother" boolean;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "disability" boolean;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "conflict_victim" boolean;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "ethnic_group" text;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "business_name" text;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "ciiu_code" text;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "business_started_on" date;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "has_premises" boolean;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "has_rut" boolean;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "has_chamber_registration" boolean;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "workers_total" integer;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "workers_women" integer;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "monthly_sales" bigint;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "green_practices" boolean;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "cultural_creative" boolean;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "criteria_outcomes" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- Move existing applications out of the JSON document into the new columns.
UPDATE "applicants" SET "first_names" = data->'owner'->>'firstNames', "last_names" = data->'owner'->>'lastNames', "birth_date" = (data->'owner'->>'birthDate')::date, "email" = data->'owner'->>'email', "address" = data->'owner'->>'address', "head_of_household_mother" = (data->'owner'->>'headOfHouseholdMother')::boolean, "disability" = (data->'owner'->>'disability')::boolean, "conflict_victim" = (data->'owner'->>'conflictVictim')::boolean, "ethnic_group" = data->'owner'->>'ethnicGroup', "business_name" = data->'business'->>'name', "ciiu_code" = data->'business'->>'ciiuCode', "business_started_on" = (data->'business'->>'startedOn')::date, "has_premises" = (data->'business'->>'hasPremises')::boolean, "has_rut" = (data->'business'->>'hasRut')::boolean, "has_chamber_registration" = (data->'business'->>'hasChamberRegistration')::boolean, "workers_total" = (data->'business'->>'workersTotal')::integer, "workers_women" = (data->'business'->>'workersWomen')::integer, "monthly_sales" = (data->'business'->>'monthlySales')::bigint, "green_practices" = (data->'business'->>'greenPractices')::boolean, "cultural_creative" = (data->'business'->>'culturalCreative')::boolean, "criteria_outcomes" = array(select e->>'outcome' from jsonb_array_elements(eligibility) e);--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "first_names" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "last_names" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "birth_date" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "address" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "business_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "ciiu_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "business_started_on" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "has_premises" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "has_rut" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "has_chamber_registration" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "workers_total" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "workers_women" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "monthly_sales" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "green_practices" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ALTER COLUMN "cultural_creative" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "applicants_id_index" ON "applicants" USING btree ("id");
