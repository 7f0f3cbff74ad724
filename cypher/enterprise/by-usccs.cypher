UNWIND $usccs AS uscc
MATCH (e:Enterprise {uscc: uscc})
RETURN e {.*, searchText: null} AS node
