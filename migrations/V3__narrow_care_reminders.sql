-- Care reminders are stored narrow. The after-care job writes millions of them (a two-year backlog at the benchmark
-- scale is 7.9M), and every one repeated its shoe's care instructions, a title with the shoe's name and possibly a
-- seasonal tip: hundreds of bytes a row, most of the table, all of it written and logged. A care reminder now keeps
-- only the weather condition of its season in `tip` and leaves title and body null; the service renders them when it
-- reads the notification (io.solemate.aftercare.CareTips), from the shoe as it is then. Replacement suggestions, which
-- name the shoes they suggest, keep their stored text, and so does a care reminder whose stored text rendering would
-- not give back.
--
-- A notification no longer repeats its purchase's owner either. user_id cost a foreign-key check on every insert and
-- fed notifications_user_feed_idx, which the job filled in random order (by customer while it writes by purchase):
-- at the benchmark scale that index alone took the WAL of the first run from 3.1 to 5.8 GB. A customer's feed is read
-- through purchases_user_idx and notifications_once_key, which leads with the purchase.
DROP INDEX notifications_user_feed_idx;

ALTER TABLE notifications
    DROP COLUMN user_id,
    ALTER COLUMN title DROP NOT NULL,
    ALTER COLUMN body DROP NOT NULL,
    ADD COLUMN tip text,
    ADD CONSTRAINT notifications_tip_check CHECK (tip IS NULL OR (tip IN ('wet', 'snowy', 'hot') AND kind = 'care')),
    ADD CONSTRAINT notifications_text_check
        CHECK ((title IS NULL) = (body IS NULL) AND (title IS NOT NULL OR kind = 'care'));

-- Care reminders written before: drop the text where rendering gives it back exactly, so that they read like new
-- ones and take as little room. The tips are those of CareTips when this migration was written, which is what those
-- reminders were written with.
WITH tips (condition, material, text) AS (VALUES
        ('wet', 'leather', 'Wet weeks ahead: work a waterproofing wax or cream into the leather, and let wet pairs dry slowly away from radiators.'),
        ('wet', 'suede', 'Wet weeks ahead: spray a suede protector before you wear them, and brush the nap up again once they are dry.'),
        ('wet', 'nubuck', 'Wet weeks ahead: spray a nubuck protector before you wear them, and brush the nap up again once they are dry.'),
        ('wet', 'mesh', 'Wet weeks ahead: mesh lets water in, so a water-repellent spray helps; stuff wet pairs with paper to dry them.'),
        ('wet', 'knit', 'Wet weeks ahead: a fabric water repellent keeps the knit from soaking through; air-dry wet pairs flat, never in a dryer.'),
        ('wet', 'canvas', 'Wet weeks ahead: a fabric protector spray keeps canvas from soaking and staining; dry wet pairs stuffed with paper.'),
        ('wet', 'synthetic', 'Wet weeks ahead: a water-repellent spray keeps the upper dry; wipe off mud before it dries on.'),
        ('wet', 'rubber', 'Wet weeks ahead: rubber keeps water out, but rinse off grit and check that the soles still grip.'),
        ('snowy', 'leather', 'Snowy weeks ahead: wipe road-salt stains off with a damp cloth (a dash of white vinegar helps) and condition the leather afterwards.'),
        ('snowy', 'suede', 'Snowy weeks ahead: let salt stains dry, then brush them out and lift white rings with a suede eraser; renew the protector.'),
        ('snowy', 'nubuck', 'Snowy weeks ahead: let salt stains dry, then brush them out and lift white rings with a nubuck eraser; renew the protector.'),
        ('snowy', 'mesh', 'Snowy weeks ahead: rinse road salt out of the mesh with lukewarm water before it stiffens, then air-dry.'),
        ('snowy', 'knit', 'Snowy weeks ahead: rinse road salt out of the knit with lukewarm water before it stiffens, then air-dry flat.'),
        ('snowy', 'canvas', 'Snowy weeks ahead: rinse road salt out of the canvas before it leaves tide marks, then air-dry.'),
        ('snowy', 'synthetic', 'Snowy weeks ahead: wipe road salt off the upper and the seams after each wear.'),
        ('snowy', 'rubber', 'Snowy weeks ahead: rinse road salt off after each wear; it dries rubber out until it cracks.'),
        ('hot', 'leather', 'Hot weeks ahead: keep the leather out of direct sun and hot cars so it doesn''t dry out and crack; condition it more often.'),
        ('hot', 'suede', 'Hot weeks ahead: store them out of the sun, which fades suede, and let them air between wears.'),
        ('hot', 'nubuck', 'Hot weeks ahead: store them out of the sun, which fades nubuck, and let them air between wears.'),
        ('hot', 'mesh', 'Hot weeks ahead: let them dry out fully between wears and freshen the insoles; never dry them in the sun or on a heater.'),
        ('hot', 'knit', 'Hot weeks ahead: let them dry out fully between wears and freshen the insoles; heat shrinks knit, so no heaters.'),
        ('hot', 'canvas', 'Hot weeks ahead: air them between wears and wash the insoles; keep white canvas out of the sun so it doesn''t yellow.'),
        ('hot', 'synthetic', 'Hot weeks ahead: don''t leave them in a hot car; heat weakens the glue of synthetic uppers.'),
        ('hot', 'rubber', 'Hot weeks ahead: keep rubber out of direct sun and hot cars; heat softens and deforms it.')),
converted AS (
    SELECT n.id, CASE WHEN n.body = s.care_instructions THEN NULL ELSE t.condition END AS tip
    FROM notifications n
    JOIN purchases p ON p.id = n.purchase_id
    JOIN shoes s ON s.id = p.shoe_id
    LEFT JOIN tips t ON t.material = s.material AND n.body = s.care_instructions || E'\n\n' || t.text
    WHERE n.kind = 'care' AND n.title IS NOT NULL
      AND n.title = 'Time to care for your ' || s.name
      AND (n.body = s.care_instructions OR t.condition IS NOT NULL))
UPDATE notifications n SET title = NULL, body = NULL, tip = c.tip
FROM converted c
WHERE n.id = c.id;
