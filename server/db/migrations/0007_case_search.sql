-- Trigram matching for the case search box (PGlite ships it; on a server it is in contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_text" text GENERATED ALWAYS AS (unaccent_simple("cases"."business_name" || ' ' || "cases"."owner_name")) STORED;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_id_index" ON "cases" USING btree ("id");--> statement-breakpoint
CREATE INDEX "cases_search_text_trgm_index" ON "cases" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_program_id_registered_at_index" ON "cases" USING btree ("program_id","registered_at");--> statement-breakpoint
CREATE INDEX "cases_program_id_last_encounter_on_index" ON "cases" USING btree ("program_id","last_encounter_on");