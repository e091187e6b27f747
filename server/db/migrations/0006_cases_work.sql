CREATE TABLE "case_events" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "case_events_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "encounters" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"mode" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"next_step_due_on" date,
	"stage" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "encounters_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "case_settings" jsonb;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "business_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "owner_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "priority_groups" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "stage_entered_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "encounter_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "encounters_in_stage" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "last_encounter_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "next_step" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "next_step_due_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "withdrawal_note" text;--> statement-breakpoint
CREATE INDEX "case_events_case_id_at_index" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_events_program_id_kind_index" ON "case_events" USING btree ("program_id","kind");--> statement-breakpoint
CREATE INDEX "encounters_case_id_occurred_on_index" ON "encounters" USING btree ("case_id","occurred_on");--> statement-breakpoint
CREATE INDEX "cases_program_id_stage_business_name_index" ON "cases" USING btree ("program_id","stage","business_name");--> statement-breakpoint
CREATE INDEX "cases_program_id_business_name_index" ON "cases" USING btree ("program_id","business_name");--> statement-breakpoint
-- Existing cases: names from their business and owner; the stage entered when they registered.
UPDATE "cases" SET
  "business_name" = b."name",
  "owner_name" = coalesce((SELECT o."first_names" || ' ' || o."last_names" FROM "owners" o WHERE o."business_id" = b."id" LIMIT 1), ''),
  "stage_entered_at" = "cases"."registered_at"
FROM "businesses" b WHERE b."id" = "cases"."business_id";
