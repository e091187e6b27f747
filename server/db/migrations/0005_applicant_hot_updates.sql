DROP INDEX "applicants_call_id_territory_code_verdict_index";--> statement-breakpoint
CREATE INDEX "applicants_call_id_territory_code_index" ON "applicants" USING btree ("call_id","territory_code");--> statement-breakpoint
-- Half of each page stays free so that re-evaluating or selecting a whole call updates rows in
-- place (heap-only tuples) instead of adding an entry to every index for each of them.
ALTER TABLE "applicants" SET (fillfactor = 50);
