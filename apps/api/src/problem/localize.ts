/**
 * Problem bodies in the caller's language: `title` is the catalogue's message for the code and
 * `detail` the fuller sentence (in Korean with the refusal's numbers where the catalogue has
 * them; in English the server's own specific sentence). Every field error carries its message
 * in the chosen language and `messages: { ko, en }`; the codes never change.
 */
import { type Language, negotiateLanguage, refusalDetail, refusalMessage, refusalMessages } from '@gongron/domain';
import type { ProblemBody, ProblemFieldError } from './api-problem.js';

export interface LocalizedFieldError extends ProblemFieldError {
  readonly messages: { readonly ko: string; readonly en: string };
}

export function languageOf(request: { headers: Record<string, string | string[] | undefined> }): Language {
  const header = request.headers['accept-language'];
  return negotiateLanguage(Array.isArray(header) ? header.join(',') : header);
}

export function localizeProblem(problem: ProblemBody, language: Language): ProblemBody {
  if (typeof problem.code !== 'string') return problem;
  // The numbers a sentence may name: the refusal's details and the body's own extensions (limit, retryAfter, currentRevision).
  const details = { ...problem, ...((problem.details ?? {}) as Record<string, unknown>) };
  const detail = language === 'en' ? problem.detail : (refusalDetail(problem.code, 'ko', details) ?? refusalMessage(problem.code, 'ko'));
  const localized: Record<string, unknown> = {
    ...problem,
    title: refusalMessage(problem.code, language),
    detail,
    messages: refusalMessages(problem.code),
  };
  if (Array.isArray(problem.errors)) {
    localized.errors = problem.errors.map((error): LocalizedFieldError => {
      const messages = refusalMessages(error.code);
      return {
        field: error.field,
        code: error.code,
        message: language === 'en' ? error.message : messages.ko,
        messages: { ko: messages.ko, en: error.message },
      };
    });
  }
  return localized as ProblemBody;
}
