// A project's proposal terms (项目申报要素, 项目预评估), set on the project itself.
UNWIND $rows AS row
MATCH (p:Project {id: row.projectId})
SET p += row.props
