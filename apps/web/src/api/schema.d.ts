/**
 * Generated from the API's own OpenAPI document by apps/web/scripts/build.js; do not edit.
 */
export interface paths {
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
        get?: never;
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
        /** Recompute every hash chain (or one stream) and name the first broken link */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
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
        /** Readiness: the event store, the SQL database and the Kafka relay lag (200 ready, 503 not) */
        get: operations["HealthController_ready"];
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
    "/projects/{id}/expenditures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddProjectToAgreementDto: {
            budget: components["schemas"]["BudgetDto"];
            projectId: string;
            /** @enum {string} */
            taskCode: "1-1" | "1-2" | "1-3" | "2-1" | "2-2" | "2-3" | "3-1" | "3-2" | "3-3";
            /** @example 마을과 함께하는 방과후 생태교실 */
            title: string;
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
        CancelProjectDto: {
            /** @example 2024-09-01 */
            cancelledOn?: string;
            /** @example 학교 일정 변경으로 운영 불가 */
            reason: string;
        };
        CloseProjectDto: {
            /** @example 2025-02-10 */
            closedOn?: string;
        };
        CommandResponseDto: {
            /** @description Commands allowed next */
            allowedActions: string[];
            events: components["schemas"]["EventSummaryDto"][];
            /** @description Revision after the command; also the ETag */
            revision: number;
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
        CreateTokenDto: {
            /**
             * @description Required for secretary
             * @enum {string}
             */
            body?: "civic-council" | "working-council" | "steering-committee";
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
            role: "secretary" | "official" | "auditor" | "admin";
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
        DraftAgreementDto: {
            /** @example suwon */
            district: string;
            /** @example 2024 */
            year: number;
        };
        EventSummaryDto: {
            id: string;
            position: number;
            recordedAt: string;
            revision: number;
            type: string;
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
        IssuedTokenDto: {
            body?: string;
            createdAt: string;
            district?: string;
            id: string;
            name?: string;
            party?: string;
            revokedAt?: string;
            /** @enum {string} */
            role: "secretary" | "official" | "auditor" | "admin";
            /** @description The bearer token. Shown once; only its hash is stored. */
            token: string;
        };
        MeetingDto: {
            /** @enum {string} */
            body?: "civic-council" | "working-council" | "steering-committee";
            /**
             * @description Date the meeting was held (YYYY-MM-DD)
             * @example 2024-03-14
             */
            heldOn: string;
            /** @example 2024-civic-03 */
            meetingId?: string;
            /** @example 제3차 민·관·학 지역교육협의체 */
            title?: string;
        };
        OpenDeliberationDto: {
            /** @example 온라인 설문과 공개 토론회 */
            method?: string;
            /** @example 2024-03-10 */
            openedOn?: string;
        };
        ProblemDto: {
            allowedActions?: string[];
            /** @example VOTE.NO_QUORUM */
            code: string;
            detail: string;
            errors?: components["schemas"]["ProblemFieldErrorDto"][];
            field?: string;
            /** @example 422 */
            status: number;
            /** @example Unprocessable Content */
            title: string;
            /** @example urn:gongron:problem:vote.no_quorum */
            type: string;
        };
        ProblemFieldErrorDto: {
            code: string;
            field: string;
            message: string;
        };
        ProposeAgendaItemDto: {
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
        RecordComprehensiveEvaluationDto: {
            satisfaction: components["schemas"]["SatisfactionDto"];
            /** @example 2025-01-15 */
            surveyedOn?: string;
        };
        RecordExpenditureDto: {
            /**
             * @description Integer won
             * @example 4500000
             */
            amount: number;
            expenditureId?: string;
            /** @enum {string} */
            funder: "education-office" | "local-government";
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
        RecordReviewDecisionDto: {
            /**
             * @example [
             *       "안전 관리 계획 보완"
             *     ]
             */
            conditions?: string[];
            /** @enum {string} */
            decision: "approved" | "conditionallyApproved" | "revisionRequested" | "rejected";
            feedback?: string;
            meeting: components["schemas"]["MeetingDto"];
            /** @example 2024 */
            projectYear?: number;
            tally: components["schemas"]["TallyDto"];
        };
        RecordSelfEvaluationDto: {
            indicators: components["schemas"]["IndicatorDto"][];
            summary?: string;
        };
        RefuseAmendmentDto: {
            /**
             * @description Defaults to the official’s own party
             * @enum {string}
             */
            party?: "education-office" | "local-government";
            reason: string;
        };
        ResumeProjectDto: {
            /** @example 2024-06-15 */
            resumedOn?: string;
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
        StartDraftingDto: {
            /** @example 화성오산교육지원청 미래교육팀 */
            owner: string;
        };
        StartProjectDto: {
            /** @example 2024-04-01 */
            startedOn?: string;
        };
        StreamStateDto: {
            allowedActions: string[];
            revision: number;
            state: {
                [key: string]: unknown;
            };
            streamId: string;
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
             * @description Members on roll (재적)
             * @example 15
             */
            onRoll: number;
            /**
             * @description Members present (출석)
             * @example 11
             */
            present: number;
        };
        TokenRecordDto: {
            body?: string;
            createdAt: string;
            district?: string;
            id: string;
            name?: string;
            party?: string;
            revokedAt?: string;
            /** @enum {string} */
            role: "secretary" | "official" | "auditor" | "admin";
        };
        VoteDto: {
            meeting: components["schemas"]["MeetingDto"];
            tally: components["schemas"]["TallyDto"];
        };
        WithdrawAgendaItemDto: {
            reason?: string;
        };
        WithdrawProjectFromAgreementDto: {
            reason?: string;
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
    ProcessManagersController_status: {
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
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_agendaBoard: {
        parameters: {
            query?: {
                body?: "civic-council" | "working-council" | "steering-committee";
                district?: unknown;
                goal?: unknown;
                /** @description 1–500, default 50 */
                limit?: unknown;
                /** @description default 0 */
                offset?: unknown;
                proposerCategory?: unknown;
                state?: unknown;
                taskCode?: unknown;
            };
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
                content?: never;
            };
        };
    };
    ReadModelsController_agendaBoardCounts: {
        parameters: {
            query?: {
                district?: unknown;
            };
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
                content?: never;
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["StreamStateDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HistoryController_agendaItem: {
        parameters: {
            query?: {
                /** @description 1–5000, default 1000 */
                limit?: string;
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
                content?: never;
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadModelsController_agreements: {
        parameters: {
            query?: {
                district?: unknown;
                /** @description 1–500, default 50 */
                limit?: unknown;
                /** @description default 0 */
                offset?: unknown;
                state?: "drafting" | "signing" | "inForce";
                year?: unknown;
            };
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
                content?: never;
            };
        };
    };
    ReadModelsController_agreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                district: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            path: {
                district: unknown;
                year: unknown;
            };
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AgreementsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                district: string;
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
                    "application/json": components["schemas"]["StreamStateDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                district: string;
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                district: string;
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                district: string;
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HistoryController_agreement: {
        parameters: {
            query?: {
                /** @description 1–5000, default 1000 */
                limit?: string;
            };
            header?: never;
            path: {
                district: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                district: string;
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                district: string;
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                district: string;
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                district: string;
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_agendaItem: {
        parameters: {
            query?: {
                /** @description ISO instant, or YYYY-MM-DD (end of that day, Korea time) */
                asOf?: unknown;
                /** @description 0-based revision of the stream */
                atRevision?: unknown;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_agreement: {
        parameters: {
            query?: {
                /** @description ISO instant, or YYYY-MM-DD (end of that day, Korea time) */
                asOf?: unknown;
                /** @description 0-based revision of the stream */
                atRevision?: unknown;
                /** @description asOf by recorded time (default) or by when facts took effect */
                timeline?: "recorded" | "effective";
            };
            header?: never;
            path: {
                district: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_board: {
        parameters: {
            query: {
                /** @description ISO instant, or YYYY-MM-DD (end of that day, Korea time) */
                asOf: unknown;
            };
            header?: never;
            path: {
                district: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_export: {
        parameters: {
            query?: {
                district?: unknown;
                format?: "jsonl" | "csv";
                stream?: unknown;
            };
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
                content?: never;
            };
        };
    };
    AuditController_project: {
        parameters: {
            query?: {
                /** @description ISO instant, or YYYY-MM-DD (end of that day, Korea time) */
                asOf?: unknown;
                /** @description 0-based revision of the stream */
                atRevision?: unknown;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_streamEvents: {
        parameters: {
            query?: {
                fromRevision?: unknown;
                /** @description 1–5000, default 1000 */
                limit?: unknown;
            };
            header?: never;
            path: {
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: {
                stream?: unknown;
            };
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
                content?: never;
            };
        };
    };
    ReadModelsController_budgetLedger: {
        parameters: {
            query?: {
                district?: unknown;
                funder?: "education-office" | "local-government";
                goal?: unknown;
                /** @description 1–500, default 50 */
                limit?: unknown;
                /** @description default 0 */
                offset?: unknown;
                projectId?: unknown;
                state?: unknown;
                taskCode?: unknown;
                year?: unknown;
            };
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
                content?: never;
            };
        };
    };
    ReadModelsController_amendments: {
        parameters: {
            query?: {
                agreementId?: unknown;
                district?: unknown;
                /** @description 1–500, default 50 */
                limit?: unknown;
                /** @description default 0 */
                offset?: unknown;
                projectId?: unknown;
                year?: unknown;
            };
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
                content?: never;
            };
        };
    };
    ReadModelsController_budgetTotals: {
        parameters: {
            query?: {
                /** @description comma list of district, year, goal, task, funder (default district,year) */
                groupBy?: unknown;
            };
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
                content?: never;
            };
        };
    };
    ReadModelsController_decisions: {
        parameters: {
            query?: {
                body?: unknown;
                decision?: unknown;
                district?: unknown;
                /** @description YYYY-MM-DD */
                from?: unknown;
                itemId?: unknown;
                kind?: "adoption" | "dismissal" | "review" | "deferral" | "feedback";
                /** @description 1–500, default 50 */
                limit?: unknown;
                /** @description default 0 */
                offset?: unknown;
                /** @description YYYY-MM-DD */
                to?: unknown;
                year?: unknown;
            };
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
                content?: never;
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
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["StreamStateDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HistoryController_project: {
        parameters: {
            query?: {
                /** @description 1–5000, default 1000 */
                limit?: string;
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
                content?: never;
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Outside the token’s district, body or party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unknown item, project or agreement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current state (allowedActions given) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match names a stale revision */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A rule is broken (quorum, budget, same-party consent), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicController_agendaBoard: {
        parameters: {
            query?: {
                body?: unknown;
                district?: unknown;
                limit?: unknown;
                offset?: unknown;
                state?: unknown;
            };
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
                content?: never;
            };
        };
    };
    PublicController_agendaBoardCounts: {
        parameters: {
            query?: {
                district?: unknown;
            };
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
                content?: never;
            };
        };
    };
    PublicController_agreements: {
        parameters: {
            query?: {
                district?: unknown;
                year?: unknown;
            };
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
                content?: never;
            };
        };
    };
    PublicController_budget: {
        parameters: {
            query?: {
                district?: unknown;
                /** @description comma list of district, year, goal, task, funder */
                groupBy?: unknown;
                year?: unknown;
            };
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
                content?: never;
            };
        };
    };
    PublicController_amendments: {
        parameters: {
            query?: {
                district?: unknown;
                year?: unknown;
            };
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
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicController_districtDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                district: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicController_decisions: {
        parameters: {
            query?: {
                district?: unknown;
                kind?: unknown;
                limit?: unknown;
                offset?: unknown;
                year?: unknown;
            };
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
                content?: never;
            };
        };
    };
}
