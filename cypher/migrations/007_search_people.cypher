// People are found by name too: the one-box index gains Person. Names recorded before this migration
// get their name as search text (Chinese matches at once; pinyin comes with the next import or edit).
DROP INDEX search_names IF EXISTS;
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
FOR (n:Enterprise|Park|Chamber|Project|ChainLink|Industry|Association|Person)
ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
MATCH (p:Person) WHERE p.searchText IS NULL SET p.searchText = p.name;
