-- A return names the pair it closed. A return that arrives before its purchase (events from several devices arrive
-- out of order) stays unmatched until the purchase comes in, which then takes the earliest unmatched return at or
-- after it; "unmatched" is a return interaction no purchase names here. One return closes one pair.
ALTER TABLE purchases
    ADD COLUMN return_interaction_id bigint REFERENCES interactions (id),
    ADD CONSTRAINT purchases_return_interaction_key UNIQUE (return_interaction_id);

-- Pairs closed before this migration: name the return of that shoe at the closing instant, so that it is not taken
-- a second time. Where two pairs were closed at one instant, each gets its own return (or none).
WITH closed AS (
    SELECT p.id, p.user_id, p.shoe_id, p.returned_at,
           row_number() OVER (PARTITION BY p.user_id, p.shoe_id, p.returned_at ORDER BY p.id) AS n
    FROM purchases p
    WHERE p.returned_at IS NOT NULL),
returns AS (
    SELECT r.id, r.user_id, r.shoe_id, r.occurred_at,
           row_number() OVER (PARTITION BY r.user_id, r.shoe_id, r.occurred_at ORDER BY r.id) AS n
    FROM interactions r
    WHERE r.kind = 'return')
UPDATE purchases p SET return_interaction_id = r.id
FROM closed c
JOIN returns r ON r.user_id = c.user_id AND r.shoe_id = c.shoe_id AND r.occurred_at = c.returned_at AND r.n = c.n
WHERE p.id = c.id;
