import type { RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '../errors';
import { idOfText, TrustedDocument } from '../graphql/trusted-documents';
import { callerOf } from './auth';

interface GraphQLBody {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

function refuse(
  res: Parameters<RequestHandler>[1],
  status: number,
  code: ErrorCode,
  message: string,
  messageZh: string,
  path: string,
): void {
  res.status(status).json({ errors: [{ message, extensions: { code, messageZh, fields: [{ path, message, messageZh }] } }] });
}

/**
 * Trusted documents (可信查询) on /graphql: a request may name a trusted operation by `documentId`
 * ("sha256:…", the GraphQL-over-HTTP draft) or by Apollo's persisted-query hash instead of sending its
 * text. A caller whose role is in `trustedOnly` may send nothing else: free text that is not a trusted
 * operation is refused with TRUSTED_DOCUMENT_REQUIRED before it is parsed for execution.
 */
export function trustedDocuments(docs: ReadonlyMap<string, TrustedDocument>, trustedOnly: ReadonlySet<string>): RequestHandler {
  // The id of a text sent again is not worked out again (a parse and a print each time).
  const idOf = new LRUCache<string, string | 0>({ max: 500 });
  const textId = (text: string): string | null => {
    const known = idOf.get(text);
    if (known !== undefined) return known === 0 ? null : known;
    const id = idOfText(text);
    if (text.length <= 20000) idOf.set(text, id ?? 0);
    return id;
  };
  return (req, res, next) => {
    const body = (req.method === 'GET' ? req.query : req.body) as GraphQLBody | undefined;
    if (!body || typeof body !== 'object') return next();
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    const id = typeof body.documentId === 'string' ? body.documentId : typeof hash === 'string' ? `sha256:${hash}` : undefined;
    if (id !== undefined) {
      if (req.method === 'GET')
        return refuse(res, 400, ErrorCode.BAD_REQUEST, 'Send a documentId with POST.', '请用 POST 发送 documentId。', 'documentId');
      const doc = docs.get(id);
      // An unknown id is refused, never registered: only the manifest's operations have ids here.
      if (!doc)
        return refuse(
          res,
          400,
          ErrorCode.PERSISTED_QUERY_NOT_FOUND,
          `Unknown documentId ${id.slice(0, 80)}.`,
          '未知的可信查询编号（documentId），请使用清单中的编号。',
          'documentId',
        );
      body.query = doc.text;
      delete body.documentId;
      if (body.extensions) delete body.extensions.persistedQuery;
      return next();
    }
    const caller = callerOf(res);
    const role = caller.anonymous ? 'ANONYMOUS' : (caller.role ?? 'ANONYMOUS');
    if (trustedOnly.has(role) && typeof body.query === 'string') {
      const id = textId(body.query);
      if (id === null || !docs.has(id))
        return refuse(
          res,
          403,
          ErrorCode.TRUSTED_DOCUMENT_REQUIRED,
          `This service takes only trusted documents from ${role === 'ANONYMOUS' ? 'callers without a token' : `the ${role} role`}: send a documentId from /trusted-documents.json.`,
          '本服务对当前角色只接受可信查询：请发送清单（/trusted-documents.json）中的 documentId。',
          'query',
        );
    }
    next();
  };
}
