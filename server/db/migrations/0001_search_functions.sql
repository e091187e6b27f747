-- Accent- and case-insensitive matching without the unaccent extension (PGlite ships without it).
CREATE OR REPLACE FUNCTION unaccent_simple(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(lower(value), 'áàäâãéèëêíìïîóòöôõúùüûñç', 'aaaaaeeeeiiiiooooouuuunc') $$;
