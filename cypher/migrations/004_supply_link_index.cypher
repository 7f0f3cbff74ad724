// Chain-gap analysis sums local purchases per chain link: index SUPPLIES by the link supplied.
CREATE INDEX supplies_link_code IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.linkCode);
