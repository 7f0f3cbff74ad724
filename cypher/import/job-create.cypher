// A new import job, queued on the instance that took the upload.
CREATE (j:ImportJob {
  id: $id, status: 'QUEUED', dryRun: $dryRun, actor: $actor, role: $role,
  uploadBytes: $uploadBytes, createdAt: $at, updatedAt: $at
})
RETURN j {.*} AS job
