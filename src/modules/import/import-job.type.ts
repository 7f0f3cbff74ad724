import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportFailure } from './import-job.protocol';

export enum ImportJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  INVALID = 'INVALID',
  FAILED = 'FAILED',
}
registerEnumType(ImportJobStatus, {
  name: 'ImportJobStatus',
  description: 'Where an import job is (导入任务状态).',
  valuesConfig: {
    QUEUED: { description: 'Waiting for the import before it (排队中)' },
    RUNNING: { description: 'Being unpacked, read, validated or written (进行中)' },
    SUCCEEDED: { description: 'Done: imported, or a clean dry run (已完成)' },
    INVALID: { description: 'The dataset has problems, listed in the report; nothing was written (数据有误)' },
    FAILED: { description: 'Could not finish; nothing was written (失败)' },
  },
});

export enum ImportPhase {
  stage = 'stage',
  read = 'read',
  validate = 'validate',
  write = 'write',
  done = 'done',
}
registerEnumType(ImportPhase, {
  name: 'ImportPhase',
  description: 'The step a job is at (导入步骤).',
  valuesConfig: {
    stage: { description: 'Unpacking the upload (解包)' },
    read: { description: 'Reading files and sheets (读取)' },
    validate: { description: 'Checking every row (校验)' },
    write: { description: 'Writing in one transaction (写入)' },
    done: { description: 'Ended (结束)' },
  },
});

registerEnumType(ImportFailure, {
  name: 'ImportFailure',
  description: 'Why an import job could not finish (导入失败原因); nothing was written in any case.',
  valuesConfig: {
    UPLOAD_INVALID: { description: 'Not a zip of CSV files or an .xlsx workbook, or unpacks past the cap (文件无法解开)' },
    UNREADABLE: { description: 'A file cannot be read: encoding, CSV syntax, too many rows (文件无法读取)' },
    TIMEOUT: { description: 'Ran out of its transaction time (超时)' },
    TOO_LARGE: { description: 'More than one database transaction may hold (数据过大)' },
    OUT_OF_MEMORY: { description: 'More than the helper process may use (内存不足)' },
    DATABASE_UNAVAILABLE: { description: 'The database did not answer (数据库不可用)' },
    INTERRUPTED: { description: 'The service stopped while the job was queued or running (已中断)' },
    INTERNAL: { description: 'An internal error, logged on the server (内部错误)' },
  },
});

@ObjectType({ description: 'How far a job has written (写入进度).' })
export class ImportProgress {
  @Field({ description: 'The dataset file being written.' })
  file!: string;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'A count per dataset file or per node label.' })
export class ImportCount {
  @Field({ description: 'File name (enterprises) or node label (Project).' })
  name!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'An import job (导入任务): one upload to POST /import, run apart from the service, its progress and its report. Admins only.',
})
export class ImportJob {
  @Field(() => ID, { description: 'The job id; the audit entries of what it wrote carry it as their requestId.' })
  id!: string;

  @Field(() => ImportJobStatus)
  status!: ImportJobStatus;

  @Field(() => ImportPhase, { nullable: true })
  phase!: ImportPhase | null;

  @Field({ description: 'Validate only; nothing is written.' })
  dryRun!: boolean;

  @Field({ description: 'Who sent it (the token’s subject).' })
  actor!: string;

  @Field(() => Int, { description: 'Size of the upload in bytes.' })
  uploadBytes!: number;

  @Field({ description: 'When it was sent (ISO 8601, UTC).' })
  createdAt!: string;

  @Field(() => String, { nullable: true })
  startedAt!: string | null;

  @Field(() => String, { nullable: true })
  finishedAt!: string | null;

  @Field(() => ImportProgress, { nullable: true, description: 'While writing: the file and rows written.' })
  progress!: ImportProgress | null;

  @Field(() => [ImportCount], { description: 'Rows per file that were (or, in a dry run, would be) written.' })
  counts!: ImportCount[];

  @Field(() => [ImportCount], { description: 'Nodes whose state changed, per label; each has an audit entry and a new version.' })
  changed!: ImportCount[];

  @Field(() => Boolean, { description: 'Whether anything was written.' })
  written!: boolean;

  @Field(() => Int, { description: 'How many problems the dataset has (the report keeps the first 1,000).' })
  problemCount!: number;

  @Field(() => [String], { description: 'The problems as `file:row:column — reason`.' })
  report!: string[];

  @Field(() => [String])
  warnings!: string[];

  @Field(() => ImportFailure, { nullable: true })
  failure!: ImportFailure | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, in English.' })
  message!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, in Chinese (失败原因).' })
  messageZh!: string | null;
}
