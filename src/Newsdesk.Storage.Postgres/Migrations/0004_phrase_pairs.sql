-- Phrase search. The GIN index over `search` has no word positions, so a phrase of two common words ("el gobierno")
-- made PostgreSQL re-check every publication holding both words. `search_pairs` holds each pair of neighbouring
-- lexemes as one lexeme ("banc 2 españ"), under its own GIN index: a phrase first narrows to the publications
-- holding all of its pairs, and only those are checked against the phrase itself. So a phrase's words must be
-- neighbours, stop words aside ("banco de España" no longer matches "banco grande España", which '<2>' alone would).

-- The pairs of a tsvector: each lexeme with the next one when it is at most three positions further (stop words
-- leave gaps: "banco de España" is 'banc' at 1 and 'españ' at 3), written "lexeme distance lexeme".
CREATE FUNCTION newsdesk_search_pairs(v tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT COALESCE(array_to_tsvector(array_agg(DISTINCT pair)), ''::tsvector)
    FROM (SELECT lexeme || ' ' || (lead(pos) OVER w - pos) || ' ' || lead(lexeme) OVER w AS pair, lead(pos) OVER w - pos AS distance
          FROM (SELECT u.lexeme, p AS pos FROM unnest(v) u, unnest(u.positions) p) t
          WINDOW w AS (ORDER BY pos, lexeme)) pairs
    WHERE distance BETWEEN 1 AND 3
$$;

-- The pairs a phrase query implies: for every "'a' <N> 'b'" in the query's text with N <= 3, the lexeme "a N b",
-- AND-ed; NULL when it implies none (then the phrase is checked without the pairs index).
CREATE FUNCTION newsdesk_phrase_pairs(q tsquery) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    token text;
    previous text := NULL;  -- the lexeme before the operator, if the last two tokens were lexeme, phrase operator
    lexeme text := NULL;    -- the last token when it was a lexeme
    distance int := NULL;   -- the phrase operator's distance when the last token was one
    pairs text[] := '{}';
BEGIN
    FOR token IN SELECT m[1] FROM regexp_matches(q::text, $re$('(?:[^']|'')*'|<(?:\d+|-)>|[&|!()])$re$, 'g') AS m LOOP
        IF left(token, 1) = '''' THEN
            token := replace(substr(token, 2, length(token) - 2), '''''', '''');
            IF previous IS NOT NULL AND distance BETWEEN 1 AND 3 THEN
                pairs := pairs || (previous || ' ' || distance || ' ' || token);
            END IF;
            lexeme := token; previous := NULL; distance := NULL;
        ELSIF token ~ '^<' THEN
            previous := lexeme; lexeme := NULL;
            distance := CASE WHEN token = '<->' THEN 1 ELSE substr(token, 2, length(token) - 2)::int END;
        ELSE
            previous := NULL; lexeme := NULL; distance := NULL;
        END IF;
    END LOOP;
    IF cardinality(pairs) = 0 THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT string_agg(quote_literal(p), ' & ') FROM unnest(pairs) p)::tsquery;
END
$$;

ALTER TABLE publications ADD COLUMN search_pairs TSVECTOR NOT NULL DEFAULT ''::tsvector;
-- Rows of about 3 kB went to TOAST with their tsvector, so every search re-check read 4-5 pages: the word vector now
-- stays in the row (compressed if need be) and the pairs, only read through their index, live out of line.
ALTER TABLE publications ALTER COLUMN search SET STORAGE MAIN, ALTER COLUMN search_pairs SET STORAGE EXTERNAL;
-- ("|| ''" gives a new value, so existing vectors are stored again under the new setting.)
UPDATE publications SET search = search || ''::tsvector, search_pairs = newsdesk_search_pairs(search);
CREATE INDEX publications_search_pairs ON publications USING GIN (search_pairs);
