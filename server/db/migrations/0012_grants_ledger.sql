CREATE TABLE "grant_disbursements" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"tranche" integer NOT NULL,
	"amount_minor" bigint NOT NULL,
	"reverses_id" uuid,
	"paid_on" date NOT NULL,
	"reference" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_disbursements_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"business_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"approved_minor" bigint NOT NULL,
	"disbursed_minor" bigint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grants_business_id_id_pk" PRIMARY KEY("business_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "grant_disbursements_id_index" ON "grant_disbursements" USING btree ("id");--> statement-breakpoint
CREATE INDEX "grant_disbursements_grant_id_index" ON "grant_disbursements" USING btree ("grant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "grant_disbursements_one_reversal" ON "grant_disbursements" USING btree ("reverses_id");--> statement-breakpoint
CREATE UNIQUE INDEX "grants_id_index" ON "grants" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "grants_case_id_index" ON "grants" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "grants_program_id_index" ON "grants" USING btree ("program_id");--> statement-breakpoint
-- Money never goes over its limit: what is disbursed stays between nothing and what was approved.
ALTER TABLE "grants" ADD CONSTRAINT "grants_approved_positive" CHECK ("approved_minor" > 0);--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_disbursed_within_approved" CHECK ("disbursed_minor" >= 0 AND "disbursed_minor" <= "approved_minor");--> statement-breakpoint
ALTER TABLE "grant_disbursements" ADD CONSTRAINT "grant_disbursements_amount_not_zero" CHECK ("amount_minor" <> 0);--> statement-breakpoint
ALTER TABLE "grant_disbursements" ADD CONSTRAINT "grant_disbursements_reversal_is_negative" CHECK (("reverses_id" IS NULL) = ("amount_minor" > 0));--> statement-breakpoint
-- Every entry adds to its grant's total in the same statement: the grant's row lock orders
-- concurrent entries, and the check above refuses the one that would pass the approved amount.
CREATE FUNCTION "grant_disbursements_add_to_grant"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "grants" SET "disbursed_minor" = "disbursed_minor" + NEW."amount_minor", "updated_at" = now()
    WHERE "id" = NEW."grant_id";
  IF NOT FOUND THEN
    RAISE EXCEPTION 'grant % does not exist', NEW."grant_id" USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "grant_disbursements_add" BEFORE INSERT ON "grant_disbursements"
  FOR EACH ROW EXECUTE FUNCTION "grant_disbursements_add_to_grant"();--> statement-breakpoint
-- The ledger is append-only: a correction is a reversing entry.
CREATE FUNCTION "grant_disbursements_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the disbursement ledger is append-only; record a reversing entry instead'
    USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "grant_disbursements_no_change" BEFORE UPDATE OR DELETE ON "grant_disbursements"
  FOR EACH ROW EXECUTE FUNCTION "grant_disbursements_append_only"();
