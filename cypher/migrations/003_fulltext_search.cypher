// One box search over names (Simplified, Traditional, pinyin and initials; see src/domain/search-text.ts).
// The cjk analyzer indexes Chinese as bigrams, so a phrase query matches contiguous characters.
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
FOR (n:Enterprise|Park|Chamber|Project|ChainLink|Industry|Association)
ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
