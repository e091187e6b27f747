CREATE TABLE "encounter_attachments" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"encounter_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"stored_name" text NOT NULL,
	"original_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "encounter_attachments_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE INDEX "encounter_attachments_case_id_index" ON "encounter_attachments" USING btree ("case_id");