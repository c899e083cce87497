-- Customer search (the store desk and GET /api/users?q=) finds a customer by any word of the name (a surname as
-- well as a first name), by the start of the email address, or by customer number. Each has an index:
--   * every word of the name, lower-cased, for prefix queries (to_tsquery('simple', 'lars:*')): a GIN index over
--     to_tsvector('simple', ...) of the name with every run of other characters than letters and digits made a
--     space, the same words the service cuts a search text into ("Jean-Luc" is "jean" and "luc"; left to the parser,
--     "Ann-12" would be "ann" and the number "-12"); 'simple' lower-cases and neither stems nor drops words;
--   * the start of the email: a btree on lower(email) with text_pattern_ops, which LIKE 'prefix%' can use whatever
--     the database's collation (users_email_key, on the same expression, keeps emails unique but cannot serve LIKE);
--   * the customer number: the primary key.
-- users_name_idx served only "the name starts with", which the word index covers.
CREATE INDEX users_name_words_idx ON users
    USING gin (to_tsvector('simple', regexp_replace(name, '[^[:alnum:]]+', ' ', 'g')));
CREATE INDEX users_email_prefix_idx ON users (lower(email) text_pattern_ops);
DROP INDEX users_name_idx;
