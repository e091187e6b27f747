CREATE TABLE "service_entities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"kind" text NOT NULL,
	"sector" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"benefit" text DEFAULT '' NOT NULL,
	"scope" text NOT NULL,
	"cities" text[] DEFAULT '{}'::text[] NOT NULL,
	"requirements" text,
	"contact" text,
	"link" text,
	"start_month" text,
	"permanent" boolean DEFAULT false NOT NULL,
	"levers" text[] DEFAULT '{}'::text[] NOT NULL,
	"cost" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_entities" ADD CONSTRAINT "service_entities_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_entity_id_service_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."service_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_entities_program_id_name_key_index" ON "service_entities" USING btree ("program_id","name_key");--> statement-breakpoint
CREATE UNIQUE INDEX "services_entity_id_name_key_index" ON "services" USING btree ("entity_id","name_key");--> statement-breakpoint
CREATE INDEX "services_program_id_index" ON "services" USING btree ("program_id");