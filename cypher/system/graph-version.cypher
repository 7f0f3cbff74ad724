OPTIONAL MATCH (v:__GraphVersion {id: 'graph'})
RETURN v.token AS token
