-- A search reads the stored vector of every article it tests or ranks: the
-- probe's 200, the 1,000 a walk or a slice keeps, every article holding a
-- phrase's words for the phrase's recheck. A vector of several kilobytes is
-- kept out of line by default (TOAST): each read is a lookup in the TOAST
-- index and three or four chunks. Stored as "main" it stays in the article's
-- row, compressed when that pays, and is moved out only when the row cannot
-- fit in a page: each read is the row's page alone (bench/RESULTS.md).
alter table article alter column search_vector set storage main;

-- Vectors already stored stay out of line until written again. search/
-- SearchIndexing stores them anew in the background, a batch at a time in id
-- order, after the id kept here, and deletes the row when done.
create table search_vector_move (
    id    integer primary key check (id = 1),
    after uuid
);
insert into search_vector_move (id) values (1);
