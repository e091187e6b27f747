CREATE TABLE "case_extra_services" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"service_id" uuid,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_extra_services_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "mentor_assignments" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assigned_by" uuid,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"end_reason" text,
	CONSTRAINT "mentor_assignments_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "mentor_profiles" (
	"program_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"levers" text[] DEFAULT '{}'::text[] NOT NULL,
	"cities" text[] DEFAULT '{}'::text[] NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"capacity" integer NOT NULL,
	"availability" text DEFAULT '' NOT NULL,
	"organization" text DEFAULT '' NOT NULL,
	"organization_kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_profiles_program_id_user_id_pk" PRIMARY KEY("program_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"tasks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_attendees" (
	"session_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"attendance" text DEFAULT 'pending' NOT NULL,
	CONSTRAINT "session_attendees_session_id_case_id_pk" PRIMARY KEY("session_id","case_id")
);
--> statement-breakpoint
ALTER TABLE "plan_activities" ADD COLUMN "service_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "case_extra_services_id_index" ON "case_extra_services" USING btree ("id");--> statement-breakpoint
CREATE INDEX "case_extra_services_case_id_index" ON "case_extra_services" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_extra_services_program_id_kind_index" ON "case_extra_services" USING btree ("program_id","kind");--> statement-breakpoint
CREATE INDEX "mentor_assignments_case_id_index" ON "mentor_assignments" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mentor_assignments_open_per_case" ON "mentor_assignments" USING btree ("case_id") WHERE ended_at is null;--> statement-breakpoint
CREATE INDEX "mentoring_sessions_mentor_id_starts_at_index" ON "mentoring_sessions" USING btree ("mentor_id","starts_at");--> statement-breakpoint
CREATE INDEX "mentoring_sessions_program_id_starts_at_index" ON "mentoring_sessions" USING btree ("program_id","starts_at");--> statement-breakpoint
CREATE INDEX "session_attendees_case_id_index" ON "session_attendees" USING btree ("case_id");