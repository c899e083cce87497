-- Issue 13, items 5 and 6: what a shop can sell is a size in stock, and a style groups its colourway listings.
--
-- shoes.style: the style (model) a listing is a colourway of. The writers of the catalog derive it (the sample-store
-- generator, the Adidas/Nike importer) as io.solemate.catalog.Style.key does: the words of the brand, then the words
-- of the name that are not words of the brand, lower-cased, any run of other characters than letters and digits a
-- word break. Shoes listed before this migration get the same key here.
ALTER TABLE shoes ADD COLUMN style text;
UPDATE shoes s SET style = (
    SELECT concat_ws(' ', nullif(b.words, ''), string_agg(t.word, ' ' ORDER BY t.n))
    FROM regexp_split_to_table(trim(both ' ' FROM regexp_replace(lower(s.name), '[^a-z0-9]+', ' ', 'g')), ' ')
             WITH ORDINALITY AS t (word, n)
    WHERE t.word <> '' AND t.word <> ALL (string_to_array(b.words, ' ')))
FROM (SELECT id, trim(both ' ' FROM regexp_replace(lower(name), '[^a-z0-9]+', ' ', 'g')) AS words FROM brands) b
WHERE b.id = s.brand_id;
ALTER TABLE shoes ALTER COLUMN style SET NOT NULL;
ALTER TABLE shoes ADD CONSTRAINT shoes_style_length CHECK (length(style) BETWEEN 1 AND 320);
CREATE INDEX shoes_style_idx ON shoes (style);

-- shoe_sizes.stock: pairs on hand in that size. A shoe in stock before this migration is taken to have one pair in
-- every size it is offered in (the shop knew no better); one out of stock, none.
ALTER TABLE shoe_sizes ADD COLUMN stock integer;
UPDATE shoe_sizes z SET stock = CASE WHEN s.in_stock THEN 1 ELSE 0 END FROM shoes s WHERE s.id = z.shoe_id;
ALTER TABLE shoe_sizes ALTER COLUMN stock SET NOT NULL;
ALTER TABLE shoe_sizes ADD CONSTRAINT shoe_sizes_stock_range CHECK (stock BETWEEN 0 AND 1000000);

-- shoes.in_stock stays (the catalog filter and after-care read it) but is no longer written by hand: it is "some size
-- has stock", recomputed per statement from the sizes a statement touched (COPY included), so the two never disagree.
CREATE FUNCTION shoes_in_stock_from_sizes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE shoes s SET in_stock = EXISTS (SELECT 1 FROM shoe_sizes z WHERE z.shoe_id = s.id AND z.stock > 0)
    WHERE s.id IN (SELECT shoe_id FROM touched);
    RETURN NULL;
END $$;
CREATE TRIGGER shoe_sizes_insert_stock AFTER INSERT ON shoe_sizes REFERENCING NEW TABLE AS touched
    FOR EACH STATEMENT EXECUTE FUNCTION shoes_in_stock_from_sizes();
CREATE TRIGGER shoe_sizes_update_stock AFTER UPDATE ON shoe_sizes REFERENCING NEW TABLE AS touched
    FOR EACH STATEMENT EXECUTE FUNCTION shoes_in_stock_from_sizes();
CREATE TRIGGER shoe_sizes_delete_stock AFTER DELETE ON shoe_sizes REFERENCING OLD TABLE AS touched
    FOR EACH STATEMENT EXECUTE FUNCTION shoes_in_stock_from_sizes();
UPDATE shoes s SET in_stock = EXISTS (SELECT 1 FROM shoe_sizes z WHERE z.shoe_id = s.id AND z.stock > 0)
WHERE EXISTS (SELECT 1 FROM shoe_sizes z WHERE z.shoe_id = s.id);
