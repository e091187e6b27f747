CREATE TABLE "activity_evidence" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"content_hash" text NOT NULL,
	"stored_name" text NOT NULL,
	"original_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_evidence_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"questionnaire_version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"started_by" uuid,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "diagnoses" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"questionnaire_version" integer NOT NULL,
	"levers" jsonb NOT NULL,
	"levels" jsonb NOT NULL,
	"overall_score" real NOT NULL,
	"original_overall_level" text NOT NULL,
	"overall_level" text NOT NULL,
	"needs_mentor" boolean NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "diagnoses_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "diagnosis_adjustments" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"diagnosis_id" uuid NOT NULL,
	"target" text NOT NULL,
	"from_level" text NOT NULL,
	"to_level" text NOT NULL,
	"reason" text NOT NULL,
	"adjusted_by" uuid,
	"adjusted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "diagnosis_adjustments_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_activities" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"lever" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"week" integer NOT NULL,
	"due_on" date NOT NULL,
	"responsible" text NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"recorded_on" date,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	CONSTRAINT "plan_activities_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"diagnosis_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"weeks" integer NOT NULL,
	"starts_on" date NOT NULL,
	"presented_on" date,
	"owner_priorities" text DEFAULT '' NOT NULL,
	"needs_mentor" boolean NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "questionnaires" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "assessment_settings" jsonb;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "overall_level" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "needs_mentor" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "plan_state" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "plan_completed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_evidence_activity_id_index" ON "activity_evidence" USING btree ("activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_id_index" ON "assessments" USING btree ("id");--> statement-breakpoint
CREATE INDEX "assessments_case_id_index" ON "assessments" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_one_draft_per_case" ON "assessments" USING btree ("case_id") WHERE status = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "diagnoses_id_index" ON "diagnoses" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "diagnoses_assessment_id_index" ON "diagnoses" USING btree ("assessment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "diagnoses_current_per_case" ON "diagnoses" USING btree ("case_id") WHERE is_current;--> statement-breakpoint
CREATE INDEX "diagnosis_adjustments_diagnosis_id_index" ON "diagnosis_adjustments" USING btree ("diagnosis_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_activities_id_index" ON "plan_activities" USING btree ("id");--> statement-breakpoint
CREATE INDEX "plan_activities_plan_id_index" ON "plan_activities" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_id_index" ON "plans" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_current_per_case" ON "plans" USING btree ("case_id") WHERE is_current;--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaires_program_id_version_index" ON "questionnaires" USING btree ("program_id","version");
--> statement-breakpoint
-- A submitted assessment is the snapshot its diagnosis was made from: it never changes again.
CREATE FUNCTION "assessments_frozen_once_submitted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'submitted' THEN
    RAISE EXCEPTION 'assessment % is submitted and cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "assessments_frozen" BEFORE UPDATE ON "assessments"
  FOR EACH ROW EXECUTE FUNCTION "assessments_frozen_once_submitted"();
--> statement-breakpoint
-- The case's plan facts change as assessments and follow-ups come in: room on each page lets
-- those updates stay in place (heap-only tuples) instead of touching every index of cases.
ALTER TABLE "cases" SET (fillfactor = 70);
