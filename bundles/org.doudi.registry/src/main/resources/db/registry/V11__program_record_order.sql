-- Program record pages: a program's records of a kind in the order they were made (ORDER BY created_at, id),
-- read from the index instead of sorting the program's records on every page.
CREATE INDEX program_record_order_ix ON program_record (program_id, kind, created_at, id);
