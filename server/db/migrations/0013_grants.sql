CREATE TABLE "grant_policies" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"insurer" text NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"insured_minor" bigint NOT NULL,
	"document_id" uuid,
	"document_stored_name" text,
	"document_original_name" text,
	"document_mime_type" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_policies_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "grant_receipts" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"issued_on" date NOT NULL,
	"supplier" text DEFAULT '' NOT NULL,
	"stored_name" text NOT NULL,
	"original_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_receipts_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "investment_items" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_cost_minor" bigint NOT NULL,
	"supplier" text DEFAULT '' NOT NULL,
	CONSTRAINT "investment_items_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "investment_plans" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"built_by" uuid,
	"accepted_on" date,
	"accepted_via" text,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investment_plans_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "grant_settings" jsonb;--> statement-breakpoint
ALTER TABLE "grants" ADD COLUMN "executed_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "grants" ADD COLUMN "plan_id" uuid;--> statement-breakpoint
ALTER TABLE "grants" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "grants" ADD COLUMN "settled_on" date;--> statement-breakpoint
ALTER TABLE "grants" ADD COLUMN "to_return_minor" bigint;--> statement-breakpoint
ALTER TABLE "grants" ADD COLUMN "settlement_note" text;--> statement-breakpoint
ALTER TABLE "grants" ADD COLUMN "settled_by" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "grant_policies_case_id_index" ON "grant_policies" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "grant_receipts_id_index" ON "grant_receipts" USING btree ("id");--> statement-breakpoint
CREATE INDEX "grant_receipts_grant_id_index" ON "grant_receipts" USING btree ("grant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "investment_items_id_index" ON "investment_items" USING btree ("id");--> statement-breakpoint
CREATE INDEX "investment_items_plan_id_index" ON "investment_items" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "investment_plans_id_index" ON "investment_plans" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "investment_plans_case_id_index" ON "investment_plans" USING btree ("case_id");--> statement-breakpoint
ALTER TABLE "investment_items" ADD CONSTRAINT "investment_items_positive" CHECK ("quantity" > 0 AND "unit_cost_minor" > 0);--> statement-breakpoint
ALTER TABLE "grant_receipts" ADD CONSTRAINT "grant_receipts_positive" CHECK ("amount_minor" > 0);--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_executed_not_negative" CHECK ("executed_minor" >= 0);
