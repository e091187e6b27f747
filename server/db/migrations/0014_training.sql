CREATE TABLE "training_enrollments" (
	"business_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"attendance" text DEFAULT 'pending' NOT NULL,
	"minutes" integer DEFAULT 0 NOT NULL,
	"enrolled_by" uuid,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	CONSTRAINT "training_enrollments_business_id_session_id_pk" PRIMARY KEY("business_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "training_modules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"title" text NOT NULL,
	"topic" text DEFAULT '' NOT NULL,
	"duration_minutes" integer NOT NULL,
	"levers" text[] DEFAULT '{}'::text[] NOT NULL,
	"format" text NOT NULL,
	"materials" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"trainer_name" text DEFAULT '' NOT NULL,
	"capacity" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_tracks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"module_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"completion_percent" integer DEFAULT 80 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "training_enrollments_session_id_index" ON "training_enrollments" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "training_enrollments_case_id_index" ON "training_enrollments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "training_enrollments_program_id_case_id_index" ON "training_enrollments" USING btree ("program_id","case_id");--> statement-breakpoint
CREATE INDEX "training_modules_program_id_title_index" ON "training_modules" USING btree ("program_id","title");--> statement-breakpoint
CREATE INDEX "training_sessions_program_id_starts_at_index" ON "training_sessions" USING btree ("program_id","starts_at");--> statement-breakpoint
CREATE INDEX "training_sessions_module_id_index" ON "training_sessions" USING btree ("module_id");--> statement-breakpoint
CREATE INDEX "training_tracks_program_id_name_index" ON "training_tracks" USING btree ("program_id","name");