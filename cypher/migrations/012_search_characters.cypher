// One-character search (宝): each Chinese character of a searchable name becomes a token of its own
// (the CJK analyzer keeps an isolated character whole). New and edited names get them from
// src/domain/search-text.ts; this adds them to the names already recorded.
MATCH (n)
WHERE (n:Enterprise OR n:Park OR n:Chamber OR n:Project OR n:ChainLink OR n:Industry OR n:Association OR n:Person)
  AND n.name IS NOT NULL AND n.searchText IS NOT NULL
WITH n, [i IN range(0, size(n.name) - 1) | substring(n.name, i, 1)] AS chars
WITH n, [c IN chars WHERE c =~ '\\p{IsHan}'] AS han
SET n.searchText = n.searchText + reduce(s = '', c IN han | s + ' ' + c);
