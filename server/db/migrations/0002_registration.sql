CREATE TABLE "applicant_documents" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"applicant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"stored_name" text NOT NULL,
	"original_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"rejection_reason" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applicant_documents_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "applicant_flags" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"applicant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"other_applicant_id" uuid,
	"other_case_id" uuid,
	"score" integer,
	"status" text DEFAULT 'open' NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"resolution_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applicant_flags_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "applicants" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"confirmation_code" text NOT NULL,
	"channel" text NOT NULL,
	"registered_by" uuid,
	"data" jsonb NOT NULL,
	"document_type" text NOT NULL,
	"document_number" text NOT NULL,
	"phone" text NOT NULL,
	"full_name" text NOT NULL,
	"territory_code" text NOT NULL,
	"municipality_code" text NOT NULL,
	"locality_code" text,
	"sex" text NOT NULL,
	"consent_version" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"verdict" text DEFAULT 'pending' NOT NULL,
	"eligibility" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rules_version" integer NOT NULL,
	"priority_score" integer DEFAULT 0 NOT NULL,
	"priority_groups" text[] DEFAULT '{}' NOT NULL,
	"previous_beneficiary" boolean,
	"blocked" boolean DEFAULT false NOT NULL,
	"selection" text DEFAULT 'none' NOT NULL,
	"selection_rank" integer,
	"selection_decision_id" uuid,
	"case_id" uuid,
	"import_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applicants_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "call_rule_versions" (
	"call_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_rule_versions_call_id_version_pk" PRIMARY KEY("call_id","version")
);
--> statement-breakpoint
CREATE TABLE "call_territories" (
	"call_id" uuid NOT NULL,
	"territory_code" text NOT NULL,
	"goal" integer NOT NULL,
	CONSTRAINT "call_territories_call_id_territory_code_pk" PRIMARY KEY("call_id","territory_code")
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"rules_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"territory_code" text NOT NULL,
	"rules_version" integer NOT NULL,
	"tie_break_rule" text NOT NULL,
	"goal" integer NOT NULL,
	"selected_count" integer NOT NULL,
	"waitlisted_count" integer NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_rule_versions" ADD CONSTRAINT "call_rule_versions_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_territories" ADD CONSTRAINT "call_territories_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applicant_documents_applicant_id_index" ON "applicant_documents" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "applicant_flags_applicant_id_index" ON "applicant_flags" USING btree ("applicant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applicants_confirmation_code_index" ON "applicants" USING btree ("confirmation_code");--> statement-breakpoint
CREATE INDEX "applicants_call_id_territory_code_verdict_index" ON "applicants" USING btree ("call_id","territory_code","verdict");--> statement-breakpoint
CREATE INDEX "applicants_organization_id_document_number_index" ON "applicants" USING btree ("organization_id","document_number");--> statement-breakpoint
CREATE INDEX "applicants_organization_id_phone_index" ON "applicants" USING btree ("organization_id","phone");--> statement-breakpoint
CREATE INDEX "applicants_call_id_submitted_at_index" ON "applicants" USING btree ("call_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "calls_code_index" ON "calls" USING btree ("code");--> statement-breakpoint
CREATE INDEX "calls_program_id_index" ON "calls" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "selection_decisions_call_id_territory_code_index" ON "selection_decisions" USING btree ("call_id","territory_code");