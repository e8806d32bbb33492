/**
 * Generated from the API's own OpenAPI document by apps/web/scripts/build.js; do not edit.
 */
export interface paths {
    "/.well-known/gongron-log-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The log's public key as a signed-note verifier key: <name>+<key hash>+<base64 Ed25519 key> */
        get: operations["TransparencyController_publicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/process-managers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each process manager's checkpoint (last log position finished) and how many reactions it has parked */
        get: operations["ProcessManagersController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/process-managers/parked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Parked reactions in log order: the command, why it was refused, when, how often tried */
        get: operations["ProcessManagersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/process-managers/parked/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One parked reaction */
        get: operations["ProcessManagersController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/process-managers/parked/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry one parked reaction: applied or already done, it is resolved; refused again, it stays parked */
        post: operations["ProcessManagersController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/process-managers/parked/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry every unresolved parked reaction, in log order */
        post: operations["ProcessManagersController_retryAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each projection's version, generation, checkpoint, the log's head, lag and any rebuild in progress */
        get: operations["AdminProjectionsController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild a projection (or all) into fresh tables and swap them in; the old ones serve until then */
        post: operations["AdminProjectionsController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections/rebuilds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a rebuild started by POST /admin/projections/{name}/rebuild stands */
        get: operations["AdminProjectionsController_rebuildRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections/rebuilds/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rebuild as server-sent events: `progress` (percent, processed, total) as it goes, then `completed` (percent 100) or `failed`; the stream ends then */
        get: operations["AdminProjectionsController_rebuildEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sign-in-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a one-time sign-in link for a person (an existing token, or a new person by role and scope)
         * @description The code opens one session with POST /session { code } before it expires (GONGRON_SIGN_IN_LINK_MINUTES, default 15).
         */
        post: operations["SessionController_issueLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active tokens (never the secrets) */
        get: operations["TokensController_list"];
        put?: never;
        /** Issue a token for a role and scope */
        post: operations["TokensController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token: it answers 401 from now on */
        delete: operations["TokensController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tokens/{id}/rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a token: a successor with the same role and scope (shown once); the old one is revoked at once */
        post: operations["TokensController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agenda board: items per district × body × state (title, proposer category, task, last change) */
        get: operations["ReadModelsController_agendaBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-board/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Item counts per district × body × state */
        get: operations["ReadModelsController_agendaBoardCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose an agenda item (civic council secretary) */
        post: operations["AgendaItemsController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current state, revision and allowed actions, from the log */
        get: operations["AgendaItemsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}/adoption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The civic council adopts the item (의제 채택) with its vote */
        post: operations["AgendaItemsController_adopt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}/deferrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Defer the item at a meeting (보류); it stays where it is */
        post: operations["AgendaItemsController_defer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}/deliberation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open public deliberation (공론화) */
        post: operations["AgendaItemsController_openDeliberation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}/dismissal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The civic council does not adopt the item (기각) */
        post: operations["AgendaItemsController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}/draft-revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft revision: plan, task code, budget request per funder */
        post: operations["AgendaItemsController_submitDraftRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}/drafting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The working council starts drafting (실행안 작성) */
        post: operations["AgendaItemsController_startDrafting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record feedback after the project’s evaluation (환류) */
        post: operations["AgendaItemsController_recordFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agenda item's timeline: every event, what, who and when */
        get: operations["HistoryController_agendaItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The opinions recorded on the item, paged, in recorded order */
        get: operations["AgendaItemsController_opinions"];
        put?: never;
        /** Record an opinion gathered in deliberation */
        post: operations["AgendaItemsController_recordOpinion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}/review-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the steering committee’s decision (가결, 조건부 가결, 보완 요구, 부결) with its vote */
        post: operations["AgendaItemsController_recordReviewDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}/tabling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Table the draft for the steering committee’s review (상정) */
        post: operations["AgendaItemsController_table"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda-items/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The proposer withdraws the item before adoption (철회) */
        post: operations["AgendaItemsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreement-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agreement register: signatures, in-force window, projects and amendments per district and year */
        get: operations["ReadModelsController_agreements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreement-register/{district}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agreement with its listed projects and amendments */
        get: operations["ReadModelsController_agreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft the agreement of a district for a year (an official of the district) */
        post: operations["AgreementsController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{district}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current state, revision and allowed actions, from the log */
        get: operations["AgreementsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{district}/{year}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose an amendment (제2조 변경): budget changes, projects added or withdrawn */
        post: operations["AgreementsController_proposeAmendment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{district}/{year}/amendments/{amendmentId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Consent to an amendment the other party proposed */
        post: operations["AgreementsController_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{district}/{year}/amendments/{amendmentId}/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse an amendment the other party proposed */
        post: operations["AgreementsController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{district}/{year}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement's timeline: every event, what, who and when */
        get: operations["HistoryController_agreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{district}/{year}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List a project in the agreement before signing */
        post: operations["AgreementsController_addProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{district}/{year}/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a project from the agreement before signing */
        delete: operations["AgreementsController_withdrawProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{district}/{year}/projects/{projectId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a project from the agreement before signing, with a reason */
        post: operations["AgreementsController_withdrawProjectWithReason"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agreements/{district}/{year}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign for the official’s party (교육장 or 시장·군수); in force once both signed */
        post: operations["AgreementsController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/asyncapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The AsyncAPI 3 document of the Kafka topics and event payloads */
        get: operations["AsyncApiController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an attachment of minutes (PDF, HWP, HWPX, PNG, JPEG, GIF, WebP; the raw file as the body)
         * @description The body is the file itself. Its type is read from its first bytes; a Content-Type other than application/octet-stream must agree. Files larger than GONGRON_ATTACHMENT_MAX_BYTES (20 MiB by default) are refused 413 as soon as the body passes the limit. An identical upload answers the same hash with 200 and stores nothing new.
         */
        post: operations["AttachmentsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment by its SHA-256 (its district’s secretaries and officials; auditors and the province office, any district’s) */
        get: operations["AttachmentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/agenda-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agenda item as it stood at a time or revision */
        get: operations["AuditController_agendaItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/agreements/{district}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement as it stood at a time or revision */
        get: operations["AuditController_agreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a checkpoint of the tree as it is now (the latest one again when the log has not grown) */
        post: operations["TransparencyController_issueCheckpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/districts/{district}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A district's agenda board as it stood at a date */
        get: operations["AuditController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a stream's or a district's whole history, streamed */
        get: operations["AuditController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/exports/budget-ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The budget ledger (예산 원장) per project and funder as CSV, XLSX or JSON Lines (streamed) */
        get: operations["AuditExportsController_budgetLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/exports/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decision register (의결 대장) as CSV, XLSX or JSON Lines (streamed) */
        get: operations["AuditExportsController_decisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/exports/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stream's or a district's whole history with hashes, as CSV, XLSX or JSON Lines (streamed) */
        get: operations["AuditExportsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project as it stood at a time or revision */
        get: operations["AuditController_project"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/proofs/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consistency proof (RFC 9162 §2.1.4) between two tree sizes, with both roots */
        get: operations["TransparencyController_consistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/proofs/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event's proof bundle: the event as stored, its inclusion proof and the signed checkpoint it proves against */
        get: operations["TransparencyController_inclusion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/streams/{streamId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stream's full history: who, when, what, hash */
        get: operations["AuditController_streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute every hash chain and leaf of the log's Merkle tree, hold the events against the stored tree, the stream heads and every checkpoint signed with the log's key, and fold every stream (or one stream: unknown is 404); name the first bad position and the streams that no longer fold */
        get: operations["AuditController_verify"];
        put?: never;
        /** Verify as GET /audit/verify does, and hold the log against a checkpoint saved outside the database: its signature must hold under the log's key or a registered witness's key (else 422 naming the field checkpoint), and the events must give its root (else not ok, naming why) */
        post: operations["AuditController_verifyAgainstSaved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget-ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budget ledger per project and funder: planned, allocated, amended, spent, returned, remaining (won) */
        get: operations["ReadModelsController_budgetLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget-ledger/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every consented budget amendment with both parties and both sides of the change */
        get: operations["ReadModelsController_amendments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget-ledger/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budget ledger totals grouped by district, year, goal, task and/or funder */
        get: operations["ReadModelsController_budgetTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calendar links of the caller’s district (every district for an administrator), without their keys */
        get: operations["CalendarController_list"];
        put?: never;
        /** Make a read-only calendar link for a body of the caller’s district (the key is shown once) */
        post: operations["CalendarController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar-feeds/{feedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a calendar link: from now on its key opens nothing */
        delete: operations["CalendarController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{district}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A body’s calendar (iCalendar, RFC 5545) with its deadlines and meetings, for a calendar program; the key is the read-only link’s */
        get: operations["CalendarController_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decision register (의결 대장): adoptions, dismissals, review decisions, deferrals, feedback with meeting, date, tally and actor */
        get: operations["ReadModelsController_decisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluations/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a district’s self-evaluation (자체평가) of a year: indicators, what they measure, the report (its officials) */
        post: operations["EvaluationsController_recordDistrictEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluations/districts/{district}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A district’s self-evaluation as it stands, with the projects and items it links to, from the log */
        get: operations["EvaluationsController_districtEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluations/districts/{district}/{year}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a district’s self-evaluation: restated with the reason, as a new event */
        post: operations["EvaluationsController_correctDistrictEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluations/province": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the year’s province survey (종합평가): period, respondents, common indicators, results per district (the province office) */
        post: operations["EvaluationsController_recordSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluations/province/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The province survey as it stands, its total of respondents and its province-wide IPA, from the log */
        get: operations["EvaluationsController_survey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluations/province/{year}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct the province survey: the whole survey restated with the reason, as a new event */
        post: operations["EvaluationsController_correctSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluations/province/{year}/ipa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Importance–performance analysis (IPA) of the year’s survey: each indicator’s importance, performance and quadrant (집중지원 · 유지강화 · 점진개선 · 현상유지), split at the means */
        get: operations["EvaluationsController_importancePerformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The readiness check, as /health/ready (200 ready, 503 not) */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (always 200 while it runs) */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the event store, the SQL database, the Kafka relay lag, and no stalled projection or process manager (200 ready, 503 not) */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meeting-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings per district and body by date: number, time (KST), place, agenda, state, on roll and present */
        get: operations["MeetingRegisterController_meetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meeting-register/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting with attendance by member (names) and the decisions taken at it */
        get: operations["MeetingRegisterController_meeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule a meeting (제N차) of a body: date, time (KST), place, agenda; its id is <district>-<body>-<year>-<N> (<district>-civic-council.<council>-<year>-<N> for a civic council other than the district’s first) */
        post: operations["MeetingsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current state of the meeting, revision and allowed actions, from the log */
        get: operations["MeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/adjournment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjourn (폐회) */
        post: operations["MeetingsController_adjourn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an entry to the agenda, before or during the meeting */
        post: operations["MeetingsController_addAgendaEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member arrives or leaves during the meeting */
        post: operations["MeetingsController_attendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled meeting */
        post: operations["MeetingsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/convening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convene (개회) with the members attending; those on roll come from the roster on the meeting day */
        post: operations["MeetingsController_convene"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record (or correct) the minutes (회의록): text and attachment references by SHA-256 */
        post: operations["MeetingsController_minutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/minutes/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the approval of the minutes */
        post: operations["MeetingsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operating-plan-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Operating plans (운영계획) per district and year: status, projects, budgets, the meeting and decision */
        get: operations["ReadModelsController_operatingPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operating-plan-register/{district}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One operating plan with its projects, each with its origin and whether it is deliberated (미심의 when not) */
        get: operations["ReadModelsController_operatingPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operating-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft the operating plan (운영계획) of a district for a year (the working council’s secretary) */
        post: operations["OperatingPlansController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operating-plans/{district}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan as it stands: projects, revisions, decisions, revision and allowed actions, from the log */
        get: operations["OperatingPlansController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operating-plans/{district}/{year}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the steering committee’s decision on the plan at its meeting: 가결, 보완 요구 or 부결 (재적 과반 출석, 출석 과반 찬성) */
        post: operations["OperatingPlansController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operating-plans/{district}/{year}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a project of the district and year into the plan (an approved item’s or an office project) */
        post: operations["OperatingPlansController_addProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operating-plans/{district}/{year}/projects/{projectId}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a project out of the plan while it is being drafted, with a reason */
        post: operations["OperatingPlansController_removeProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operating-plans/{district}/{year}/redraft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the rejected (부결) plan up again for a new revision, with the reason (the working council’s secretary); its history is kept */
        post: operations["OperatingPlansController_redraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operating-plans/{district}/{year}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the plan as it stands to the steering committee (a revision gives its reasons) */
        post: operations["OperatingPlansController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project-deliberations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every project with the deliberation it traces to (an approved item or an approved operating plan); deliberated=0 lists the 미심의 */
        get: operations["ReadModelsController_projectDeliberations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project-deliberations/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deliberation one project traces to, or its 미심의 mark (deliberated 0) */
        get: operations["ReadModelsController_projectDeliberation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a project directly (carried-over projects; an official of the district) */
        post: operations["ProjectsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current state, revision and allowed actions, from the log */
        get: operations["ProjectsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the project; unspent budget is returned */
        post: operations["ProjectsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an evaluated project */
        post: operations["ProjectsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete the project */
        post: operations["ProjectsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/comprehensive-evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the comprehensive evaluation (종합평가): survey satisfaction */
        post: operations["ProjectsController_recordComprehensiveEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/comprehensive-evaluation/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct the recorded comprehensive evaluation (종합평가 정정): a new event naming what it replaces and why */
        post: operations["ProjectsController_correctComprehensiveEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/conditions/{conditionId}/fulfilment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the evidence that a condition of the conditional approval is fulfilled (an official of the district) */
        post: operations["ProjectsController_fulfilCondition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/conditions/{conditionId}/waiver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the steering committee waiving a condition at a meeting (its secretary) */
        post: operations["ProjectsController_waiveCondition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/direct-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project’s direct grants (지정 교부) with their reports and inspections, from the log */
        get: operations["SchoolCallsController_directGrants"];
        put?: never;
        /** Grant to a designated school without a call (지정 교부): a configured school of the district, within the project’s allocation with all its calls’ grants (an official of its district) */
        post: operations["SchoolCallsController_awardDirectly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/direct-grants/{grantId}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an inspection (점검) of a direct grant with its outcome and findings */
        post: operations["SchoolCallsController_inspectDirect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/direct-grants/{grantId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the school’s report (결과보고) of a direct grant, as of a call’s grant */
        post: operations["SchoolCallsController_reportDirect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/expenditures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The expenditures recorded on the project, paged, in recorded order */
        get: operations["ProjectsController_expenditures"];
        put?: never;
        /** Record an expenditure (집행) for the official’s own party; never beyond its allocation */
        post: operations["ProjectsController_recordExpenditure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's timeline: every event, what, who and when */
        get: operations["HistoryController_project"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/resumption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a suspended project */
        post: operations["ProjectsController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/school-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a call for schools (공모) of the project: criteria, amount per funder, levels and period (an official of its district) */
        post: operations["SchoolCallsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/self-evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the self-evaluation (자체평가): indicators with target and result */
        post: operations["ProjectsController_recordSelfEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/self-evaluation/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct the recorded self-evaluation (자체평가 정정): a new event naming what it replaces and why */
        post: operations["ProjectsController_correctSelfEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an agreed project */
        post: operations["ProjectsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a project in progress */
        post: operations["ProjectsController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/agenda-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agenda items per district, body and state */
        get: operations["PublicController_agendaBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/agenda-board/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Item counts per district × body × state */
        get: operations["PublicController_agendaBoardCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agreements per district and year: signing dates and titles, in-force window, totals */
        get: operations["PublicController_agreements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/agreements/{district}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 부속합의서 of a district and year in its form: the articles, 제1조 table, amendments, both parties by title and date */
        get: operations["PublicSiteController_agreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/agreements/{district}/{year}/agreement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 부속합의서 as a PDF in the form of the plan (Korean font embedded) */
        get: operations["PublicSiteController_agreementPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the money went: allocated, amended, spent and remaining, grouped */
        get: operations["PublicController_budget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/budget/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consented budget amendments with both parties (parties, not persons) */
        get: operations["PublicController_amendments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Province dashboard: per district totals, items and projects by state and goal, decisions, money per year */
        get: operations["PublicController_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/dashboard/{district}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One district's dashboard */
        get: operations["PublicController_districtDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decisions of the councils (no personal names) */
        get: operations["PublicController_decisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/districts/{district}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A district's public page: decisions with tallies, projects by goal and task with budgets per funder, allocated vs spent, amendments */
        get: operations["PublicSiteController_district"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/districts/{district}/decisions.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An Atom 1.0 feed of the district's decisions, newest first */
        get: operations["PublicSiteController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/open-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The data dictionary: every open dataset, its columns (Korean and English names, type, meaning) and its files */
        get: operations["PublicSiteController_dictionary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/open-data/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One open dataset as CSV (UTF-8 with BOM, Korean headers), JSON or XLSX, for the province or one district */
        get: operations["PublicSiteController_openData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regional networks (권역) and, for every district, its region, its own names for its bodies and its civic councils */
        get: operations["PublicSiteController_organisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/province": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 31 districts: items, projects, decisions, allocated and spent (won), each with its regional network (권역); the regions with their sums; the freshness of the figures */
        get: operations["PublicSiteController_province"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rosters/{district}/{body}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roster of a body on a Korean date (default today): the members on roll (재적) with category, role and term */
        get: operations["MeetingRegisterController_roster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rosters/{district}/{body}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a member to the body’s roster (secretary of the district and body) */
        post: operations["RostersController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rosters/{district}/{body}/members/{memberId}/departure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a member leaves the body (해촉·사임); off the roll from that day */
        post: operations["RostersController_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rosters/{district}/{body}/members/{memberId}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a member’s role (위원장, 부위원장, 위원) */
        post: operations["RostersController_role"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rosters/{district}/{body}/members/{memberId}/term": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a member’s term (reappointment, extension) */
        post: operations["RostersController_term"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-call-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calls for schools per project and district: amount, period, state, applications, selection, grants, reports */
        get: operations["SchoolCallRegisterController_calls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-call-register/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One call with its applications (scores, decisions, reasons), grants (reports) and inspections (findings) */
        get: operations["SchoolCallRegisterController_call"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-calls/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current state of the call: applications, selection, grants, reports and inspections, from the log */
        get: operations["SchoolCallsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-calls/{callId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a school’s application within the call’s period (a configured school of the district) */
        post: operations["SchoolCallsController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-calls/{callId}/applications/{applicationId}/non-selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an application (미선정) with its score and reasons */
        post: operations["SchoolCallsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-calls/{callId}/applications/{applicationId}/selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Select an application (선정) with its score and reasons */
        post: operations["SchoolCallsController_select"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-calls/{callId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the call before anything is granted */
        post: operations["SchoolCallsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-calls/{callId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the call for applications (접수 마감) and start the review */
        post: operations["SchoolCallsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-calls/{callId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete the call once every grant is reported */
        post: operations["SchoolCallsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-calls/{callId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant to a selected school (교부); never above the call’s amount nor the project’s allocation per funder */
        post: operations["SchoolCallsController_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-calls/{callId}/grants/{grantId}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an inspection (점검) of a grant with its outcome and findings */
        post: operations["SchoolCallsController_inspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-calls/{callId}/grants/{grantId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the school’s report (결과보고): what it did and spent of its grant */
        post: operations["SchoolCallsController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-calls/{callId}/selection-conclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Conclude the selection once every application is selected or declined */
        post: operations["SchoolCallsController_conclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-grant-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grants to schools per project and district, of calls and direct (지정 교부), with each school’s report and its inspections */
        get: operations["SchoolCallRegisterController_grants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-grant-totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each project granted to schools per funder, its calls’ and direct grants together */
        get: operations["SchoolCallRegisterController_totals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The configured schools (name, level 초·중·고, district), of one district when asked */
        get: operations["SchoolCallsController_listSchools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I: the actor, its role and scope, and for a session its expiry and CSRF token */
        get: operations["SessionController_current"];
        put?: never;
        /**
         * Sign in: exchange an access token or a one-time sign-in link code for a session cookie
         * @description Sets gongron_session (HttpOnly, SameSite=Strict, Secure over HTTPS) and gongron_csrf (readable by the page). A sign-in link opens one session only; a second use is refused.
         */
        post: operations["SessionController_create"];
        /** Sign out: the session ends and its cookies are cleared */
        delete: operations["SessionController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transparency/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest signed checkpoint of the log (C2SP tlog-checkpoint in a signed note) */
        get: operations["TransparencyController_latestCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transparency/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The checkpoints the log signed, newest first, each with the cosignatures of its witnesses; `next` is the `before` of the next page */
        get: operations["TransparencyController_checkpointList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transparency/checkpoints/{size}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A checkpoint the log signed, with the cosignatures of its witnesses (in the note and listed) */
        get: operations["TransparencyController_checkpointAt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transparency/checkpoints/{size}/cosignatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a witness's cosignature (C2SP cosignature/v1 line, made by `cli witness cosign`) to a checkpoint; its signature under a registered witness key is the credential */
        post: operations["TransparencyController_cosign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transparency/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consistency proof (RFC 9162 §2.1.4) between two tree sizes, for witnesses: hashes only */
        get: operations["TransparencyController_publicConsistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transparency/witnesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The witnesses' registered keys: each district's education office and local government (cosignature/v1 verifier keys) */
        get: operations["TransparencyController_registeredWitnesses"];
        put?: never;
        /** Register a district party's witness public key (made by `cli witness keygen`; the server never sees the private key). Officials register their own district's and party's */
        post: operations["TransparencyController_registerWitness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 내 할 일: what awaits the caller’s district and body (secretaries) or party (officials) */
        get: operations["WorkController_work"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddMemberDto: {
            /** @enum {string} */
            category: "student" | "parent" | "teacher" | "citizen" | "official" | "expert" | "council-member";
            /**
             * @description For the civic council of a district with several: the council's code (default: the secretary's own; see GET /public/organisation)
             * @example south
             */
            council?: string;
            /** @description Client-chosen member id; the server assigns a UUID when absent */
            memberId?: string;
            /**
             * @description Name (personal data: shown only within the district and to auditors)
             * @example 김하늘
             */
            name: string;
            /**
             * @description Defaults to member
             * @enum {string}
             */
            role?: "chair" | "vice-chair" | "member";
            /**
             * @description First day of the term
             * @example 2024-03-01
             */
            termFrom: string;
            /**
             * @description Last day of the term
             * @example 2026-02-28
             */
            termUntil?: string;
        };
        AddProjectToAgreementDto: {
            budget: components["schemas"]["BudgetDto"];
            projectId: string;
            /** @enum {string} */
            taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
            /** @example 마을과 함께하는 방과후 생태교실 */
            title: string;
        };
        AddProjectToPlanDto: {
            /** @description A project of the plan’s district and year, not cancelled */
            projectId: string;
        };
        AgendaBoardCounts: {
            counts: {
                /** @enum {string} */
                body: "civic-council" | "working-council" | "steering-committee";
                /** @enum {string} */
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                items: number;
                state: string;
            }[];
        };
        AgendaBoardPage: {
            items: {
                body: string;
                council?: string | null;
                deferrals: number;
                district: string;
                goal?: number | null;
                item_id: string;
                last_changed_at: string;
                last_effective_at: string;
                last_event_type: string;
                opinions: number;
                position: number;
                project_id?: string | null;
                proposed_on?: string | null;
                proposer_category?: string | null;
                revision: number;
                source?: string | null;
                state: string;
                task_code?: string | null;
                title: string;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        AgendaEntryDto: {
            /** @description The agenda item decided at the meeting, if the entry is one */
            itemId?: string;
            /** @example 마을 방과후 돌봄 의제 채택 */
            title: string;
        };
        AgendaItemStream: {
            /** @description Commands allowed now */
            allowedActions: string[];
            /** @description Also the ETag */
            revision: number;
            state: components["schemas"]["AgendaItemView"];
            streamId: string;
        };
        /** @description What `GET /agenda-items/{id}` shows of an item: its state and what is derived from it. */
        AgendaItemView: {
            adoption: {
                /** @description A meeting of a body at which something was decided. */
                meeting: {
                    /** @enum {string} */
                    body?: "civic-council" | "working-council" | "steering-committee";
                    /** @description 'YYYY-MM-DD' */
                    heldOn: string;
                    meetingId?: string;
                    title?: string;
                };
                tally: {
                    abstain: number;
                    against: number;
                    for: number;
                    onRoll: number;
                    present: number;
                };
            } | null;
            /** @description The project an approval creates, carried on the decision so the process manager needs nothing else. */
            approvedProject: {
                /** @description The conditions of a conditional approval, which the project carries as obligations. */
                conditions?: {
                    /** @description Whether it blocks expenditures until fulfilled or waived. */
                    beforeSpending: boolean;
                    conditionId: string;
                    /** @description The Korean day by which it is to be fulfilled, or null. */
                    dueOn: string | null;
                    text: string;
                }[];
                /** @enum {string} */
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                plannedBudget: {
                    "education-office": number;
                    "local-government": number;
                };
                projectId: string;
                revisionId: string;
                /** @enum {string} */
                taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
                title: string;
                year: number;
            } | null;
            /** @description True after a revision was requested, until a new revision is submitted. */
            awaitingRevision: boolean;
            /**
             * @description The body whose step it is (null before the proposal).
             * @enum {string|null}
             */
            body: "civic-council" | "working-council" | "steering-committee" | null;
            conditions: string[];
            /** @description The civic council it was proposed in (null: recorded without one, the district's default council). */
            council: string | null;
            deferrals: {
                /** @enum {string} */
                body: "civic-council" | "working-council" | "steering-committee";
                /** @description A meeting of a body at which something was decided. */
                meeting: {
                    /** @enum {string} */
                    body?: "civic-council" | "working-council" | "steering-committee";
                    /** @description 'YYYY-MM-DD' */
                    heldOn: string;
                    meetingId?: string;
                    title?: string;
                };
                reason: string;
                status: string;
            }[];
            deliberationOpenedOn: string | null;
            description: string | null;
            dismissal: {
                /** @description A meeting of a body at which something was decided. */
                meeting: {
                    /** @enum {string} */
                    body?: "civic-council" | "working-council" | "steering-committee";
                    /** @description 'YYYY-MM-DD' */
                    heldOn: string;
                    meetingId?: string;
                    title?: string;
                } | null;
                reason: string;
                tally: {
                    abstain: number;
                    against: number;
                    for: number;
                    onRoll: number;
                    present: number;
                };
            } | null;
            /** @enum {string|null} */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon" | null;
            draftingOwner: string | null;
            feedback: {
                followUpProposalId: string | null;
                recommendations: string[];
                recordedOn: string;
                summary: string;
            } | null;
            itemId: string | null;
            latestRevision: {
                budgetRequest: {
                    "education-office": number;
                    "local-government": number;
                } | null;
                plan: string;
                revisionId: string;
                submittedOn: string;
                /** @enum {string|null} */
                taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3" | null;
                title: string;
            } | null;
            opinionCount: number;
            opinions: {
                opinionId: string;
                receivedOn: string;
                /** @enum {string} */
                respondentCategory: "student" | "parent" | "teacher" | "citizen" | "official" | "other";
                /** @enum {string} */
                stance: "support" | "oppose" | "neutral";
                text: string;
            }[];
            /** @description Review deadlines that ran out while the item was under review. */
            overdueReviews: {
                deadlineId: string;
                dueOn: string;
                overdueOn: string;
            }[];
            projectEvaluatedOn: string | null;
            projectId: string | null;
            proposedOn: string | null;
            /** @enum {string|null} */
            proposerCategory: "student" | "parent" | "teacher" | "citizen" | "official" | "other" | null;
            reviewDecisions: {
                conditions: string[];
                /** @enum {string} */
                decision: "approved" | "conditionallyApproved" | "revisionRequested" | "rejected";
                feedback: string | null;
                /** @description A meeting of a body at which something was decided. */
                meeting: {
                    /** @enum {string} */
                    body?: "civic-council" | "working-council" | "steering-committee";
                    /** @description 'YYYY-MM-DD' */
                    heldOn: string;
                    meetingId?: string;
                    title?: string;
                };
                revisionId: string;
                tally: {
                    abstain: number;
                    against: number;
                    for: number;
                    onRoll: number;
                    present: number;
                };
            }[];
            revisions: {
                budgetRequest: {
                    "education-office": number;
                    "local-government": number;
                } | null;
                plan: string;
                revisionId: string;
                submittedOn: string;
                /** @enum {string|null} */
                taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3" | null;
                title: string;
            }[];
            source: string | null;
            /** @enum {string} */
            status: "none" | "proposed" | "inDeliberation" | "referred" | "drafting" | "underReview" | "approved" | "inImplementation" | "awaitingFeedback" | "closed" | "dismissed" | "withdrawn" | "rejected";
            /** @description The day the item was last tabled for review. */
            tabledOn: string | null;
            tabledRevisionId: string | null;
            /** @enum {string|null} */
            taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3" | null;
            terminal: boolean;
            title: string | null;
            withdrawal: {
                reason: string | null;
                withdrawnOn: string;
            } | null;
            workflowVersion: number | null;
        };
        AgreementDetail: {
            agreement_id: string;
            amendments: {
                agreement_id: string;
                amendment_id: string;
                changes?: {
                    [key: string]: unknown;
                }[];
                decided_by?: string | null;
                decided_on?: string | null;
                proposed_by: string;
                proposed_on: string;
                reason?: string | null;
                refusal_reason?: string | null;
                status: string;
            }[];
            amendments_consented: number;
            amendments_proposed: number;
            amendments_refused: number;
            budget_education_office: number;
            budget_local_government: number;
            district: string;
            education_office_signatory?: string | null;
            education_office_signatory_name?: string | null;
            education_office_signed_on?: string | null;
            in_force_from?: string | null;
            in_force_until?: string | null;
            last_changed_at: string;
            local_government_signatory?: string | null;
            local_government_signatory_name?: string | null;
            local_government_signed_on?: string | null;
            projects: {
                added_by: string;
                agreement_id: string;
                budget_education_office: number;
                budget_local_government: number;
                goal?: number | null;
                project_id: string;
                status: string;
                task_code?: string | null;
                title: string;
            }[];
            state: string;
            year: number;
        };
        AgreementPage: {
            items: {
                agreement_id: string;
                amendments_consented: number;
                amendments_proposed: number;
                amendments_refused: number;
                budget_education_office: number;
                budget_local_government: number;
                district: string;
                education_office_signatory?: string | null;
                education_office_signatory_name?: string | null;
                education_office_signed_on?: string | null;
                in_force_from?: string | null;
                in_force_until?: string | null;
                last_changed_at: string;
                local_government_signatory?: string | null;
                local_government_signatory_name?: string | null;
                local_government_signed_on?: string | null;
                projects: number;
                state: string;
                year: number;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        AgreementStream: {
            /** @description Commands allowed now */
            allowedActions: string[];
            /** @description Also the ETag */
            revision: number;
            state: components["schemas"]["AgreementView"];
            streamId: string;
        };
        /** @description What `GET /agreements/{district}/{year}` shows of an agreement: its state and what is derived from it. */
        AgreementView: {
            agreementId: string | null;
            amendments: {
                amendmentId: string;
                changes: ({
                    budget: {
                        "education-office": number;
                        "local-government": number;
                    };
                    /** @enum {string} */
                    kind: "budget";
                    projectId: string;
                } | {
                    budget: {
                        "education-office": number;
                        "local-government": number;
                    };
                    /** @enum {string} */
                    kind: "add";
                    projectId: string;
                    /** @enum {string} */
                    taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
                    title: string;
                } | {
                    /** @enum {string} */
                    kind: "withdraw";
                    projectId: string;
                })[];
                /** @enum {string|null} */
                decidedBy: "education-office" | "local-government" | null;
                decidedOn: string | null;
                /** @enum {string} */
                proposedBy: "education-office" | "local-government";
                proposedOn: string;
                reason: string;
                refusalReason: string | null;
                /** @enum {string} */
                status: "proposed" | "consented" | "refused" | "lapsed";
            }[];
            /** @enum {string|null} */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon" | null;
            draftedOn: string | null;
            /** @description The first day no longer in force, once expired. */
            expiredOn: string | null;
            inForceFrom: string | null;
            inForceUntil: string | null;
            /** @description The amendments still waiting for the other party. */
            pendingAmendments: string[];
            projects: {
                budget: {
                    "education-office": number;
                    "local-government": number;
                };
                projectId: string;
                /** @enum {string} */
                taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
                title: string;
            }[];
            signatures: {
                "education-office": {
                    signatoryName: string | null;
                    /** @enum {string} */
                    signatoryTitle: "교육장" | "시장" | "군수";
                    signedBy: string;
                    signedOn: string;
                } | null;
                "local-government": {
                    signatoryName: string | null;
                    /** @enum {string} */
                    signatoryTitle: "교육장" | "시장" | "군수";
                    signedBy: string;
                    signedOn: string;
                } | null;
            };
            /** @enum {string} */
            status: "none" | "drafting" | "signing" | "inForce" | "expired";
            /** @description The listed projects' budgets summed per funder, in won. */
            totals: {
                "education-office": number;
                "local-government": number;
            };
            workflowVersion: number | null;
            year: number | null;
        };
        AmendmentChangeDto: {
            /** @description Required for budget and add */
            budget?: components["schemas"]["BudgetDto"];
            /** @enum {string} */
            kind: "budget" | "add" | "withdraw";
            projectId: string;
            /**
             * @description Required for add
             * @enum {string}
             */
            taskCode?: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
            /** @description Required for add */
            title?: string;
        };
        ApproveMinutesDto: {
            /**
             * @description Day the minutes were approved, if not today
             * @example 2024-06-12
             */
            approvedOn?: string;
        };
        /** @description An AsyncAPI 3.1 document */
        AsyncApiDocument: {
            /** @example 3.1.0 */
            asyncapi: string;
            channels: {
                [key: string]: unknown;
            };
            components?: {
                [key: string]: unknown;
            };
            info: {
                [key: string]: unknown;
            };
            operations?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        AttachmentDto: {
            /** @description False when the district had these bytes already */
            created: boolean;
            district: string;
            /**
             * @description Read from the file’s first bytes
             * @enum {string}
             */
            mediaType: "application/pdf" | "application/x-hwp" | "application/hwp+zip" | "image/png" | "image/jpeg" | "image/gif" | "image/webp";
            /** @description The name kept for this district (the first upload’s) */
            name: string;
            /**
             * @description SHA-256 of the bytes, lower-case hex: the name minutes events use
             * @example e3b0c442…
             */
            sha256: string;
            /** @description Bytes */
            size: number;
        };
        AwardDirectSchoolGrantDto: {
            /** @description The grant per funder; the project’s grants of its calls and direct grants stay within its allocation */
            amount: components["schemas"]["BudgetDto"];
            /**
             * @description The day the grant was decided (today or before; today when absent)
             * @example 2025-03-12
             */
            grantedOn?: string;
            /** @description Client-chosen id; the server assigns a UUID when absent */
            grantId?: string;
            /**
             * @description What the money is for (교부 목적)
             * @example 생태 교육 강사비와 교재 구입
             */
            purpose: string;
            /**
             * @description Why this school is granted without a call (지정 사유)
             * @example 특수학급 생태 교육 거점학교로 지정
             */
            reason: string;
            /**
             * @description A configured school of the project’s district (GET /schools)
             * @example suwon-yulcheon-ms
             */
            schoolId: string;
        };
        AwardSchoolGrantDto: {
            /** @description The grant per funder; within the call’s amount and the project’s allocation */
            amount: components["schemas"]["BudgetDto"];
            /** @description The selected application the grant is for */
            applicationId: string;
            /** @description Client-chosen id; the server assigns a UUID when absent */
            grantId?: string;
        };
        BoardAsOf: {
            /** Format: date-time */
            asOf: string;
            district: string;
            items: {
                body: string;
                council?: string | null;
                deferrals: number;
                district: string;
                goal?: number | null;
                item_id: string;
                last_changed_at: string;
                last_effective_at: string;
                last_event_type: string;
                opinions: number;
                position: number;
                project_id?: string | null;
                proposed_on?: string | null;
                proposer_category?: string | null;
                revision: number;
                source?: string | null;
                state: string;
                task_code?: string | null;
                title: string;
            }[];
        };
        BudgetAmendmentPage: {
            items: {
                agreement_id: string;
                amendment_id: string;
                consented_by: string;
                consented_on: string;
                consenter_id?: string | null;
                consenter_role?: string | null;
                district: string;
                kind: string;
                new_education_office?: number | null;
                new_local_government?: number | null;
                position: number;
                previous_education_office?: number | null;
                previous_local_government?: number | null;
                project_id: string;
                proposed_by: string;
                recorded_at: string;
                year?: number | null;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        BudgetDto: {
            /**
             * @description Won from the education office (교육청)
             * @example 30000000
             */
            "education-office": number;
            /**
             * @description Won from the local government (지자체)
             * @example 20000000
             */
            "local-government": number;
        };
        BudgetLedgerPage: {
            items: {
                agreement_id?: string | null;
                allocated: number;
                amended: number;
                amendments: number;
                district: string;
                expenditures: number;
                funder: string;
                goal?: number | null;
                initial_allocation: number;
                last_changed_at: string;
                planned: number;
                project_id: string;
                project_state: string;
                /** @description allocated − spent − returned, in won */
                remaining: number;
                returned: number;
                source_item_id?: string | null;
                spent: number;
                task_code?: string | null;
                title: string;
                year: number;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        BudgetTotals: {
            totals: {
                allocated: number;
                amended: number;
                district?: string;
                /** @enum {string} */
                funder?: "education-office" | "local-government";
                goal?: number;
                planned: number;
                projects: number;
                remaining: number;
                returned: number;
                spent: number;
                task_code?: string;
                year?: number;
            }[];
        };
        CalendarFeedDto: {
            /** @enum {string} */
            body: "civic-council" | "working-council" | "steering-committee";
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            district: string;
            /** Format: uuid */
            feedId: string;
            label: string | null;
            /**
             * Format: date-time
             * @description From then on the link answers 403 CALENDAR.KEY_INVALID
             */
            revokedAt: string | null;
        };
        CancelMeetingDto: {
            /** @example 태풍 경보로 연기 */
            reason: string;
        };
        CancelProjectDto: {
            /** @example 2024-09-01 */
            cancelledOn?: string;
            /** @example 학교 일정 변경으로 운영 불가 */
            reason: string;
        };
        CancelSchoolCallDto: {
            /** @example 예산 조정으로 공모 취소 */
            reason: string;
        };
        ChangeAttendanceDto: {
            /** @example m-10 */
            memberId: string;
            /** @description true: arrived; false: left */
            present: boolean;
        };
        ChangeMemberRoleDto: {
            /**
             * @description Day the role changed, if not today
             * @example 2024-05-01
             */
            changedOn?: string;
            /**
             * @description For the civic council of a district with several: the council's code (default: the secretary's own; see GET /public/organisation)
             * @example south
             */
            council?: string;
            /** @enum {string} */
            role: "chair" | "vice-chair" | "member";
        };
        ChangeMemberTermDto: {
            /**
             * @description For the civic council of a district with several: the council's code (default: the secretary's own; see GET /public/organisation)
             * @example south
             */
            council?: string;
            /** @example 2024-03-01 */
            termFrom: string;
            /**
             * @description Last day of the term; absent for a term without an end
             * @example 2027-02-28
             */
            termUntil?: string;
        };
        CloseProjectDto: {
            /** @example 2025-02-10 */
            closedOn?: string;
        };
        CommandResponseDto: {
            /** @description Commands allowed next */
            allowedActions: string[];
            events: components["schemas"]["EventSummaryDto"][];
            /** @description Lists the answer cut short, by name (e.g. opinions); the full lists are on the paged list routes */
            partial?: {
                [key: string]: {
                    shown?: number;
                    total?: number;
                };
            };
            /** @description Revision after the command; also the ETag */
            revision: number;
            /** @description State after the command; every list cut to its latest 20 entries */
            state: {
                [key: string]: unknown;
            };
            /** @example agenda-item:3f1c… */
            streamId: string;
        };
        CompleteProjectDto: {
            /** @example 2024-12-20 */
            completedOn?: string;
        };
        ConsentToAmendmentDto: {
            /** @example 2024-07-05 */
            consentedOn?: string;
            /**
             * @description Defaults to the official’s own party
             * @enum {string}
             */
            party?: "education-office" | "local-government";
        };
        ConsistencyProof: {
            proof: string[];
            root1: string;
            root2: string;
            size1: number;
            size2: number;
        };
        ConveneMeetingDto: {
            /**
             * @description Member ids attending; the others on roll that day are absent
             * @example [
             *       "m-1",
             *       "m-2"
             *     ]
             */
            attending: string[];
        };
        CorrectComprehensiveEvaluationDto: {
            /**
             * @description Why the recorded survey figures are corrected
             * @example 입력 오류 정정
             */
            reason: string;
            satisfaction: components["schemas"]["SatisfactionDto"];
            /** @example 2025-01-15 */
            surveyedOn?: string;
        };
        CorrectDistrictEvaluationDto: {
            indicators: components["schemas"]["DistrictIndicatorDto"][];
            /** @example 참여 학생 수 집계 정정 */
            reason: string;
            report: components["schemas"]["EvaluationReportDto"];
            summary?: string;
        };
        CorrectProvinceSurveyDto: {
            /** @example 경기도교육연구원 */
            conductedWith?: string;
            indicators: components["schemas"]["SurveyIndicatorDto"][];
            period: components["schemas"]["SurveyPeriodDto"];
            /** @example 화성 결과 입력 오류 정정 */
            reason: string;
            respondents: components["schemas"]["SurveyRespondentsDto"];
            results: components["schemas"]["SurveyDistrictResultDto"][];
            /** @example 2023 미래교육협력지구 공통지표 설문조사 */
            title: string;
        };
        CorrectSelfEvaluationDto: {
            indicators: components["schemas"]["IndicatorDto"][];
            /**
             * @description Why the recorded self-evaluation is corrected
             * @example 중복 집계 정정
             */
            reason: string;
            summary?: string;
        };
        CosignedCheckpoint: {
            cosignatures: {
                /** @enum {string} */
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @enum {string} */
                party: "education-office" | "local-government";
                /** @description When the witness cosigned (ISO 8601, from its cosignature) */
                time: string;
                /** @description The witness key's name */
                witness: string;
            }[];
            /** @description The verifier key: <name>+<key hash>+<base64 Ed25519 key> */
            key: string;
            /** @description The C2SP signed note with the log's signature and every valid cosignature line */
            note: string;
            origin: string;
            /** @description Hex */
            rootHash: string;
            time?: string;
            treeSize: number;
        };
        CosignedCheckpoints: {
            items: components["schemas"]["CosignedCheckpoint"][];
            /** @description The `before` of the next page (null: no older checkpoint) */
            next: number | null;
        };
        CreateCalendarFeedDto: {
            /** @enum {string} */
            body: "civic-council" | "working-council" | "steering-committee";
            /**
             * @description The caller’s own district; an administrator names one
             * @example suwon
             */
            district?: string;
            /** @example 운영위원회 공용 달력 */
            label?: string;
        };
        CreateProjectDto: {
            /** @example suwon */
            district: string;
            plannedBudget: components["schemas"]["BudgetDto"];
            /** @description Client-chosen id; the server assigns a UUID when absent */
            projectId?: string;
            /** @enum {string} */
            taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
            /** @example 수원 마을교육공동체 활성화 (이월) */
            title: string;
            /** @example 2024 */
            year: number;
        };
        CreateSessionDto: {
            /** @description The code of a one-time sign-in link. Give this or token. */
            code?: string;
            /**
             * @description An access token (gr_…) to exchange for a session. Give this or code.
             * @example gr_…
             */
            token?: string;
        };
        CreateSignInLinkDto: {
            /**
             * @description Required for secretary
             * @enum {string}
             */
            body?: "civic-council" | "working-council" | "steering-committee";
            /**
             * @description For a civic council secretary where the district has several civic councils: which one (default: the district's first)
             * @example north
             */
            council?: string;
            /**
             * @description Required for secretary and official
             * @example suwon
             */
            district?: string;
            /** @example 수원 지역교육협의체 간사 */
            name?: string;
            /**
             * @description Required for official
             * @enum {string}
             */
            party?: "education-office" | "local-government";
            /** @enum {string} */
            role?: "secretary" | "official" | "auditor" | "admin" | "province";
            /**
             * Format: uuid
             * @description The person: an existing active access token. Or give role and scope to register a new person.
             */
            tokenId?: string;
        };
        CreateTokenDto: {
            /**
             * @description Required for secretary
             * @enum {string}
             */
            body?: "civic-council" | "working-council" | "steering-committee";
            /**
             * @description For a civic council secretary where the district has several civic councils: which one (default: the district's first)
             * @example north
             */
            council?: string;
            /**
             * @description Required for secretary and official
             * @example suwon
             */
            district?: string;
            /** @example 수원 지역교육협의체 간사 */
            name?: string;
            /**
             * @description Required for official
             * @enum {string}
             */
            party?: "education-office" | "local-government";
            /** @enum {string} */
            role: "secretary" | "official" | "auditor" | "admin" | "province";
        };
        DecideOperatingPlanDto: {
            /**
             * @description 가결 (approved), 보완 요구 (revisionRequested) or 부결 (rejected)
             * @enum {string}
             */
            decision: "approved" | "revisionRequested" | "rejected";
            /** @description The committee’s feedback; required for a return for revision */
            feedback?: string;
            /** @description The steering committee’s recorded meeting with the plan on its agenda */
            meeting: components["schemas"]["PlanMeetingDto"];
            tally: components["schemas"]["TallyDto"];
        };
        DecisionPage: {
            items: {
                abstain?: number | null;
                actor_id?: string | null;
                actor_name?: string | null;
                actor_role?: string | null;
                body: string;
                /** @description Conditions or recommendations attached to the decision, when any */
                conditions?: string[] | null;
                decided_on: string;
                decision: string;
                district: string;
                event_id: string;
                item_id: string;
                item_title: string;
                kind: string;
                meeting_id?: string | null;
                meeting_title?: string | null;
                on_roll?: number | null;
                position: number;
                present?: number | null;
                project_id?: string | null;
                recorded_at: string;
                task_code?: string | null;
                text?: string | null;
                votes_against?: number | null;
                votes_for?: number | null;
                year: number;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        DeferAgendaItemDto: {
            meeting: components["schemas"]["MeetingDto"];
            /** @example 추가 자료 검토 필요 */
            reason: string;
        };
        DismissAgendaItemDto: {
            meeting: components["schemas"]["MeetingDto"];
            /** @example 유사 사업이 이미 추진 중 */
            reason: string;
            tally: components["schemas"]["TallyDto"];
        };
        DistrictDashboard: {
            /** @description Decisions by kind */
            decisions: {
                [key: string]: number;
            };
            /** @enum {string} */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            /** @description Agenda items by state */
            items: {
                [key: string]: number;
            };
            itemsByGoal: {
                [key: string]: number;
            };
            money: {
                allocated: {
                    "education-office": number;
                    "local-government": number;
                    total: number;
                };
                planned: {
                    "education-office": number;
                    "local-government": number;
                    total: number;
                };
                projects: number;
                returned: {
                    "education-office": number;
                    "local-government": number;
                    total: number;
                };
                spent: {
                    "education-office": number;
                    "local-government": number;
                    total: number;
                };
                year: number;
            }[];
            /** @description Projects by state */
            projects: {
                [key: string]: number;
            };
            projectsByGoal: {
                [key: string]: number;
            };
            totals: {
                allocated: number;
                items: number;
                projects: number;
                spent: number;
            };
        };
        DistrictEvaluationStream: {
            /** @description Commands allowed now */
            allowedActions: string[];
            /** @description Also the ETag */
            revision: number;
            state: components["schemas"]["DistrictEvaluationView"];
            streamId: string;
        };
        /** @description What `GET /evaluations/districts/{district}/{year}` shows: the evaluation and every project and item its indicators name. */
        DistrictEvaluationView: {
            corrections: {
                correction: number;
                enteredOn: string;
                reason: string;
            }[];
            /** @enum {string|null} */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon" | null;
            evaluation: {
                indicators: {
                    /** @description The agenda items the indicator measures. */
                    agendaItemIds: string[];
                    indicatorId: string;
                    name: string;
                    /** @description The projects the indicator measures. */
                    projectIds: string[];
                    result: number;
                    target: number;
                    unit?: string;
                }[];
                /** @description The report as a stored document: its bytes live in the attachment store under this hash. */
                report: {
                    name: string;
                    sha256: string;
                };
                summary: string | null;
            } | null;
            evaluationId: string | null;
            links: {
                agendaItemIds: string[];
                projectIds: string[];
            };
            recordedOn: string | null;
            /** @enum {string} */
            status: "none" | "recorded";
            workflowVersion: number | null;
            year: number | null;
        };
        DistrictIndicatorDto: {
            /** @description Agenda items it measures */
            agendaItemIds?: string[];
            /** @example counselling-participants */
            indicatorId: string;
            /** @example 상담 프로그램 참여 학생 */
            name: string;
            /** @description Projects it measures */
            projectIds?: string[];
            /** @example 950 */
            result: number;
            /** @example 1200 */
            target: number;
            /** @example 명 */
            unit?: string;
        };
        DraftAgreementDto: {
            /** @example suwon */
            district: string;
            /** @example 2024 */
            year: number;
        };
        DraftOperatingPlanDto: {
            /** @example suwon */
            district: string;
            /** @example 2025학년도 수원 미래교육협력지구 운영계획 */
            title?: string;
            /**
             * @description The operating year (March to February) the plan is for
             * @example 2025
             */
            year: number;
        };
        EvaluationReportDto: {
            /** @example 2023 수원 자체평가 보고서.pdf */
            name: string;
            /** @description SHA-256 of the report uploaded with POST /attachments */
            sha256: string;
        };
        EventSummaryDto: {
            id: string;
            position: number;
            /** @description Where the event sits in the Merkle tree (absent on EventStoreDB, which keeps no tree) */
            receipt?: components["schemas"]["ReceiptDto"];
            recordedAt: string;
            revision: number;
            type: string;
        };
        FulfillConditionDto: {
            /** @example 안전 관리 계획서 제출 (공문 제2024-12호) */
            evidence: string;
            /** @example 2024-06-20 */
            fulfilledOn?: string;
        };
        Health: {
            details?: {
                [key: string]: unknown;
            };
            error?: {
                [key: string]: unknown;
            };
            info?: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "ok" | "error" | "shutting_down";
        };
        ImportancePerformance: {
            /** @description The districts the survey has results for */
            districts: ("suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon")[];
            items: {
                importance: number;
                indicatorId: string;
                name: string;
                performance: number;
                /** @enum {string} */
                quadrant: "concentrate" | "keepUp" | "improveGradually" | "maintain";
                taskCode: string | null;
            }[];
            means: {
                importance: number;
                performance: number;
            } | null;
            period: {
                from: string;
                to: string;
            } | null;
            respondents: {
                parents: number;
                students: number;
                teachers: number;
            } | null;
            /** @description 'province' or a district code */
            scope: string;
            title: string | null;
            year: number;
        };
        IndicatorDto: {
            /** @example 참여 학생 수 */
            name: string;
            /** @example 134 */
            result: number;
            /** @example 120 */
            target: number;
            /** @example 명 */
            unit?: string;
        };
        IssuedCalendarFeedDto: {
            /** @enum {string} */
            body: "civic-council" | "working-council" | "steering-committee";
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            district: string;
            /** Format: uuid */
            feedId: string;
            /** @description The secret of the link, shown only now */
            key: string;
            label: string | null;
            /**
             * @description The read-only link (relative to this server)
             * @example /calendar/suwon/steering-committee.ics?key=grcal_…
             */
            path: string;
            /**
             * Format: date-time
             * @description From then on the link answers 403 CALENDAR.KEY_INVALID
             */
            revokedAt: string | null;
        };
        IssuedTokenDto: {
            body?: string;
            /** @description A civic council secretary's own council */
            council?: string;
            /** Format: date-time */
            createdAt: string;
            district?: string;
            /**
             * Format: date-time
             * @description From then on the token answers 401 (invalid_token)
             */
            expiresAt?: string;
            id: string;
            name?: string;
            party?: string;
            /** Format: date-time */
            revokedAt?: string;
            /** @enum {string} */
            role: "secretary" | "official" | "auditor" | "admin" | "province";
            /** @description The bearer token. Shown once; only its hash is stored. */
            token: string;
        };
        JudgeSchoolApplicationDto: {
            /**
             * @description The reasons of the decision
             * @example [
             *       "교육과정 연계가 구체적임"
             *     ]
             */
            reasons: string[];
            /**
             * @description Score, 0 to 100
             * @example 88
             */
            score: number;
        };
        LocalizedTextDto: {
            /** @example No quorum: more than half of the members on roll must be present. */
            en: string;
            /** @example 의사정족수에 미달합니다: 재적 과반수가 출석해야 합니다. */
            ko: string;
        };
        /** @description One meeting (회의) of a body */
        MeetingDetail: {
            adjourned_at?: string | null;
            agenda: unknown;
            /** @description Every member on roll that day, with their name from the roster and whether attending */
            attendance: {
                category?: string;
                member_id: string;
                name?: string;
                present: boolean;
                role?: string;
            }[];
            attending?: unknown;
            body: string;
            cancellation_reason?: string | null;
            convened_at?: string | null;
            council?: string | null;
            /** @description The decisions taken at the meeting (the decision register’s rows naming it) */
            decisions: {
                abstain?: number | null;
                actor_role?: string | null;
                body: string;
                /** @description Conditions or recommendations attached to the decision, when any */
                conditions?: string[] | null;
                decided_on: string;
                decision: string;
                district: string;
                event_id: string;
                item_id: string;
                item_title: string;
                kind: string;
                meeting_id?: string | null;
                meeting_title?: string | null;
                on_roll?: number | null;
                present?: number | null;
                project_id?: string | null;
                recorded_at: string;
                task_code?: string | null;
                text?: string | null;
                votes_against?: number | null;
                votes_for?: number | null;
                year: number;
            }[];
            district: string;
            held_on: string;
            last_changed_at: string;
            meeting_id: string;
            minutes_approved_on?: string | null;
            minutes_attachments?: unknown;
            minutes_recorded_on?: string | null;
            minutes_text?: string | null;
            number: number;
            on_roll?: unknown;
            on_roll_count?: number | null;
            place: string;
            present_count?: number | null;
            starts_at: string;
            /** @description When it starts, as an instant in KST (+09:00) */
            starts_at_instant?: string;
            state: string;
            title?: string | null;
            year: number;
        };
        MeetingDto: {
            /** @enum {string} */
            body?: "civic-council" | "working-council" | "steering-committee";
            /**
             * @description Date the meeting was held (YYYY-MM-DD); taken from the recorded meeting when meetingId names one
             * @example 2024-03-14
             */
            heldOn?: string;
            /** @example 2024-civic-03 */
            meetingId?: string;
            /** @example 제3차 민·관·학 지역교육협의체 */
            title?: string;
        };
        MeetingPage: {
            items: {
                adjourned_at?: string | null;
                agenda: unknown;
                attending?: unknown;
                body: string;
                cancellation_reason?: string | null;
                convened_at?: string | null;
                council?: string | null;
                district: string;
                held_on: string;
                last_changed_at: string;
                meeting_id: string;
                minutes_approved_on?: string | null;
                minutes_attachments?: unknown;
                minutes_recorded_on?: string | null;
                minutes_text?: string | null;
                number: number;
                on_roll?: unknown;
                on_roll_count?: number | null;
                place: string;
                present_count?: number | null;
                starts_at: string;
                /** @description When it starts, as an instant in KST (+09:00) */
                starts_at_instant?: string;
                state: string;
                title?: string | null;
                year: number;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        MeetingStream: {
            /** @description Commands allowed now */
            allowedActions: string[];
            /** @description Also the ETag */
            revision: number;
            state: components["schemas"]["MeetingView"];
            streamId: string;
        };
        /** @description What `GET /meetings/{id}` shows of a meeting: its state and what is derived from it. */
        MeetingView: {
            adjournedAt: string | null;
            agenda: {
                itemId: string | null;
                title: string;
            }[];
            /** @description Member ids attending now. */
            attending: string[];
            /** @enum {string|null} */
            body: "civic-council" | "working-council" | "steering-committee" | null;
            cancellation: {
                cancelledOn: string;
                reason: string;
            } | null;
            convenedAt: string | null;
            /** @description The civic council the meeting is of, other than the district's default one (null: the default, or another body). */
            council: string | null;
            /** @enum {string|null} */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon" | null;
            heldOn: string | null;
            meetingId: string | null;
            minutes: {
                attachments: {
                    mediaType: string;
                    name: string;
                    sha256: string;
                    size: number;
                }[];
                recordedOn: string;
                text: string;
            } | null;
            minutesApprovedOn: string | null;
            number: number | null;
            /** @description Member ids on roll on the meeting day, fixed when it convened. */
            onRoll: string[];
            onRollCount: number;
            place: string | null;
            presentCount: number;
            /** @description More than half of the members on roll attend. */
            quorate: boolean;
            startsAt: string | null;
            /** @description The meeting's start as an instant in Korean time, once its day and time are set. */
            startsAtInstant: string | null;
            /** @enum {string} */
            status: "none" | "scheduled" | "convened" | "adjourned" | "minutesRecorded" | "minutesApproved" | "cancelled";
            terminal: boolean;
            title: string | null;
            workflowVersion: number | null;
            year: number | null;
        };
        MinutesAttachmentDto: {
            /** @example application/pdf */
            mediaType: string;
            /** @example 제3차 회의록.hwpx */
            name: string;
            /** @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 */
            sha256: string;
            /**
             * @description Size in bytes
             * @example 52000
             */
            size: number;
        };
        OpenDataDictionary: {
            asOf: components["schemas"]["PublicAsOf"];
            datasets: {
                columns: {
                    description: {
                        en: string;
                        ko: string;
                    };
                    en: string;
                    key: string;
                    ko: string;
                    /** @enum {string} */
                    type: "text" | "integer" | "date" | "won";
                }[];
                description: {
                    en: string;
                    ko: string;
                };
                files: string[];
                name: string;
                title: {
                    en: string;
                    ko: string;
                };
            }[];
            formats: ("csv" | "json" | "xlsx")[];
        };
        OpenDeliberationDto: {
            /** @example 온라인 설문과 공개 토론회 */
            method?: string;
            /** @example 2024-03-10 */
            openedOn?: string;
        };
        OpenSchoolCallDto: {
            /** @description What the call grants at most, per funder (integer won) */
            amount: components["schemas"]["BudgetDto"];
            /** @example 2025-03-21 */
            closesOn: string;
            /**
             * @description The selection criteria (심사 기준)
             * @example [
             *       "교육과정 연계성",
             *       "지역 자원 활용"
             *     ]
             */
            criteria: string[];
            /** @description The school levels that may apply; all when absent */
            levels?: ("elementary" | "middle" | "high")[];
            /**
             * @description The call’s number within its project: the next one (1 for the first call)
             * @example 1
             */
            number: number;
            /** @example 2025-03-03 */
            opensOn: string;
            /** @example 2025 학교 교육과정 연계 마을교육 공모 */
            title: string;
        };
        OperatingPlanDetail: {
            abstain?: number | null;
            budget_education_office: number;
            budget_local_government: number;
            decided_on?: string | null;
            decided_revision?: number | null;
            decision?: string | null;
            district: string;
            drafted_on: string;
            feedback?: string | null;
            last_changed_at: string;
            meeting_id?: string | null;
            meeting_title?: string | null;
            on_roll?: number | null;
            plan_id: string;
            position: number;
            present?: number | null;
            projectList: {
                added_on: string;
                budget_education_office: number;
                budget_local_government: number;
                /** @description 1 when an approved item or plan deliberated it; 0 is 미심의 */
                deliberated?: number | null;
                /** @description The approved plan that lists it */
                deliberated_in_plan?: string | null;
                goal?: number | null;
                origin: string;
                project_id: string;
                source_agenda_item_id?: string | null;
                task_code: string;
                title: string;
            }[];
            projects: number;
            revision: number;
            status: string;
            submitted_on?: string | null;
            title?: string | null;
            votes_against?: number | null;
            votes_for?: number | null;
            year: number;
        };
        OperatingPlanPage: {
            items: {
                abstain?: number | null;
                budget_education_office: number;
                budget_local_government: number;
                decided_on?: string | null;
                decided_revision?: number | null;
                decision?: string | null;
                district: string;
                drafted_on: string;
                feedback?: string | null;
                last_changed_at: string;
                meeting_id?: string | null;
                meeting_title?: string | null;
                on_roll?: number | null;
                plan_id: string;
                position: number;
                present?: number | null;
                projects: number;
                revision: number;
                status: string;
                submitted_on?: string | null;
                title?: string | null;
                votes_against?: number | null;
                votes_for?: number | null;
                year: number;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        OperatingPlanStream: {
            /** @description Commands allowed now */
            allowedActions: string[];
            /** @description Also the ETag */
            revision: number;
            state: components["schemas"]["OperatingPlanView"];
            streamId: string;
        };
        /** @description What `GET /operating-plans/{district}/{year}` shows of a plan. */
        OperatingPlanView: {
            /** @description How the plan is named on a meeting's agenda. */
            agendaEntryId: string | null;
            /** @description The projects of the approved plan, once approved. */
            approvedProjects: {
                budget: {
                    "education-office": number;
                    "local-government": number;
                };
                /** @enum {string} */
                origin: "agenda-item" | "office";
                projectId: string;
                /** @description The approved agenda item it came from; null for an office project. */
                sourceAgendaItemId: string | null;
                /** @enum {string} */
                taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
                title: string;
            }[] | null;
            /** @description The revision now before the committee, or the last one submitted. */
            currentRevision: number;
            decisions: {
                decidedOn: string;
                /** @enum {string} */
                decision: "approved" | "revisionRequested" | "rejected";
                feedback: string | null;
                /** @description A meeting of a body at which something was decided. */
                meeting: {
                    /** @enum {string} */
                    body?: "civic-council" | "working-council" | "steering-committee";
                    /** @description 'YYYY-MM-DD' */
                    heldOn: string;
                    meetingId?: string;
                    title?: string;
                };
                revision: number;
                tally: {
                    abstain: number;
                    against: number;
                    for: number;
                    onRoll: number;
                    present: number;
                };
            }[];
            /** @enum {string|null} */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon" | null;
            draftedOn: string | null;
            planId: string | null;
            /** @description The plan as it is being assembled (the working copy). */
            projects: {
                budget: {
                    "education-office": number;
                    "local-government": number;
                };
                /** @enum {string} */
                origin: "agenda-item" | "office";
                projectId: string;
                /** @description The approved agenda item it came from; null for an office project. */
                sourceAgendaItemId: string | null;
                /** @enum {string} */
                taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
                title: string;
            }[];
            /** @description Each time the plan was taken up again after 부결. */
            redrafts: {
                reason: string;
                redraftedOn: string;
                rejectedRevision: number;
            }[];
            revisions: {
                projects: {
                    budget: {
                        "education-office": number;
                        "local-government": number;
                    };
                    /** @enum {string} */
                    origin: "agenda-item" | "office";
                    projectId: string;
                    /** @description The approved agenda item it came from; null for an office project. */
                    sourceAgendaItemId: string | null;
                    /** @enum {string} */
                    taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
                    title: string;
                }[];
                reasons: string[];
                revision: number;
                submittedOn: string;
            }[];
            /** @enum {string} */
            status: "none" | "drafting" | "underReview" | "approved" | "rejected";
            terminal: boolean;
            title: string | null;
            /** @description The working copy's budgets summed per funder, in won. */
            totals: {
                "education-office": number;
                "local-government": number;
            };
            workflowVersion: number | null;
            year: number | null;
        };
        ParkedReaction: {
            attempts: number;
            causeEventId?: string;
            causePosition?: number;
            causeType?: string;
            code: string;
            command: {
                [key: string]: unknown;
            };
            /** @description processManager:causeEventId:index */
            id: string;
            /** Format: date-time */
            lastAttemptAt?: string;
            message: string;
            /** Format: date-time */
            parkedAt: string;
            processManager?: string;
            reactionIndex?: number;
            /** @description The refusal in the language asked for (Accept-Language) */
            reason: string;
            refusal?: {
                [key: string]: unknown;
            };
            /** @enum {string|null} */
            resolution?: "applied" | "already-done" | null;
            /** Format: date-time */
            resolvedAt?: string | null;
        };
        ParkedReactions: {
            parked: {
                attempts: number;
                causeEventId?: string;
                causePosition?: number;
                causeType?: string;
                code: string;
                command: {
                    [key: string]: unknown;
                };
                /** @description processManager:causeEventId:index */
                id: string;
                /** Format: date-time */
                lastAttemptAt?: string;
                message: string;
                /** Format: date-time */
                parkedAt: string;
                processManager?: string;
                reactionIndex?: number;
                /** @description The refusal in the language asked for (Accept-Language) */
                reason: string;
                refusal?: {
                    [key: string]: unknown;
                };
                /** @enum {string|null} */
                resolution?: "applied" | "already-done" | null;
                /** Format: date-time */
                resolvedAt?: string | null;
            }[];
        };
        PlanMeetingDto: {
            /**
             * @description Taken from the recorded meeting; if given, it must match
             * @example 2025-02-12
             */
            heldOn?: string;
            /** @example suwon-steering-committee-2025-1 */
            meetingId: string;
        };
        ProblemDto: {
            allowedActions?: string[];
            /** @example VOTE.NO_QUORUM */
            code: string;
            /** @description This refusal in full, in the language of Accept-Language */
            detail: string;
            errors?: components["schemas"]["ProblemFieldErrorDto"][];
            field?: string;
            /** @description The message of the code in both languages */
            messages?: components["schemas"]["LocalizedTextDto"];
            /** @example 422 */
            status: number;
            /**
             * @description The message of the code, in the language of Accept-Language (ko default, en)
             * @example 의사정족수에 미달합니다: 재적 과반수가 출석해야 합니다.
             */
            title: string;
            /** @example urn:gongron:problem:vote.no_quorum */
            type: string;
        };
        ProblemFieldErrorDto: {
            code: string;
            field: string;
            /** @description In the language of Accept-Language (Korean by default) */
            message: string;
            /** @description The message in both languages */
            messages?: components["schemas"]["LocalizedTextDto"];
        };
        ProcessManagerStatuses: {
            processManagers: {
                name: string;
                parked: number;
                position: number;
            }[];
        };
        /** @description A project and the deliberation it traces to; deliberated 0 is the 미심의 (not deliberated) mark */
        ProjectDeliberation: {
            cancelled: number;
            deliberated: number;
            district: string;
            plan_decided_on?: string | null;
            plan_id?: string | null;
            plan_meeting_id?: string | null;
            project_id: string;
            source_agenda_item_id?: string | null;
            task_code?: string | null;
            title: string;
            year: number;
        };
        ProjectDeliberationPage: {
            items: {
                cancelled: number;
                deliberated: number;
                district: string;
                plan_decided_on?: string | null;
                plan_id?: string | null;
                plan_meeting_id?: string | null;
                project_id: string;
                source_agenda_item_id?: string | null;
                task_code?: string | null;
                title: string;
                year: number;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        ProjectionStatuses: {
            projections: {
                builtVersion?: number | null;
                description?: string;
                eventsApplied?: number;
                generation?: number | null;
                headPosition: number;
                lag: number;
                name: string;
                position: number;
                rebuild?: {
                    [key: string]: unknown;
                } | null;
                state: string;
                tables?: string[];
                updatedAt?: string | null;
                version: number;
            }[];
        };
        ProjectStream: {
            /** @description Commands allowed now */
            allowedActions: string[];
            /** @description Also the ETag */
            revision: number;
            state: components["schemas"]["ProjectView"];
            streamId: string;
        };
        /** @description What `GET /projects/{id}` shows of a project: its state and what is derived from it. */
        ProjectView: {
            agreedOn: string | null;
            agreementId: string | null;
            allocation: {
                "education-office": number;
                "local-government": number;
            } | null;
            amendmentIds: string[];
            cancellation: {
                cancelledOn: string;
                reason: string;
                returned: {
                    "education-office": number;
                    "local-government": number;
                };
            } | null;
            closedOn: string | null;
            completedOn: string | null;
            comprehensiveEvaluation: {
                /** @description Survey satisfaction on a 0–100 scale (percent satisfied or a 100-point score). */
                satisfaction: {
                    parents: number;
                    students: number;
                    teachers: number;
                };
                surveyedOn: string;
            } | null;
            /** @description The obligations of a conditional approval. */
            conditions: {
                /** @description Whether it blocks expenditures until fulfilled or waived. */
                beforeSpending: boolean;
                conditionId: string;
                /** @description The Korean day by which it is to be fulfilled, or null. */
                dueOn: string | null;
                evidence: string | null;
                overdueOn: string | null;
                settledOn: string | null;
                /** @enum {string} */
                status: "open" | "fulfilled" | "waived";
                text: string;
                waiver: {
                    /** @description A meeting of a body at which something was decided. */
                    meeting: {
                        /** @enum {string} */
                        body?: "civic-council" | "working-council" | "steering-committee";
                        /** @description 'YYYY-MM-DD' */
                        heldOn: string;
                        meetingId?: string;
                        title?: string;
                    };
                    reason: string;
                } | null;
            }[];
            createdOn: string | null;
            /** @enum {string|null} */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon" | null;
            evaluatedOn: string | null;
            expenditures: {
                amount: number;
                /** @enum {string} */
                executedBy: "education-office" | "local-government" | "school";
                expenditureId: string;
                /** @enum {string} */
                funder: "education-office" | "local-government";
                /** @description The grant a school's expenditure was executed from, as recorded with it. */
                grant: {
                    /** @description What the grant gave from the expenditure's funder, in won. */
                    amount: number;
                    /** @description The call (or the project's direct grants) that granted it. */
                    callId: string;
                    grantId: string;
                    schoolId: string;
                } | null;
                purpose: string;
                school: string | null;
                spentOn: string;
            }[];
            /** @description Evaluation deadlines that ran out after completion. */
            overdueEvaluations: {
                deadlineId: string;
                dueOn: string;
                overdueOn: string;
            }[];
            plannedBudget: {
                "education-office": number;
                "local-government": number;
            } | null;
            projectId: string | null;
            /** @description The project's withdrawal from its agreement: what went back, and from when nothing more is spent. */
            release: {
                agreementId: string;
                amendmentId: string;
                releasedOn: string;
                returned: {
                    "education-office": number;
                    "local-government": number;
                };
            } | null;
            /** @description Allocated less spent, per funder, in won; null before the agreement allocates. */
            remaining: {
                "education-office": number;
                "local-government": number;
            } | null;
            selfEvaluation: {
                indicators: {
                    name: string;
                    result: number;
                    target: number;
                    unit?: string;
                }[];
                recordedOn: string;
                summary: string | null;
            } | null;
            sourceAgendaItemId: string | null;
            sourceRevisionId: string | null;
            spent: {
                "education-office": number;
                "local-government": number;
            };
            startedOn: string | null;
            /** @enum {string} */
            status: "none" | "planned" | "agreed" | "inProgress" | "suspended" | "completed" | "evaluated" | "closed" | "cancelled";
            suspension: {
                reason: string;
                suspendedOn: string;
            } | null;
            /** @enum {string|null} */
            taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3" | null;
            /** @description The term of the agreement that allocated the budget: expenditures are dated within it. */
            term: {
                /** @description The first day in force (the later signature). */
                from: string;
                /** @description The last day in force. */
                until: string;
            } | null;
            terminal: boolean;
            title: string | null;
            workflowVersion: number | null;
            year: number | null;
        };
        ProofBundle: {
            /** @description The signed checkpoint the proof leads to */
            checkpoint: string;
            /** @description The event as stored: id, type, schemaVersion, streamId, revision, position, recordedAt, data, metadata, hash, previousHash */
            event: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            format: "gongron-proof-bundle/v1";
            /** @description Hex hashes from the leaf up (RFC 9162 §2.1.3.1) */
            inclusionProof: string[];
            leafIndex: number;
        };
        ProposeAgendaItemDto: {
            /**
             * @description The civic council it is proposed in, where the district has several (default: the proposing secretary's own)
             * @example north
             */
            council?: string;
            /** @example 학생들이 지역 하천을 탐구하는 방과후 프로그램을 제안합니다. */
            description: string;
            /**
             * @description District code (one of the 31 시·군)
             * @example hwaseong
             */
            district: string;
            /** @description Client-chosen id; the server assigns a UUID when absent */
            itemId?: string;
            /** @example 2024-03-02 */
            proposedOn?: string;
            /** @enum {string} */
            proposerCategory: "student" | "parent" | "teacher" | "citizen" | "official" | "other";
            /** @example forum */
            source?: string;
            /** @enum {string} */
            taskCode?: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
            /** @example 마을과 함께하는 방과후 생태교실 */
            title: string;
        };
        ProposeAmendmentDto: {
            amendmentId?: string;
            changes: components["schemas"]["AmendmentChangeDto"][];
            /**
             * @description Defaults to the official’s own party
             * @enum {string}
             */
            party?: "education-office" | "local-government";
            /** @example 2학기 참여 학교 확대 */
            reason: string;
        };
        ProvinceDashboard: {
            districts: components["schemas"]["DistrictDashboard"][];
        };
        ProvinceSurveyStream: {
            /** @description Commands allowed now */
            allowedActions: string[];
            /** @description Also the ETag */
            revision: number;
            state: components["schemas"]["ProvinceSurveyView"];
            streamId: string;
        };
        /** @description What `GET /evaluations/province/{year}` shows: the survey as it stands, its total and its province-wide IPA. */
        ProvinceSurveyView: {
            analysis: {
                items: {
                    importance: number;
                    indicatorId: string;
                    name: string;
                    performance: number;
                    /** @enum {string} */
                    quadrant: "concentrate" | "keepUp" | "improveGradually" | "maintain";
                    /**
                     * @description The task (추진과제) the indicator measures, where it measures one.
                     * @enum {string|null}
                     */
                    taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3" | null;
                }[];
                means: {
                    importance: number;
                    performance: number;
                } | null;
            };
            corrections: {
                correction: number;
                enteredOn: string;
                reason: string;
            }[];
            recordedOn: string | null;
            /** @enum {string} */
            status: "none" | "recorded";
            /** @description What the survey found, as recorded and as each correction restates it. */
            survey: {
                /** @description Who analysed it with the office, e.g. 경기도교육연구원. */
                conductedWith: string | null;
                indicators: {
                    importance: number;
                    indicatorId: string;
                    name: string;
                    performance: number;
                    /**
                     * @description The task (추진과제) the indicator measures, where it measures one.
                     * @enum {string|null}
                     */
                    taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3" | null;
                }[];
                /** @description The days the survey was open, Korean dates ('YYYY-MM-DD'), both included. */
                period: {
                    from: string;
                    to: string;
                };
                /** @description Respondents per group (2023: 71,271 students, 20,592 parents, 24,507 teachers). */
                respondents: {
                    parents: number;
                    students: number;
                    teachers: number;
                };
                results: {
                    /** @enum {string} */
                    district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                    importance: number;
                    indicatorId: string;
                    performance: number;
                }[];
                title: string;
            } | null;
            surveyId: string | null;
            totalRespondents: number;
            workflowVersion: number | null;
            year: number | null;
        };
        PublicAgendaBoardPage: {
            items: {
                body: string;
                deferrals: number;
                district: string;
                goal?: number | null;
                item_id: string;
                last_changed_at: string;
                last_effective_at: string;
                last_event_type: string;
                opinions: number;
                project_id?: string | null;
                proposed_on?: string | null;
                proposer_category?: string | null;
                revision: number;
                state: string;
                task_code?: string | null;
                title: string;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        PublicAgreementForm: {
            amendments: {
                amendmentId: string;
                changes: {
                    budget: {
                        "education-office": number;
                        "local-government": number;
                    } | null;
                    kind: string;
                    projectId: string;
                    title: string | null;
                }[];
                decidedOn: string | null;
                proposedBy: string;
                proposedOn: string;
                status: string;
            }[];
            articles: {
                amendments: string[];
                article1: string;
                article2: string;
                article3: string;
                asOf: string;
                noAmendments: string;
                preamble: string;
                term: string;
                title: string;
            };
            asOf: components["schemas"]["PublicAsOf"];
            /** @enum {string} */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            inForceFrom: string | null;
            inForceUntil: string | null;
            parties: {
                "education-office": {
                    institution: string;
                    /** @description 교육장, 시장 or 군수 (a title, never a name) */
                    signatory: string;
                    signedOn: string | null;
                };
                "local-government": {
                    institution: string;
                    /** @description 교육장, 시장 or 군수 (a title, never a name) */
                    signatory: string;
                    signedOn: string | null;
                };
            };
            projects: {
                budget: components["schemas"]["PublicPerFunder"];
                goal: number | null;
                projectId: string;
                taskCode: string | null;
                title: string;
            }[];
            state: string;
            totals: components["schemas"]["PublicPerFunder"];
            year: number;
        };
        PublicAgreementPage: {
            items: {
                agreement_id: string;
                amendments_consented: number;
                amendments_proposed: number;
                amendments_refused: number;
                budget_education_office: number;
                budget_local_government: number;
                district: string;
                education_office_signatory?: string | null;
                education_office_signed_on?: string | null;
                in_force_from?: string | null;
                in_force_until?: string | null;
                last_changed_at: string;
                local_government_signatory?: string | null;
                local_government_signed_on?: string | null;
                projects: number;
                state: string;
                year: number;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        PublicAmendment: {
            amendmentId: string;
            /** @enum {string} */
            consentedBy: "education-office" | "local-government";
            /** Format: date */
            consentedOn: string;
            kind: string;
            next: {
                "education-office": number | null;
                "local-government": number | null;
            };
            previous: {
                "education-office": number | null;
                "local-government": number | null;
            };
            projectId: string;
            projectTitle: string | null;
            /** @enum {string} */
            proposedBy: "education-office" | "local-government";
            year: number | null;
        };
        PublicAsOf: {
            /** @description Every event up to this global log position is reflected */
            position: number;
            /** @description When the read models last caught up (instant) */
            updatedAt: string | null;
        };
        PublicBudgetAmendmentPage: {
            items: {
                agreement_id: string;
                amendment_id: string;
                consented_by: string;
                consented_on: string;
                district: string;
                kind: string;
                new_education_office?: number | null;
                new_local_government?: number | null;
                previous_education_office?: number | null;
                previous_local_government?: number | null;
                project_id: string;
                proposed_by: string;
                recorded_at: string;
                year?: number | null;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        PublicDecision: {
            body: string;
            /** Format: date */
            decidedOn: string;
            decision: string;
            eventId: string;
            itemId: string;
            itemTitle: string;
            kind: string;
            recordedAt: string;
            tally: {
                abstain: number | null;
                against: number | null;
                for: number | null;
                onRoll: number | null;
                present: number | null;
            };
            taskCode: string | null;
        };
        PublicDecisionPage: {
            items: {
                abstain?: number | null;
                actor_role?: string | null;
                body: string;
                /** @description Conditions or recommendations attached to the decision, when any */
                conditions?: string[] | null;
                decided_on: string;
                decision: string;
                district: string;
                event_id: string;
                item_id: string;
                item_title: string;
                kind: string;
                meeting_id?: string | null;
                meeting_title?: string | null;
                on_roll?: number | null;
                present?: number | null;
                project_id?: string | null;
                recorded_at: string;
                task_code?: string | null;
                votes_against?: number | null;
                votes_for?: number | null;
                year: number;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        PublicDistrict: {
            agreement: {
                inForceFrom: string | null;
                inForceUntil: string | null;
                state: string;
            } | null;
            amendments: components["schemas"]["PublicAmendment"][];
            asOf: components["schemas"]["PublicAsOf"];
            bodies: {
                /** @enum {string} */
                code: "civic-council" | "working-council" | "steering-committee";
                name: string;
            }[];
            civicCouncils: {
                code: string;
                name: string;
            }[];
            decisions: {
                items: components["schemas"]["PublicDecision"][];
                total: number;
            };
            /** @enum {string} */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            goals: {
                allocated: components["schemas"]["PublicPerFunder"];
                goal: number;
                projects: number;
                spent: components["schemas"]["PublicPerFunder"];
            }[];
            projects: components["schemas"]["PublicProject"][];
            region: {
                code: string;
                englishName: string;
                name: string;
            };
            totals: {
                allocated: components["schemas"]["PublicPerFunder"];
                planned: components["schemas"]["PublicPerFunder"];
                remaining: components["schemas"]["PublicPerFunder"];
                spent: components["schemas"]["PublicPerFunder"];
            };
            year: number | null;
            years: number[];
        };
        PublicOrganisation: {
            districts: {
                bodies: {
                    /** @enum {string} */
                    code: "civic-council" | "working-council" | "steering-committee";
                    name: string;
                }[];
                civicCouncils: {
                    code: string;
                    name: string;
                }[];
                /** @enum {string} */
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                region: {
                    code: string;
                    englishName: string;
                    name: string;
                };
            }[];
            regions: {
                code: string;
                districts: ("suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon")[];
                englishName: string;
                name: string;
            }[];
        };
        PublicPerFunder: {
            "education-office": number;
            "local-government": number;
            total: number;
        };
        PublicProject: {
            agreementId: string | null;
            allocated: components["schemas"]["PublicPerFunder"];
            goal: number | null;
            planned: components["schemas"]["PublicPerFunder"];
            projectId: string;
            remaining: components["schemas"]["PublicPerFunder"];
            spent: components["schemas"]["PublicPerFunder"];
            state: string;
            taskCode: string | null;
            title: string;
            year: number;
        };
        PublicProvince: {
            asOf: components["schemas"]["PublicAsOf"];
            districts: {
                allocated: number;
                decisions: number;
                /** @enum {string} */
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                items: number;
                projects: number;
                region: string;
                spent: number;
            }[];
            regions: {
                code: string;
                districts: ("suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon")[];
                englishName: string;
                name: string;
                totals: {
                    allocated: number;
                    decisions: number;
                    districts: number;
                    items: number;
                    projects: number;
                    spent: number;
                };
            }[];
        };
        RebuildAccepted: {
            accepted: boolean;
            /** @description The run as server-sent events: GET /admin/projections/rebuilds/{id}/events */
            events: string;
            /**
             * Format: uuid
             * @description The run
             */
            id: string;
            projections: string[];
            /** @description Where the run stands: GET /admin/projections/rebuilds/{id} */
            rebuild: string;
            /** @description Where every projection stands: GET /admin/projections */
            status: string;
        };
        RebuildRunDto: {
            durationMs?: number;
            /** @description Why it failed */
            error?: string;
            eventsPerSecond?: number;
            finishedAt?: string;
            /** Format: uuid */
            id: string;
            /** @description Whole percent of the log replayed; 100 once completed */
            percent: number;
            /** @description Events replayed so far */
            processed: number;
            projections: string[];
            startedAt: string;
            /** @enum {string} */
            state: "running" | "completed" | "failed";
            /** @description Events to replay, as far as the head of the log is known */
            total: number;
        };
        ReceiptDto: {
            /** @description SHA-256(0x00 ‖ position as 8 bytes big-endian ‖ event hash), hex */
            leafHash: string;
            /** @description 0-based index of the leaf in the log's Merkle tree */
            leafIndex: number;
            /** @description Size of the tree right after the append; prove inclusion against any checkpoint at least this large */
            treeSize: number;
        };
        ReceiveSchoolApplicationDto: {
            /** @description Client-chosen id; the server assigns a UUID when absent */
            applicationId?: string;
            /**
             * @description The school’s plan (운영 계획)
             * @example 마을 강사와 함께하는 생태 교육과정
             */
            plan: string;
            /** @description What the school asks for, per funder */
            requested: components["schemas"]["BudgetDto"];
            /**
             * @description A configured school (GET /schools)
             * @example suwon-maetan-es
             */
            schoolId: string;
        };
        RecordComprehensiveEvaluationDto: {
            satisfaction: components["schemas"]["SatisfactionDto"];
            /** @example 2025-01-15 */
            surveyedOn?: string;
        };
        RecordDistrictEvaluationDto: {
            /**
             * @example suwon
             * @enum {string}
             */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            indicators: components["schemas"]["DistrictIndicatorDto"][];
            report: components["schemas"]["EvaluationReportDto"];
            summary?: string;
            /** @example 2023 */
            year: number;
        };
        RecordExpenditureDto: {
            /**
             * @description Integer won
             * @example 4500000
             */
            amount: number;
            /**
             * @description Who executed it (집행 주체), apart from who funded it: the funder (the default), the other party, or a school through a grant
             * @enum {string}
             */
            executedBy?: "education-office" | "local-government" | "school";
            expenditureId?: string;
            /** @enum {string} */
            funder: "education-office" | "local-government";
            /**
             * @description The project’s grant (of a call or direct, 지정 교부) the school executed it from; required when executedBy is school, refused otherwise. The school comes from the grant.
             * @example grant-1
             */
            grantId?: string;
            /** @example 강사비 (5월분) */
            purpose: string;
            /** @example 2024-05-20 */
            spentOn: string;
        };
        RecordFeedbackDto: {
            followUpProposalId?: string;
            meeting?: components["schemas"]["MeetingDto"];
            recommendations: string[];
            /** @example 참여 학생 만족도 높음, 차년도 확대 권고 */
            summary: string;
        };
        RecordMinutesDto: {
            /** @description Files kept by their SHA-256 (upload them first) */
            attachments?: components["schemas"]["MinutesAttachmentDto"][];
            /** @example 1. 개회 2. 안건 심의 … */
            text: string;
        };
        RecordOpinionDto: {
            opinionId?: string;
            /** @example 2024-03-11 */
            receivedOn?: string;
            /** @enum {string} */
            respondentCategory: "student" | "parent" | "teacher" | "citizen" | "official" | "other";
            /** @enum {string} */
            stance: "support" | "oppose" | "neutral";
            /** @example 아이들이 동네를 더 잘 알게 될 것 같아요. */
            text: string;
        };
        RecordProvinceSurveyDto: {
            /** @example 경기도교육연구원 */
            conductedWith?: string;
            indicators: components["schemas"]["SurveyIndicatorDto"][];
            period: components["schemas"]["SurveyPeriodDto"];
            respondents: components["schemas"]["SurveyRespondentsDto"];
            results: components["schemas"]["SurveyDistrictResultDto"][];
            /** @example 2023 미래교육협력지구 공통지표 설문조사 */
            title: string;
            /** @example 2023 */
            year: number;
        };
        RecordReviewDecisionDto: {
            /**
             * @description The conditions of a conditional approval: texts, or objects with a due day and whether they block spending
             * @example [
             *       "안전 관리 계획 보완",
             *       {
             *         "conditionId": "safety",
             *         "text": "안전 관리 계획 제출",
             *         "dueOn": "2024-06-30",
             *         "beforeSpending": true
             *       }
             *     ]
             */
            conditions?: (string | {
                /** @description blocks every expenditure until fulfilled or waived */
                beforeSpending?: boolean;
                /** @example safety-plan */
                conditionId?: string;
                /**
                 * Format: date
                 * @example 2024-06-30
                 */
                dueOn?: string;
                /** @example 안전 관리 계획 제출 */
                text: string;
            })[];
            /** @enum {string} */
            decision: "approved" | "conditionallyApproved" | "revisionRequested" | "rejected";
            feedback?: string;
            meeting: components["schemas"]["MeetingDto"];
            /** @example 2024 */
            projectYear?: number;
            tally: components["schemas"]["TallyDto"];
        };
        RecordSchoolGrantInspectionDto: {
            /**
             * @description The findings (점검 결과)
             * @example [
             *       "강사비 증빙 일부 누락"
             *     ]
             */
            findings: string[];
            /**
             * @description The day of the inspection (today or before; today when absent)
             * @example 2025-12-20
             */
            inspectedOn?: string;
            /** @description Client-chosen id; the server assigns a UUID when absent */
            inspectionId?: string;
            /**
             * @description 적정 · 개선 필요 · 부적정
             * @enum {string}
             */
            outcome: "appropriate" | "improvementNeeded" | "inappropriate";
        };
        RecordSelfEvaluationDto: {
            indicators: components["schemas"]["IndicatorDto"][];
            summary?: string;
        };
        RedraftOperatingPlanDto: {
            /** @example 부결 사유(지자체 분담 근거 부족)를 반영하여 다시 작성 */
            reason: string;
        };
        RefuseAmendmentDto: {
            /**
             * @description Defaults to the official’s own party
             * @enum {string}
             */
            party?: "education-office" | "local-government";
            reason: string;
        };
        RemoveMemberDto: {
            /**
             * @description For the civic council of a district with several: the council's code (default: the secretary's own; see GET /public/organisation)
             * @example south
             */
            council?: string;
            /**
             * @description From this day the member is no longer on roll
             * @example 2024-06-01
             */
            leftOn: string;
            /** @example 사임 */
            reason?: string;
        };
        RemoveProjectFromPlanDto: {
            /** @example 지자체 예산 미확보로 차년도 이월 */
            reason: string;
        };
        ResumeProjectDto: {
            /** @example 2024-06-15 */
            resumedOn?: string;
        };
        /** @description What the retry did: applied, already done, or refused again (still parked) */
        RetryOutcome: {
            [key: string]: unknown;
        };
        RetryOutcomes: {
            outcomes: {
                [key: string]: unknown;
            }[];
        };
        RosterAsOf: {
            /** @enum {string} */
            body: "civic-council" | "working-council" | "steering-committee";
            /** @description A civic council other than the district's first (null: the first, or another body) */
            council: string | null;
            /** Format: date */
            date: string;
            /** @enum {string} */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            members: {
                category: string;
                left_on?: string | null;
                member_id: string;
                name: string;
                role: string;
                term_from: string;
                term_until?: string | null;
            }[];
            /** @description Members on roll (재적) that day */
            on_roll: number;
        };
        SatisfactionDto: {
            /** @example 82 */
            parents: number;
            /**
             * @description 0–100
             * @example 88.5
             */
            students: number;
            /** @example 79 */
            teachers: number;
        };
        ScheduleMeetingDto: {
            agenda?: components["schemas"]["AgendaEntryDto"][];
            /** @enum {string} */
            body: "civic-council" | "working-council" | "steering-committee";
            /**
             * @description For the civic council of a district with several: the council's code (default: the secretary's own; see GET /public/organisation)
             * @example south
             */
            council?: string;
            /** @example suwon */
            district: string;
            /**
             * @description Korean date it is held
             * @example 2024-05-09
             */
            heldOn: string;
            /**
             * @description 제N차: the number of the meeting in its year
             * @example 3
             */
            number: number;
            /** @example 수원시청 별관 회의실 */
            place: string;
            /**
             * @description Korean time it starts (HH:MM, KST)
             * @example 14:00
             */
            startsAt: string;
            /** @example 2024년 제3차 민·관·학 지역교육협의체 */
            title?: string;
        };
        SchoolCallDetail: {
            amount_education_office: number;
            amount_local_government: number;
            applications: {
                application_id: string;
                call_id: string;
                decided_on?: string | null;
                decision?: string | null;
                district: string;
                level: string;
                project_id: string;
                reasons?: unknown;
                received_on: string;
                requested_education_office: number;
                requested_local_government: number;
                school_id: string;
                school_name: string;
                score?: number | null;
            }[];
            call_id: string;
            closes_on: string;
            criteria: unknown;
            declined: number;
            district: string;
            granted_education_office: number;
            granted_local_government: number;
            grants: {
                amount_education_office: number;
                amount_local_government: number;
                application_id?: string | null;
                awarded_on: string;
                call_id: string;
                district: string;
                grant_id: string;
                inspections: number;
                kind: string;
                last_inspected_on?: string | null;
                last_inspection_outcome?: string | null;
                project_id: string;
                purpose?: string | null;
                reason?: string | null;
                report_summary?: string | null;
                reported_on?: string | null;
                school_id: string;
                school_name: string;
                spent_education_office?: number | null;
                spent_local_government?: number | null;
            }[];
            inspections: {
                call_id: string;
                district: string;
                findings: unknown;
                grant_id: string;
                inspected_on: string;
                inspection_id: string;
                outcome: string;
                project_id: string;
            }[];
            last_changed_at: string;
            levels: unknown;
            number: number;
            opens_on: string;
            position: number;
            project_id: string;
            reports: number;
            selected: number;
            state: string;
            title: string;
            year: number;
        };
        SchoolCallPage: {
            items: {
                amount_education_office: number;
                amount_local_government: number;
                applications: number;
                call_id: string;
                closes_on: string;
                criteria: unknown;
                declined: number;
                district: string;
                granted_education_office: number;
                granted_local_government: number;
                grants: number;
                inspections: number;
                last_changed_at: string;
                levels: unknown;
                number: number;
                opens_on: string;
                position: number;
                project_id: string;
                reports: number;
                selected: number;
                state: string;
                title: string;
                year: number;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        SchoolCallStream: {
            /** @description Commands allowed now */
            allowedActions: string[];
            /** @description Also the ETag */
            revision: number;
            state: components["schemas"]["SchoolCallView"];
            streamId: string;
        };
        /** @description What `GET /school-calls/{callId}` shows of a call. */
        SchoolCallView: {
            amount: {
                "education-office": number;
                "local-government": number;
            };
            applications: {
                applicationId: string;
                decidedOn: string | null;
                /** @enum {string|null} */
                decision: "selected" | "declined" | null;
                /** @enum {string} */
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @enum {string} */
                level: "elementary" | "middle" | "high";
                plan: string;
                reasons: string[];
                receivedOn: string;
                requested: {
                    "education-office": number;
                    "local-government": number;
                };
                schoolId: string;
                schoolName: string;
                score: number | null;
            }[];
            callId: string | null;
            cancellation: {
                cancelledOn: string;
                reason: string;
            } | null;
            closedOn: string | null;
            closesOn: string | null;
            completedOn: string | null;
            concludedOn: string | null;
            criteria: string[];
            declinedCount: number;
            /** @enum {string|null} */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon" | null;
            /** @description The grants of this call summed per funder. */
            granted: {
                "education-office": number;
                "local-government": number;
            };
            grants: {
                amount: {
                    "education-office": number;
                    "local-government": number;
                };
                /** @description The selected application a call granted; null for a direct grant. */
                applicationId: string | null;
                awardedOn: string;
                grantId: string;
                /** @enum {string} */
                kind: "call" | "direct";
                purpose: string | null;
                /** @description Why a school was designated and what the money is for; null for a call's grant. */
                reason: string | null;
                report: {
                    spent: {
                        "education-office": number;
                        "local-government": number;
                    };
                    submittedOn: string;
                    summary: string;
                } | null;
                schoolId: string;
                schoolName: string;
            }[];
            inspections: {
                findings: string[];
                grantId: string;
                inspectedOn: string;
                inspectionId: string;
                /** @enum {string} */
                outcome: "appropriate" | "improvementNeeded" | "inappropriate";
            }[];
            levels: ("elementary" | "middle" | "high")[];
            number: number | null;
            openedOn: string | null;
            opensOn: string | null;
            projectId: string | null;
            /** @description What the call may still grant, per funder. */
            remaining: {
                "education-office": number;
                "local-government": number;
            };
            reportedCount: number;
            selectedCount: number;
            /** @enum {string} */
            status: "none" | "open" | "reviewing" | "granting" | "completed" | "cancelled" | "direct";
            terminal: boolean;
            title: string | null;
            workflowVersion: number | null;
            year: number | null;
        };
        SchoolGrantPage: {
            items: {
                amount_education_office: number;
                amount_local_government: number;
                application_id?: string | null;
                awarded_on: string;
                call_id: string;
                district: string;
                grant_id: string;
                inspections: number;
                kind: string;
                last_inspected_on?: string | null;
                last_inspection_outcome?: string | null;
                project_id: string;
                purpose?: string | null;
                reason?: string | null;
                report_summary?: string | null;
                reported_on?: string | null;
                school_id: string;
                school_name: string;
                spent_education_office?: number | null;
                spent_local_government?: number | null;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        SchoolGrantTotalsPage: {
            items: {
                call_grants: number;
                direct_grants: number;
                district?: string | null;
                granted_education_office: number;
                granted_local_government: number;
                project_id: string;
            }[];
            limit: number;
            offset: number;
            total: number;
        };
        SchoolList: {
            schools: {
                /** @enum {string} */
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @enum {string} */
                level: "elementary" | "middle" | "high";
                name: string;
                schoolId: string;
            }[];
        };
        SessionActorDto: {
            /** @enum {string} */
            body?: "civic-council" | "working-council" | "steering-committee";
            /**
             * @description A civic council secretary's own council, where the district has several
             * @example north
             */
            council?: string;
            /** @example suwon */
            district?: string;
            /** @description The access token id the session acts as; recorded on every event */
            id: string;
            /** @example 수원 지역교육협의체 간사 */
            name?: string;
            /** @enum {string} */
            party?: "education-office" | "local-government";
            /** @enum {string} */
            role: "secretary" | "official" | "auditor" | "admin" | "province";
        };
        SessionDto: {
            /** @description When it ends however busy it is */
            absoluteExpiresAt?: string;
            actor: components["schemas"]["SessionActorDto"];
            /**
             * @description How this request was authenticated
             * @enum {string}
             */
            authenticatedBy: "session" | "bearer";
            /** @description When the session was opened (sessions only) */
            createdAt?: string;
            /** @description Send this in the X-CSRF-Token header with every POST, PUT, PATCH and DELETE made with the session cookie (also in the gongron_csrf cookie) */
            csrfToken?: string;
            /** @description When it ends if unused from now on: the earlier of the idle and the absolute end */
            expiresAt?: string;
            /** @description Idle minutes after which an unused session ends, in seconds */
            idleTimeoutSeconds?: number;
            /**
             * @description How the session was opened
             * @enum {string}
             */
            origin?: "token" | "sign-in-link";
        };
        SignAgreementDto: {
            /**
             * @description Defaults to the official’s own party; no other is accepted
             * @enum {string}
             */
            party?: "education-office" | "local-government";
            /** @example 홍길동 */
            signatoryName?: string;
            /** @example 2024-03-29 */
            signedOn: string;
        };
        SignedCheckpoint: {
            /** @description The verifier key: <name>+<key hash>+<base64 Ed25519 key> */
            key: string;
            /** @description The C2SP signed note: checkpoint text, an empty line, signature lines */
            note: string;
            origin: string;
            /** @description Hex */
            rootHash: string;
            time: string;
            treeSize: number;
        };
        SignedOutDto: {
            /** @description True when a session ended; false when the request had none (a bearer token) */
            signedOut: boolean;
        };
        SignInLinkDto: {
            /** @description Single use; shown once, only its hash is stored */
            code: string;
            createdAt: string;
            /** @description The administrator token that issued it */
            createdBy: string;
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Where the web application takes the code (in the fragment, so it stays out of server logs)
             * @example /sign-in#code=…
             */
            path: string;
            /**
             * Format: uuid
             * @description The access token (person) the session will act as
             */
            tokenId: string;
        };
        StartDraftingDto: {
            /** @example 화성오산교육지원청 미래교육팀 */
            owner: string;
        };
        StartProjectDto: {
            /** @example 2024-04-01 */
            startedOn?: string;
        };
        StateAsOf: {
            /** Format: date-time */
            asOf?: string;
            lastEventType?: string;
            /** Format: date-time */
            lastRecordedAt?: string;
            /** @description The revision the state stands at (-1: nothing yet) */
            revision: number;
            state: {
                [key: string]: unknown;
            };
            streamId: string;
            /** @enum {string} */
            timeline: "recorded" | "effective";
        };
        StreamEventsPage: {
            events: {
                actor?: {
                    body?: string;
                    district?: string;
                    id: string;
                    name?: string;
                    party?: string;
                    role: string;
                };
                causationId?: string;
                correlationId?: string;
                data: {
                    [key: string]: unknown;
                };
                hash: string;
                /** Format: uuid */
                id: string;
                position: number;
                previousHash: string;
                /** Format: date-time */
                recordedAt: string;
                revision: number;
                schemaVersion: number;
                type: string;
            }[];
            /** @description fromRevision of the next page */
            next?: number | null;
            revision: number;
            streamId: string;
        };
        StreamListPageDto: {
            /** @description Entries in recorded order */
            entries: {
                [key: string]: unknown;
            }[];
            limit: number;
            /** @example opinions */
            list: string;
            offset: number;
            /** @description Revision the page was read at; also the ETag */
            revision: number;
            streamId: string;
            total: number;
        };
        SubmitDraftRevisionDto: {
            budgetRequest?: components["schemas"]["BudgetDto"];
            /** @example 하천 생태 탐구 12차시, 지역 환경단체 강사 연계 */
            plan: string;
            revisionId?: string;
            /** @enum {string} */
            taskCode?: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
            title?: string;
        };
        SubmitOperatingPlanDto: {
            /**
             * @description The reasons for the changes; required from the second revision on
             * @example [
             *       "운영위원회 보완 요구에 따라 돌봄 사업 예산 조정"
             *     ]
             */
            reasons?: string[];
        };
        SubmitSchoolGrantReportDto: {
            /** @description What the school spent of its grant, per funder */
            spent: components["schemas"]["BudgetDto"];
            /**
             * @description The day the report was handed in (today or before; today when absent)
             * @example 2025-12-15
             */
            submittedOn?: string;
            /** @example 생태 교육 12차시 운영, 학생 120명 참여 */
            summary: string;
        };
        SurveyDistrictResultDto: {
            /**
             * @example suwon
             * @enum {string}
             */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            /**
             * @description Mean on the five-point scale, two decimals
             * @example 4.4
             */
            importance: number;
            /** @example counselling */
            indicatorId: string;
            /**
             * @description Mean on the five-point scale, two decimals
             * @example 3.5
             */
            performance: number;
        };
        SurveyIndicatorDto: {
            /**
             * @description Mean on the five-point scale, two decimals
             * @example 4.35
             */
            importance: number;
            /** @example counselling */
            indicatorId: string;
            /** @example 인성·정서 상담 프로그램 */
            name: string;
            /**
             * @description Mean on the five-point scale, two decimals
             * @example 3.62
             */
            performance: number;
            /** @enum {string} */
            taskCode?: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
        };
        SurveyPeriodDto: {
            /** @example 2023-10-24 */
            from: string;
            /** @example 2023-11-08 */
            to: string;
        };
        SurveyRespondentsDto: {
            /** @example 20592 */
            parents: number;
            /** @example 71271 */
            students: number;
            /** @example 24507 */
            teachers: number;
        };
        SuspendProjectDto: {
            /** @example 강사 수급 지연 */
            reason: string;
            /** @example 2024-06-01 */
            suspendedOn?: string;
        };
        TableForReviewDto: {
            meeting?: components["schemas"]["MeetingDto"];
        };
        TallyDto: {
            /** @example 1 */
            abstain: number;
            /** @example 1 */
            against: number;
            /** @example 9 */
            for: number;
            /**
             * @description Members on roll (재적); at a recorded meeting it comes from the roster and, if given, must match
             * @example 15
             */
            onRoll?: number;
            /**
             * @description Members present (출석); at a recorded meeting it comes from the attendance and, if given, must match
             * @example 11
             */
            present?: number;
        };
        TimelineActorDto: {
            body: string | null;
            district: string | null;
            /** @description The name on the acting token */
            name: string | null;
            party: string | null;
            /** @enum {string} */
            role: "secretary" | "official" | "auditor" | "admin" | "system";
        };
        TimelineDto: {
            events: components["schemas"]["TimelineEntryDto"][];
            revision: number;
            /** @example agenda-item:3f1c… */
            streamId: string;
        };
        TimelineEntryDto: {
            actor: components["schemas"]["TimelineActorDto"];
            data: {
                [key: string]: unknown;
            };
            /** @description When the fact took effect, where that differs from when it was recorded */
            effectiveAt: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** @description 0-based revision of the stream */
            revision: number;
            /** @example AgendaItemAdopted */
            type: string;
        };
        TokenRecordDto: {
            body?: string;
            /** @description A civic council secretary's own council */
            council?: string;
            /** Format: date-time */
            createdAt: string;
            district?: string;
            /**
             * Format: date-time
             * @description From then on the token answers 401 (invalid_token)
             */
            expiresAt?: string;
            id: string;
            name?: string;
            party?: string;
            /** Format: date-time */
            revokedAt?: string;
            /** @enum {string} */
            role: "secretary" | "official" | "auditor" | "admin" | "province";
        };
        Verification: {
            /** @description The first broken link in log order, when ok is false */
            brokenLink?: {
                [key: string]: unknown;
            };
            eventsChecked: number;
            ok: boolean;
            streamsChecked: number;
        };
        VerifyAgainstCheckpointDto: {
            /** @description The signed checkpoint as the log issued it (C2SP tlog-checkpoint in a signed note, from GET /transparency/checkpoint or GET /transparency/checkpoints/{size}), or that JSON answer itself; signed by the log key or a registered witness key */
            checkpoint: string;
            /**
             * @description Verify one stream only (unknown is 404)
             * @example agenda-item:3f1c…
             */
            stream?: string;
        };
        VoteDto: {
            meeting: components["schemas"]["MeetingDto"];
            tally: components["schemas"]["TallyDto"];
        };
        WaiveConditionDto: {
            meeting: components["schemas"]["MeetingDto"];
            /** @example 기존 안전 계획으로 갈음 */
            reason: string;
        };
        WithdrawAgendaItemDto: {
            reason?: string;
        };
        WithdrawProjectFromAgreementDto: {
            reason?: string;
        };
        Witness: {
            /** @enum {string} */
            district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            /** @description The key name of its cosignature/v1 lines */
            keyName: string;
            /** @enum {string} */
            party: "education-office" | "local-government";
            /** @description The log position of the registration event */
            position: number;
            /**
             * Format: date
             * @description The Korean day of the registration
             */
            registeredOn: string;
            /** @description The verifier key: <name>+<key hash>+<base64 Ed25519 key> */
            verifierKey: string;
        };
        Witnesses: components["schemas"]["Witness"][];
        WorkAgreementDto: {
            /** @example suwon-2024 */
            agreementId: string;
            /** @description When the other party signed, if it has */
            otherPartySignedOn?: string;
            projects: number;
            /** @enum {string} */
            state: "drafting" | "signing";
            year: number;
        };
        WorkAmendmentDto: {
            agreementId: string;
            amendmentId: string;
            /** @description The party that proposed it (the other one) */
            proposedBy: string;
            proposedOn: string;
            reason?: string;
        };
        WorkDeadlineDto: {
            /** @description The body whose secretary must act */
            body: string | null;
            /** @description Days from today in Seoul to the due day (0 or less: overdue) */
            daysLeft: number;
            /** @example review.0b6c… */
            deadlineId: string;
            /** @description The condition’s text */
            detail: string | null;
            district: string;
            /**
             * Format: date
             * @description Korean day it falls due (overdue from 00:00 KST that day)
             */
            dueOn: string;
            /**
             * @description review: the steering committee’s decision after tabling; condition: a condition of a conditional approval; evaluation: after completion; agreement-expiry: the end of the agreement’s term
             * @enum {string}
             */
            kind: "review" | "agreement-expiry" | "evaluation" | "condition";
            /** @description Whether the district’s officials must act */
            officials: boolean;
            overdue: boolean;
            /**
             * Format: date
             * @description When the deadline scheduler recorded it overdue
             */
            overdueOn: string | null;
            /**
             * Format: date-time
             * @description When its cause was recorded
             */
            scheduledAt: string;
            /**
             * @description The item, project or agreement it is about
             * @example agenda-item:3f1c…
             */
            streamId: string;
            /** @description Title of the item, project or agreement */
            title: string | null;
        };
        WorkDto: {
            agreementsToSign: components["schemas"]["WorkAgreementDto"][];
            amendmentsAwaitingConsent: components["schemas"]["WorkAmendmentDto"][];
            /** @description For a secretary: the states in which an item waits for her body */
            awaitingStates: string[];
            body?: string;
            /** @description Open deadlines of the caller’s district that her body (a secretary) or the parties (an official) must meet, soonest first; overdue ones stay until settled */
            deadlines: components["schemas"]["WorkDeadlineDto"][];
            district?: string;
            /** @description Oldest change first: what has waited longest comes first */
            items: components["schemas"]["WorkItemDto"][];
            /** @description All items awaiting, also beyond the first 200 listed */
            itemsTotal: number;
            /** @description For a secretary: her body’s meetings not yet convened, in session, or held with minutes not approved, soonest first */
            meetings: components["schemas"]["WorkMeetingDto"][];
            party?: string;
            projects: components["schemas"]["WorkProjectDto"][];
            /** @enum {string} */
            role: "secretary" | "official" | "auditor" | "admin";
        };
        WorkItemDto: {
            body: string;
            deferrals: number;
            itemId: string;
            lastChangedAt: string;
            lastEventType: string;
            opinions: number;
            revision: number;
            /** @enum {string} */
            state: "proposed" | "inDeliberation" | "referred" | "drafting" | "underReview" | "approved" | "inImplementation" | "awaitingFeedback" | "closed" | "dismissed" | "withdrawn" | "rejected";
            taskCode?: string;
            title: string;
        };
        WorkMeetingAgendaEntryDto: {
            /** @description The agenda item, or null for another matter (보고 안건) */
            itemId: string | null;
            title: string;
        };
        WorkMeetingDto: {
            /** Format: date-time */
            adjournedAt: string | null;
            agenda: components["schemas"]["WorkMeetingAgendaEntryDto"][];
            body: string;
            cancellationReason: string | null;
            /** @description Days from today in Seoul to the meeting day (negative once it has passed) */
            daysUntil: number;
            district: string;
            /**
             * Format: date
             * @description The Korean day it is held
             */
            heldOn: string;
            /** Format: date-time */
            lastChangedAt: string;
            /** @example suwon-civic-council-2024-3 */
            meetingId: string;
            /**
             * @description What the secretary does next: convening (an upcoming meeting), adjournment (in session), minutes (held, no minutes yet), minutes-approval
             * @enum {string}
             */
            need: "convening" | "adjournment" | "minutes" | "minutes-approval";
            /** @description 제N차 */
            number: number;
            /** @description Members on roll (재적), once convened */
            onRollCount: number | null;
            place: string;
            /** @description Members present (출석), once convened */
            presentCount: number | null;
            /**
             * @description The Korean time it starts (KST)
             * @example 14:00
             */
            startsAt: string;
            /** @example 2024-05-09T14:00:00+09:00 */
            startsAtInstant: string;
            /** @enum {string} */
            state: "scheduled" | "convened" | "adjourned" | "minutesRecorded";
            title: string | null;
        };
        WorkProjectDto: {
            /** @description Of the caller’s party, in won */
            allocated: number;
            projectId: string;
            /** @description allocated − spent, in won */
            remaining: number;
            /** @description Of the caller’s party, in won */
            spent: number;
            state: string;
            title: string;
            year: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    TransparencyController_publicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessManagersController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessManagerStatuses"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessManagersController_list: {
        parameters: {
            query?: {
                /** @description also list reactions already resolved */
                include?: "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkedReactions"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessManagersController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description processManager:causeEventId:index */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkedReaction"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessManagersController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description processManager:causeEventId:index */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetryOutcome"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProcessManagersController_retryAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetryOutcomes"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminProjectionsController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionStatuses"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminProjectionsController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description projection name or all */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildAccepted"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminProjectionsController_rebuildRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildRunDto"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No rebuild with this id in this process (or forgotten) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminProjectionsController_rebuildEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream; each event’s data is the run as it stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["RebuildRunDto"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No rebuild with this id in this process */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SessionController_issueLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required with the session cookie (the csrfToken of GET /session); not with a bearer token */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSignInLinkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInLinkDto"];
                };
            };
            /** @description tokenId together with a role or scope, neither, or a wrong scope */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TokensController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRecordDto"][];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TokensController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedTokenDto"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TokensController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRecordDto"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TokensController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedTokenDto"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No active token has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_agendaBoard: {
        parameters: {
            query?: {
                body?: "civic-council" | "working-council" | "steering-committee";
                /** @description With district: the items proposed in that civic council (its code). A civic council secretary reading body=civic-council of their own district gets their council's items unless another is named */
                council?: string;
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                goal?: 1 | 2 | 3;
                /** @description 1–500, default 50 */
                limit?: number;
                /** @description default 0 */
                offset?: number;
                proposerCategory?: string;
                state?: "proposed" | "inDeliberation" | "referred" | "drafting" | "underReview" | "approved" | "inImplementation" | "awaitingFeedback" | "closed" | "dismissed" | "withdrawn" | "rejected";
                taskCode?: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
                /** @description Words the title contains (substring, any language; every word must occur), e.g. 생태 교실 */
                text?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaBoardPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_agendaBoardCounts: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaBoardCounts"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_propose: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeAgendaItemDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current state from the log; ETag is the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItemStream"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_adopt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoteDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_defer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeferAgendaItemDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_openDeliberation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenDeliberationDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_dismiss: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissAgendaItemDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_submitDraftRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitDraftRevisionDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_startDrafting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartDraftingDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_recordFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFeedbackDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HistoryController_agendaItem: {
        parameters: {
            query?: {
                /** @description 1–5000, default 1000 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineDto"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_opinions: {
        parameters: {
            query?: {
                /** @description entries on the page, 1 to 200 (default 50) */
                limit?: number;
                /** @description entries to skip (default 0) */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page in recorded order; ETag is the revision it was read at */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamListPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_recordOpinion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordOpinionDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_recordReviewDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReviewDecisionDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_table: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TableForReviewDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgendaItemsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawAgendaItemDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_agreements: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description 1–500, default 50 */
                limit?: number;
                /** @description default 0 */
                offset?: number;
                state?: "drafting" | "signing" | "inForce" | "expired";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_agreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDetail"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgreementsController_draft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftAgreementDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgreementsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current state from the log; ETag is the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementStream"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgreementsController_proposeAmendment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeAmendmentDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgreementsController_consent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                amendmentId: string;
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentToAmendmentDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgreementsController_refuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                amendmentId: string;
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseAmendmentDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HistoryController_agreement: {
        parameters: {
            query?: {
                /** @description 1–5000, default 1000 */
                limit?: number;
            };
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineDto"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgreementsController_addProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddProjectToAgreementDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgreementsController_withdrawProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                projectId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgreementsController_withdrawProjectWithReason: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                projectId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawProjectFromAgreementDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgreementsController_sign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignAgreementDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AsyncApiController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncApiDocument"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AttachmentsController_upload: {
        parameters: {
            query?: {
                /** @description The file name (else the filename of Content-Disposition), e.g. 제3차 회의록.pdf */
                name?: string;
            };
            header?: {
                /** @description attachment; filename*=UTF-8''%EC%A0%9C3%EC%B0%A8.pdf (RFC 6266) */
                "Content-Disposition"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/hwp+zip": string;
                "application/octet-stream": string;
                "application/pdf": string;
                "application/x-hwp": string;
                "image/gif": string;
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description These bytes were stored for the district already */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentDto"];
                };
            };
            /** @description Stored; Location names the download */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentDto"];
                };
            };
            /** @description ATTACHMENT.NAME_REQUIRED, ATTACHMENT.NAME_INVALID, ATTACHMENT.EMPTY */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ATTACHMENT.TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ATTACHMENT.TYPE_NOT_ALLOWED, ATTACHMENT.TYPE_MISMATCH */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AttachmentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 64 lower-case hex digits */
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes; ETag is the hash, Content-Disposition the name (RFC 6266, filename* in UTF-8) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hwp+zip": string;
                    "application/pdf": string;
                    "application/x-hwp": string;
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description If-None-Match named the hash */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ATTACHMENT.HASH_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCESS.OTHER_DISTRICT */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ATTACHMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_agendaItem: {
        parameters: {
            query?: {
                /** @description ISO instant, or YYYY-MM-DD (end of that day, Korea time) */
                asOf?: string;
                /** @description 0-based revision of the stream */
                atRevision?: number;
                /** @description asOf by recorded time (default) or by when facts took effect */
                timeline?: "recorded" | "effective";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateAsOf"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_agreement: {
        parameters: {
            query?: {
                /** @description ISO instant, or YYYY-MM-DD (end of that day, Korea time) */
                asOf?: string;
                /** @description 0-based revision of the stream */
                atRevision?: number;
                /** @description asOf by recorded time (default) or by when facts took effect */
                timeline?: "recorded" | "effective";
            };
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateAsOf"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TransparencyController_issueCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedCheckpoint"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_board: {
        parameters: {
            query: {
                /** @description ISO instant, or YYYY-MM-DD (end of that day, Korea time) */
                asOf: string;
            };
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardAsOf"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_export: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                format?: "jsonl" | "csv";
                stream?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditExportsController_budgetLedger: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description csv (UTF-8 with BOM, Korean column names; default), xlsx or jsonl */
                format?: "csv" | "xlsx" | "jsonl";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditExportsController_decisions: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description csv (UTF-8 with BOM, Korean column names; default), xlsx or jsonl */
                format?: "csv" | "xlsx" | "jsonl";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditExportsController_history: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description csv (UTF-8 with BOM, Korean column names; default), xlsx or jsonl */
                format?: "csv" | "xlsx" | "jsonl";
                stream?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_project: {
        parameters: {
            query?: {
                /** @description ISO instant, or YYYY-MM-DD (end of that day, Korea time) */
                asOf?: string;
                /** @description 0-based revision of the stream */
                atRevision?: number;
                /** @description asOf by recorded time (default) or by when facts took effect */
                timeline?: "recorded" | "effective";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateAsOf"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TransparencyController_consistency: {
        parameters: {
            query: {
                from: string;
                /** @description default: the current size */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProof"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TransparencyController_inclusion: {
        parameters: {
            query?: {
                eventId?: string;
                position?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProofBundle"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_streamEvents: {
        parameters: {
            query?: {
                fromRevision?: number;
                /** @description 1–5000, default 1000 */
                limit?: number;
            };
            header?: never;
            path: {
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamEventsPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: {
                stream?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_verifyAgainstSaved: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyAgainstCheckpointDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_budgetLedger: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                funder?: "education-office" | "local-government";
                goal?: 1 | 2 | 3;
                /** @description 1–500, default 50 */
                limit?: number;
                /** @description default 0 */
                offset?: number;
                projectId?: string;
                state?: "planned" | "agreed" | "inProgress" | "suspended" | "completed" | "evaluated" | "closed" | "cancelled";
                taskCode?: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetLedgerPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_amendments: {
        parameters: {
            query?: {
                agreementId?: string;
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description 1–500, default 50 */
                limit?: number;
                /** @description default 0 */
                offset?: number;
                projectId?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetAmendmentPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_budgetTotals: {
        parameters: {
            query?: {
                /** @description comma list of district, year, goal, task, funder (default district,year) */
                groupBy?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetTotals"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CalendarController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"][];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CalendarController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalendarFeedDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCalendarFeedDto"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCESS.OTHER_DISTRICT */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CalendarController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                feedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description CALENDAR.FEED_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CalendarController_calendar: {
        parameters: {
            query: {
                /** @description The secret of a link from POST /calendar-feeds */
                key: string;
            };
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description <body>.ics */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/calendar; deadlines as all-day events on the Korean due days, meetings as timed events in Asia/Seoul */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description CALENDAR.KEY_INVALID */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description CALENDAR.FEED_NOT_FOUND: no such district or body */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_decisions: {
        parameters: {
            query?: {
                body?: "civic-council" | "working-council" | "steering-committee";
                decision?: string;
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description YYYY-MM-DD */
                from?: string;
                itemId?: string;
                kind?: "adoption" | "dismissal" | "review" | "deferral" | "feedback";
                /** @description 1–500, default 50 */
                limit?: number;
                /** @description default 0 */
                offset?: number;
                /** @description YYYY-MM-DD */
                to?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationsController_recordDistrictEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordDistrictEvaluationDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationsController_districtEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current state from the log; ETag is the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictEvaluationStream"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationsController_correctDistrictEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectDistrictEvaluationDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationsController_recordSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordProvinceSurveyDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationsController_survey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current state from the log; ETag is the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceSurveyStream"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationsController_correctSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectProvinceSurveyDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationsController_importancePerformance: {
        parameters: {
            query?: {
                /** @description A district code; without it, the province-wide analysis */
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The analysis of the scope, and the districts the survey has results for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportancePerformance"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description IPA.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingRegisterController_meetings: {
        parameters: {
            query?: {
                body?: "civic-council" | "working-council" | "steering-committee";
                /** @description With body=civic-council: the civic council's code (default: a civic council secretary's own, else the district's first) */
                council?: string;
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description YYYY-MM-DD */
                from?: string;
                /** @description 1–500, default 50 */
                limit?: number;
                /** @description default 0 */
                offset?: number;
                state?: "scheduled" | "convened" | "adjourned" | "minutesRecorded" | "minutesApproved" | "cancelled";
                /** @description YYYY-MM-DD */
                to?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingRegisterController_meeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetail"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingsController_schedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleMeetingDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current state from the log; ETag is the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingStream"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingsController_adjourn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingsController_addAgendaEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgendaEntryDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingsController_attendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeAttendanceDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelMeetingDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingsController_convene: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConveneMeetingDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingsController_minutes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMinutesDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingsController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveMinutesDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_operatingPlans: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description 1–500, default 50 */
                limit?: number;
                /** @description default 0 */
                offset?: number;
                status?: "drafting" | "underReview" | "approved" | "rejected";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatingPlanPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_operatingPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatingPlanDetail"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OperatingPlansController_draft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftOperatingPlanDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OperatingPlansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current state from the log; ETag is the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatingPlanStream"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OperatingPlansController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideOperatingPlanDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OperatingPlansController_addProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddProjectToPlanDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OperatingPlansController_removeProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                projectId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveProjectFromPlanDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OperatingPlansController_redraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedraftOperatingPlanDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OperatingPlansController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitOperatingPlanDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_projectDeliberations: {
        parameters: {
            query?: {
                deliberated?: "0" | "1";
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description 1–500, default 50 */
                limit?: number;
                /** @description default 0 */
                offset?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDeliberationPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_projectDeliberation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDeliberation"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current state from the log; ETag is the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectStream"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelProjectDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseProjectDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteProjectDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_recordComprehensiveEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordComprehensiveEvaluationDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_correctComprehensiveEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectComprehensiveEvaluationDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_fulfilCondition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                conditionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FulfillConditionDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_waiveCondition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                conditionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaiveConditionDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_directGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current state from the log; ETag is the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolCallStream"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_awardDirectly: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardDirectSchoolGrantDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_inspectDirect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                grantId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSchoolGrantInspectionDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_reportDirect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                grantId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitSchoolGrantReportDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_expenditures: {
        parameters: {
            query?: {
                /** @description entries on the page, 1 to 200 (default 50) */
                limit?: number;
                /** @description entries to skip (default 0) */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page in recorded order; ETag is the revision it was read at */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamListPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_recordExpenditure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordExpenditureDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HistoryController_project: {
        parameters: {
            query?: {
                /** @description 1–5000, default 1000 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineDto"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_resume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResumeProjectDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenSchoolCallDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_recordSelfEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSelfEvaluationDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_correctSelfEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectSelfEvaluationDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartProjectDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_suspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendProjectDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicController_agendaBoard: {
        parameters: {
            query?: {
                body?: "civic-council" | "working-council" | "steering-committee";
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                limit?: number;
                offset?: number;
                state?: "proposed" | "inDeliberation" | "referred" | "drafting" | "underReview" | "approved" | "inImplementation" | "awaitingFeedback" | "closed" | "dismissed" | "withdrawn" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicAgendaBoardPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicController_agendaBoardCounts: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaBoardCounts"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicController_agreements: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicAgreementPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicSiteController_agreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicAgreementForm"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicSiteController_agreementPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicController_budget: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description comma list of district, year, goal, task, funder */
                groupBy?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetTotals"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicController_amendments: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBudgetAmendmentPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicController_dashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceDashboard"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicController_districtDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictDashboard"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicController_decisions: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                kind?: "adoption" | "dismissal" | "review" | "deferral" | "feedback";
                limit?: number;
                offset?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicDecisionPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicSiteController_district: {
        parameters: {
            query?: {
                /** @description Operating year (default: the newest with projects or an agreement) */
                year?: number;
            };
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicDistrict"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicSiteController_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicSiteController_dictionary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataDictionary"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicSiteController_openData: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            };
            header?: never;
            path: {
                /** @description <dataset>.<csv|json|xlsx> */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicSiteController_organisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicOrganisation"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicSiteController_province: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicProvince"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingRegisterController_roster: {
        parameters: {
            query?: {
                /** @description For the civic council: the council's code (default: a civic council secretary's own, else the district's first) */
                council?: string;
                /** @description YYYY-MM-DD (Korean date; default today in Seoul) */
                on?: string;
            };
            header?: never;
            path: {
                body: "civic-council" | "working-council" | "steering-committee";
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterAsOf"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RostersController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                body: "civic-council" | "working-council" | "steering-committee";
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RostersController_leave: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                body: "civic-council" | "working-council" | "steering-committee";
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveMemberDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RostersController_role: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                body: "civic-council" | "working-council" | "steering-committee";
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMemberRoleDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RostersController_term: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                body: "civic-council" | "working-council" | "steering-committee";
                district: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMemberTermDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallRegisterController_calls: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description 1–500, default 50 */
                limit?: number;
                /** @description default 0 */
                offset?: number;
                projectId?: string;
                state?: "open" | "reviewing" | "granting" | "completed" | "cancelled";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolCallPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallRegisterController_call: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolCallDetail"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current state from the log; ETag is the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolCallStream"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_apply: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveSchoolApplicationDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                applicationId: string;
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JudgeSchoolApplicationDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_select: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                applicationId: string;
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JudgeSchoolApplicationDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelSchoolCallDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_award: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardSchoolGrantDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_inspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                callId: string;
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSchoolGrantInspectionDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_report: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                callId: string;
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitSchoolGrantReportDto"];
            };
        };
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_conclude: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body replay the first response and write nothing */
                "Idempotency-Key"?: string;
                /** @description Revision last seen, e.g. "3"; a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description Recorded on the events; created when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; ETag is the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description Invalid input (each field named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallRegisterController_grants: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                kind?: "call" | "direct";
                /** @description 1–500, default 50 */
                limit?: number;
                /** @description default 0 */
                offset?: number;
                projectId?: string;
                schoolId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolGrantPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallRegisterController_totals: {
        parameters: {
            query?: {
                district?: "suwon" | "seongnam" | "goyang" | "yongin" | "bucheon" | "ansan" | "anyang" | "gwacheon" | "namyangju" | "guri" | "pyeongtaek" | "uijeongbu" | "siheung" | "paju" | "gimpo" | "gwangmyeong" | "hwaseong" | "osan" | "gwangju" | "hanam" | "gunpo" | "uiwang" | "yangju" | "dongducheon" | "icheon" | "anseong" | "pocheon" | "yeoju" | "gapyeong" | "yangpyeong" | "yeoncheon";
                /** @description 1–500, default 50 */
                limit?: number;
                /** @description default 0 */
                offset?: number;
                projectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolGrantTotalsPage"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SchoolCallsController_listSchools: {
        parameters: {
            query?: {
                district?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schools in the order configured */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolList"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SessionController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description No token and no session, or the session has ended */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SessionController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            /** @description Signed in; the cookies are set */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Neither or both of token and code */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown or revoked token; unknown, used or expired sign-in link */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SessionController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required with the session cookie (the csrfToken of GET /session); not with a bearer token */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookies are cleared */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedOutDto"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No session (it may have ended already) */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description X-CSRF-Token missing or wrong */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TransparencyController_latestCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedCheckpoint"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TransparencyController_checkpointList: {
        parameters: {
            query?: {
                /** @description only checkpoints of a smaller tree size */
                before?: string;
                /** @description 1 to 500, default 50 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CosignedCheckpoints"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TransparencyController_checkpointAt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                size: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CosignedCheckpoint"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TransparencyController_cosign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                size: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CosignedCheckpoint"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TransparencyController_publicConsistency: {
        parameters: {
            query: {
                from: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProof"];
                };
            };
            /** @description Invalid input: the problem names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TransparencyController_registeredWitnesses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Witnesses"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TransparencyController_registerWitness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Witness"];
                };
            };
            /** @description No token, or an unknown, revoked or expired one */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WorkController_work: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkDto"];
                };
            };
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750); error="invalid_token" when a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token's role or scope does not admit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or with this token, or too many failed authentications */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server or its database cannot take the request now */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
