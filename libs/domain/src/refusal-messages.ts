/**
 * The one catalogue of refusal messages, Korean first and English second, keyed by the stable
 * codes of the API's problem bodies. The API localises its answers from it (by
 * `Accept-Language`) and the web application shows the same words for the same codes. Where a
 * refusal carries numbers (`details`), the `detail` form names them.
 */

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface LocalizedText {
  readonly ko: string;
  readonly en: string;
}

export interface RefusalMessage extends LocalizedText {
  /** A fuller sentence with `{name}` placeholders filled from the refusal's details; used only when every one is known. */
  readonly detail?: LocalizedText;
}

const m = (ko: string, en: string, detail?: LocalizedText): RefusalMessage => (detail ? { ko, en, detail } : { ko, en });

export const REFUSAL_MESSAGES = {
  // Access, sessions and tokens
  'ACCESS.TOKEN_MISSING': m('로그인이 필요합니다.', 'You need to sign in (an access token or a session).'),
  'ACCESS.TOKEN_INVALID': m('접근 토큰이 올바르지 않거나 폐기되었습니다.', 'The access token is unknown, revoked or malformed.'),
  'ACCESS.TOKEN_EXPIRED': m(
    '접근 토큰의 유효기간이 지났습니다. 관리자에게 새 토큰을 요청하세요.',
    'The access token has expired; ask an administrator for a new one.',
  ),
  'ACCESS.SESSION_ENDED': m('로그인 세션이 끝났습니다. 다시 로그인하세요.', 'Your session has ended; sign in again.'),
  'ACCESS.CSRF_TOKEN_MISSING': m(
    '보안 토큰(X-CSRF-Token)이 없어 요청을 처리하지 않았습니다. 페이지를 새로 고친 뒤 다시 시도하세요.',
    'The request lacked its security token (X-CSRF-Token); reload the page and try again.',
  ),
  'ACCESS.CSRF_TOKEN_INVALID': m(
    '보안 토큰(X-CSRF-Token)이 이 세션의 것이 아닙니다. 페이지를 새로 고친 뒤 다시 시도하세요.',
    'The security token (X-CSRF-Token) does not belong to this session; reload the page and try again.',
  ),
  'ACCESS.ROLE_NOT_ALLOWED': m('이 기능을 사용할 권한이 없습니다.', 'Your role may not use this.'),
  'ACCESS.OTHER_DISTRICT': m('다른 지구의 일은 처리할 수 없습니다.', 'This belongs to another district.'),
  'ACCESS.OTHER_BODY': m('다른 협의체의 단계는 처리할 수 없습니다.', 'This step belongs to another body.'),
  'ACCESS.OTHER_PARTY': m('다른 당사자(교육청·지자체)의 몫은 처리할 수 없습니다.', 'This belongs to the other party.'),
  'ACCESS.OUT_OF_SCOPE': m('권한 범위 밖의 요청입니다.', 'This is outside your scope.'),
  'ACCESS.OFFICIAL_ONLY': m('담당 공무원만 할 수 있습니다.', 'Only an official may do this.'),
  'ACCESS.SECRETARY_ONLY': m('간사만 할 수 있습니다.', 'Only a council secretary may do this.'),
  'ACCESS.SYSTEM_ONLY': m('시스템만 기록할 수 있습니다.', 'Only the system records this.'),
  'ACCESS.PROVINCE_ONLY': m('도교육청만 기록할 수 있습니다.', 'Only the province office records this.'),
  'SESSION.CREDENTIAL_REQUIRED': m('접근 토큰이나 로그인 링크 코드를 입력하세요.', 'Give an access token or a sign-in link code.'),
  'SESSION.ONE_CREDENTIAL': m(
    '접근 토큰과 로그인 링크 코드 중 하나만 입력하세요.',
    'Give either an access token or a sign-in link code, not both.',
  ),
  'SIGN_IN_LINK.USED': m(
    '이미 사용한 로그인 링크입니다. 관리자에게 새 링크를 요청하세요.',
    'This sign-in link has been used already; ask an administrator for a new one.',
  ),
  'SIGN_IN_LINK.EXPIRED': m(
    '로그인 링크의 유효시간이 지났습니다. 관리자에게 새 링크를 요청하세요.',
    'This sign-in link has expired; ask an administrator for a new one.',
  ),
  'SIGN_IN_LINK.UNKNOWN': m('알 수 없는 로그인 링크입니다.', 'No sign-in link has this code.'),
  'SIGN_IN_LINK.TOKEN_OR_SCOPE': m(
    '기존 사용자(tokenId)와 새 사용자(역할·범위) 중 하나만 지정하세요.',
    'Name either an existing person (tokenId) or a new one (role and scope), not both.',
  ),
  'SIGN_IN_LINK.PERSON_REQUIRED': m(
    '링크를 받을 사람(tokenId 또는 역할·범위)을 지정하세요.',
    'Name the person: tokenId, or role and scope.',
  ),
  'SIGN_IN_LINK.TOKEN_NOT_ACTIVE': m('유효한 접근 토큰이 아닙니다.', 'No active access token has this id.'),
  'TOKEN.NOT_FOUND': m('해당 접근 토큰이 없습니다.', 'No access token has this id.'),
  'TOKEN.ROLE_UNKNOWN': m('알 수 없는 역할입니다.', 'Unknown role.'),
  'TOKEN.DISTRICT_REQUIRED': m('이 역할에는 지구가 필요합니다.', 'This role needs a district.'),
  'TOKEN.DISTRICT_NOT_ALLOWED': m('이 역할에는 지구를 지정하지 않습니다.', 'This role takes no district.'),
  'TOKEN.DISTRICT_UNKNOWN': m('알 수 없는 지구입니다.', 'Unknown district.'),
  'TOKEN.BODY_REQUIRED': m('간사에게는 협의체가 필요합니다.', 'A secretary needs a body.'),
  'TOKEN.BODY_NOT_ALLOWED': m('이 역할에는 협의체를 지정하지 않습니다.', 'This role takes no body.'),
  'TOKEN.BODY_UNKNOWN': m('알 수 없는 협의체입니다.', 'Unknown body.'),
  'TOKEN.PARTY_REQUIRED': m('담당 공무원에게는 소속(교육청·지자체)이 필요합니다.', 'An official needs a party.'),
  'TOKEN.PARTY_NOT_ALLOWED': m('이 역할에는 소속을 지정하지 않습니다.', 'This role takes no party.'),
  'TOKEN.PARTY_UNKNOWN': m('알 수 없는 소속입니다.', 'Unknown party.'),
  'TOKEN.COUNCIL_NOT_ALLOWED': m(
    '협의체 지정(council)은 민·관·학 지역교육협의체 간사의 토큰에만 합니다.',
    'Only a civic council secretary token names a civic council.',
  ),
  // A district's civic councils (권역 또는 교육 영역별 협의체)
  'CIVIC_COUNCIL.UNKNOWN': m('이 지구에는 그런 민·관·학 지역교육협의체가 없습니다.', 'The district has no such civic council.', {
    ko: '이 지구에는 "{council}" 협의체가 없습니다. 이 지구의 협의체: {councilList}.',
    en: 'The district has no civic council "{council}"; its councils are {councilList}.',
  }),
  'CIVIC_COUNCIL.OTHER_COUNCIL': m(
    '다른 민·관·학 지역교육협의체 소관이라 처리할 수 없습니다.',
    'This belongs to another civic council of the district.',
    {
      ko: '{subject}은(는) {itemCouncilName} 소관입니다. 그 협의체의 간사만 처리할 수 있습니다({councilName} 간사).',
      en: "{subjectEn} is before {itemCouncilName}; only that council's secretary acts on it (you act for {councilName}).",
    },
  ),
  'TOKEN.NAME_LENGTH': m('이름은 1자 이상 200자 이하여야 합니다.', 'The name must be 1 to 200 characters.'),
  'TOKEN.TTL_INVALID': m('유효기간은 1일부터 3650일까지의 정수여야 합니다.', 'The validity must be a whole number of days from 1 to 3650.'),
  'RATE.LIMITED': m('요청이 너무 많습니다. 잠시 후 다시 시도하세요.', 'Too many requests; try again shortly.', {
    ko: '요청이 너무 많습니다. {retryAfter}초 뒤에 다시 시도하세요.',
    en: 'Too many requests; try again in {retryAfter} seconds.',
  }),

  // Requests and validation
  'VALIDATION.FAILED': m('입력값을 확인하세요.', 'Check the fields marked.'),
  'VALIDATION.BODY_NOT_OBJECT': m('요청 본문은 JSON 객체여야 합니다.', 'The request body must be a JSON object.'),
  'VALIDATION.UNSTORABLE_TEXT': m('저장할 수 없는 문자가 들어 있습니다.', 'A text contains characters that cannot be stored.'),
  'FIELD.UNKNOWN': m('알 수 없는 항목입니다.', 'Not a known field.'),
  'FIELD.UNSTORABLE_TEXT': m(
    '저장할 수 없는 문자(제어 문자 등)가 들어 있습니다.',
    'Contains characters that cannot be stored (control characters and the like).',
  ),
  'FIELD.IS_DEFINED': m('필수 항목입니다.', 'Required.'),
  'FIELD.IS_STRING': m('글자로 입력하세요.', 'Must be text.'),
  'FIELD.IS_INT': m('정수로 입력하세요.', 'Must be a whole number.'),
  'FIELD.IS_NUMBER': m('숫자로 입력하세요.', 'Must be a number.'),
  'FIELD.IS_BOOLEAN': m('예 또는 아니요로 입력하세요.', 'Must be true or false.'),
  'FIELD.IS_CONDITION_LIST': m(
    '조건은 50개까지, 각각 글자 또는 { conditionId, text, dueOn(YYYY-MM-DD), beforeSpending(예/아니요) }로 입력하세요.',
    'At most 50 conditions, each a text or { conditionId?, text, dueOn? (YYYY-MM-DD), beforeSpending? (true/false) }.',
  ),
  'FIELD.IS_IN': m('허용된 값 중 하나를 고르세요.', 'Must be one of the allowed values.'),
  'FIELD.IS_ENUM': m('허용된 값 중 하나를 고르세요.', 'Must be one of the allowed values.'),
  'FIELD.IS_UUID': m('올바른 식별자(UUID)가 아닙니다.', 'Must be a UUID.'),
  'FIELD.IS_ISO8601': m('날짜·시각 형식(ISO 8601)이 아닙니다.', 'Must be an ISO 8601 date or time.'),
  'FIELD.IS_DATE_STRING': m('날짜 형식이 아닙니다.', 'Must be a date.'),
  'FIELD.IS_ARRAY': m('목록으로 입력하세요.', 'Must be a list.'),
  'FIELD.IS_OBJECT': m('객체로 입력하세요.', 'Must be an object.'),
  'FIELD.IS_NOT_EMPTY': m('비워 둘 수 없습니다.', 'Must not be empty.'),
  'FIELD.IS_POSITIVE': m('0보다 커야 합니다.', 'Must be greater than zero.'),
  'FIELD.MIN': m('허용된 최솟값보다 작습니다.', 'Below the smallest allowed value.'),
  'FIELD.MAX': m('허용된 최댓값보다 큽니다.', 'Above the largest allowed value.'),
  'FIELD.MIN_LENGTH': m('너무 짧습니다.', 'Too short.'),
  'FIELD.MAX_LENGTH': m('너무 깁니다.', 'Too long.'),
  'FIELD.LENGTH': m('길이가 허용 범위를 벗어났습니다.', 'The length is out of range.'),
  'FIELD.MATCHES': m('형식이 올바르지 않습니다.', 'Wrong format.'),
  'FIELD.ARRAY_MIN_SIZE': m('항목이 너무 적습니다.', 'Too few entries.'),
  'FIELD.ARRAY_MAX_SIZE': m('항목이 너무 많습니다.', 'Too many entries.'),
  'FIELD.ARRAY_UNIQUE': m('같은 항목이 두 번 들어 있습니다.', 'Contains an entry twice.'),
  'FIELD.NESTED_VALIDATION': m('객체 또는 객체 목록이어야 합니다.', 'Must be an object or a list of objects.'),
  'FIELD.UNKNOWN_VALUE': m('알 수 없는 값입니다.', 'Unknown value.'),
  'REQUEST.MALFORMED_JSON': m('요청 본문이 올바른 JSON이 아닙니다.', 'The request body is not valid JSON.'),
  'REQUEST.TOO_LARGE': m('요청 본문이 너무 큽니다.', 'The request body is too large.'),
  'REQUEST.TOO_DEEP': m('요청 본문이 너무 깊게 중첩되어 있습니다.', 'The request body is nested too deeply.', {
    ko: '요청 본문이 {limit}단계보다 깊게 중첩되어 있습니다.',
    en: 'The request body is nested deeper than {limit} levels.',
  }),
  'REQUEST.UNREADABLE': m('요청 본문을 읽을 수 없습니다.', 'The request body could not be read.'),
  'ROUTE.NOT_FOUND': m('없는 주소입니다.', 'No such route.'),
  'PATH.INVALID_ID': m('주소의 식별자가 올바르지 않습니다.', 'The id in the path is not valid.'),
  'PATH.INVALID_DISTRICT': m('주소의 지구 코드가 올바르지 않습니다.', 'The district in the path is not valid.'),
  'PATH.INVALID_BODY': m('주소의 협의체 코드가 올바르지 않습니다.', 'The body in the path is not valid.'),
  'PATH.INVALID_YEAR': m('주소의 연도가 올바르지 않습니다.', 'The year in the path is not valid.'),
  'PRECONDITION.IF_MATCH_INVALID': m('If-Match 헤더는 리비전 번호여야 합니다(예: "3").', 'If-Match must be a revision number, e.g. "3".'),
  'IDEMPOTENCY.KEY_INVALID': m(
    'Idempotency-Key는 1~200자의 보이는 ASCII 문자여야 합니다.',
    'Idempotency-Key must be 1 to 200 visible ASCII characters.',
  ),
  'IDEMPOTENCY.KEY_REUSED': m(
    '같은 Idempotency-Key가 다른 요청에 이미 쓰였습니다.',
    'This Idempotency-Key was already used with a different request.',
  ),
  'IDEMPOTENCY.IN_PROGRESS': m(
    '같은 요청을 아직 처리하고 있습니다. 잠시 후 다시 확인하세요.',
    'The same request is still being processed; check again shortly.',
  ),
  'HTTP.400': m('잘못된 요청입니다.', 'Bad request.'),
  'HTTP.401': m('로그인이 필요합니다.', 'You need to sign in.'),
  'HTTP.403': m('허용되지 않은 요청입니다.', 'Not allowed.'),
  'HTTP.404': m('찾을 수 없습니다.', 'Not found.'),
  'HTTP.405': m('이 주소에서 허용되지 않는 방식입니다.', 'This method is not allowed here.'),
  'HTTP.406': m('요청한 형식으로 답할 수 없습니다.', 'Cannot answer in the format asked for.'),
  'HTTP.409': m('지금 상태에서는 할 수 없습니다.', 'Not possible in the current state.'),
  'HTTP.412': m('그사이 다른 사람이 먼저 바꿨습니다.', 'Someone changed it first.'),
  'HTTP.413': m('요청이 너무 큽니다.', 'The request is too large.'),
  'HTTP.415': m('지원하지 않는 본문 형식입니다. application/json으로 보내세요.', 'Unsupported body format; send application/json.'),
  'HTTP.422': m('규칙에 맞지 않습니다.', 'A rule is broken.'),
  'HTTP.428': m('If-Match 헤더가 필요합니다.', 'If-Match is required.'),
  'HTTP.4XX': m('요청을 처리할 수 없습니다.', 'The request cannot be handled.'),
  'HTTP.429': m('요청이 너무 많습니다. 잠시 후 다시 시도하세요.', 'Too many requests; try again shortly.'),

  // Server and stores
  'SERVER.ERROR': m(
    '서버 오류가 발생했습니다. 기록되었으니 잠시 후 다시 시도하세요.',
    'The server failed; it has been logged. Try again shortly.',
  ),
  'SERVER.OVERLOADED': m('지금 요청이 많아 처리하지 못했습니다. 잠시 후 다시 시도하세요.', 'The server is busy; try again shortly.', {
    ko: '지금 요청이 많아 처리하지 못했습니다. 아무것도 기록되지 않았으니 {retryAfter}초 뒤에 다시 시도하세요.',
    en: 'The server is busy and recorded nothing; try again in {retryAfter} seconds.',
  }),
  'STORE.UNAVAILABLE': m(
    '데이터베이스가 잠시 응답하지 않습니다. 잠시 후 다시 시도하세요. 같은 요청은 두 번 기록되지 않습니다.',
    'The database does not answer at the moment; try again shortly. The same request is never recorded twice.',
  ),
  'STORE.INVALID_ARGUMENT': m('저장소에 넘긴 값이 올바르지 않습니다.', 'The store was given an invalid value.'),
  'HEALTH.DOWN': m('서비스가 정상 상태가 아닙니다.', 'The service is not healthy.'),
  'STREAM.NOT_FOUND': m('기록이 없습니다.', 'No such record.'),
  'STREAM.INVALID_ID': m('기록 식별자가 올바르지 않습니다.', 'Not a valid record id.'),
  'STREAM.STALE_REVISION': m(
    '그사이 다른 사람이 먼저 바꿨습니다. 새로 고친 뒤 다시 시도하세요.',
    'Someone else changed this first; reload and try again.',
    {
      ko: '그사이 다른 사람이 먼저 바꿨습니다(지금 리비전 {currentRevision}). 새로 고친 뒤 다시 시도하세요.',
      en: 'Someone else changed this first (now at revision {currentRevision}); reload and try again.',
    },
  ),
  'STREAM.WRONG_EXPECTED_REVISION': m(
    '그사이 다른 사람이 먼저 바꿨습니다. 새로 고친 뒤 다시 시도하세요.',
    'Someone else changed this first; reload and try again.',
  ),
  'STREAM.CONCURRENT_WRITES': m(
    '동시에 들어온 변경이 많아 처리하지 못했습니다. 다시 시도하세요.',
    'Too many changes at the same moment; try again.',
  ),
  'STREAM.DELETED': m(
    '데이터베이스에서 삭제된 기록이라 읽거나 이어 쓸 수 없습니다. 관리자에게 알리세요.',
    'This record was deleted in the database and can be neither read nor added to; tell an administrator.',
  ),
  'STREAM.INTEGRITY': m(
    '저장된 기록의 무결성 검사에 실패했습니다. 관리자에게 알리세요.',
    'A stored record failed its integrity check; tell an administrator.',
  ),
  'EVENT.INVALID': m('기록할 수 없는 사건입니다.', 'This event cannot be recorded.'),
  'EVENT.TOO_LARGE': m('기록할 내용이 너무 큽니다.', 'The event is too large to record.'),
  'EVENT.UNKNOWN_TYPE': m('알 수 없는 사건 유형입니다.', 'Unknown event type.'),
  'EVENT.ID_CONFLICT': m(
    '같은 식별자의 사건이 이미 다른 내용으로 기록되어 있습니다.',
    'An event with this id is already recorded with other content.',
  ),
  'COMMAND.INVALID': m('입력값을 확인하세요.', 'Check the fields.'),
  'COMMAND.INVALID_DATE': m('날짜가 올바르지 않습니다(YYYY-MM-DD).', 'Not a valid date (YYYY-MM-DD).'),
  'COMMAND.INVALID_ID': m('식별자가 올바르지 않습니다.', 'Not a valid id.'),
  'COMMAND.INVALID_METADATA': m('요청의 부가 정보가 올바르지 않습니다.', 'The command metadata is not valid.'),
  'COMMAND.UNKNOWN_TYPE': m('알 수 없는 명령입니다.', 'Unknown command.'),
  'COMMAND.ALREADY_APPLIED_ELSEWHERE': m(
    '이 요청의 결과가 이미 다른 기록에 저장되어 있습니다.',
    'The result of this request is already stored elsewhere.',
  ),
  'MESSAGING.INVALID_ENVELOPE': m('메시지 형식이 올바르지 않습니다.', 'Not a valid message envelope.'),
  'MESSAGING.INVALID_OPTION': m('메시지 중계 설정이 올바르지 않습니다.', 'Not a valid relay setting.'),
  'MESSAGING.RELAY_TIMEOUT': m('메시지 중계가 제시간에 끝나지 않았습니다.', 'The relay did not finish in time.'),
  'PROCESS_MANAGER.PARKED_NOT_FOUND': m('보류된 후속 처리가 없습니다.', 'No parked reaction has this id.'),
  'PROCESS_MANAGER.ALREADY_RETRIED': m('이미 다시 처리한 후속 처리입니다.', 'This reaction has been retried already.'),
  'PROCESS_MANAGER.REACTION_ID_INVALID': m('후속 처리 식별자가 올바르지 않습니다.', 'Not a valid reaction id.'),
  'PROJECTION.UNKNOWN': m('알 수 없는 조회 모델입니다.', 'Unknown read model.'),
  'PROJECTION.UNKNOWN_TABLE': m('알 수 없는 조회 모델 표입니다.', 'Unknown read-model table.'),
  'PROJECTION.DUPLICATE': m('같은 이름의 조회 모델이 두 번 등록되었습니다.', 'Two read models have the same name.'),
  'PROJECTION.MISSING_KEY': m('조회 모델 행의 키가 없습니다.', 'A read-model row lacks its key.'),
  'PROJECTION.NOT_PREPARED': m('조회 모델이 아직 준비되지 않았습니다.', 'The read model is not prepared yet.'),
  'PROJECTION.CONTENDED': m('다른 프로세스가 이 조회 모델을 갱신하고 있습니다.', 'Another process is updating this read model.'),
  'PROJECTION.REBUILD_RUNNING': m('이 조회 모델은 이미 재구축 중입니다.', 'A rebuild of this read model is already running.'),
  'PROJECTION.REBUILD_ABORTED': m('재구축이 중단되었습니다.', 'The rebuild was aborted.'),
  'PROJECTION.REBUILD_SUPERSEDED': m('더 새로운 재구축이 이 재구축을 대신했습니다.', 'A newer rebuild took the place of this one.'),
  'PROJECTION.REBUILD_NOT_FOUND': m('해당 재구축이 없습니다.', 'No rebuild has this id.'),

  // Attachments of minutes and calendar feeds
  'ATTACHMENT.EMPTY': m('빈 파일은 첨부할 수 없습니다.', 'The file is empty.'),
  'ATTACHMENT.TOO_LARGE': m('첨부 파일이 허용 크기보다 큽니다.', 'The file is larger than an attachment may be.', {
    ko: '첨부 파일은 {maxBytes}바이트까지 올릴 수 있습니다.',
    en: 'An attachment may have at most {maxBytes} bytes.',
  }),
  'ATTACHMENT.TYPE_NOT_ALLOWED': m(
    '첨부할 수 없는 파일 형식입니다(파일 내용으로 판단).',
    'This type of file cannot be attached (judged by its content).',
    {
      ko: '첨부할 수 있는 형식: {allowed}. 파일 내용으로 판단합니다.',
      en: 'Files that may be attached: {allowed}, judged by their content.',
    },
  ),
  'ATTACHMENT.TYPE_MISMATCH': m(
    '보낸 파일 형식(Content-Type)과 파일 내용이 다릅니다.',
    'The declared Content-Type does not match the file’s content.',
    {
      ko: '{declared}(으)로 보냈지만 파일 내용은 {detected}입니다.',
      en: 'Sent as {declared}, but the content is {detected}.',
    },
  ),
  'ATTACHMENT.NAME_REQUIRED': m(
    '파일 이름(name 또는 Content-Disposition의 filename)을 주세요.',
    'Give the file name (the name parameter or the filename of Content-Disposition).',
  ),
  'ATTACHMENT.NAME_INVALID': m(
    '파일 이름은 1자 이상 255자 이하이며 제어 문자나 빗금(/, \\)을 쓸 수 없습니다.',
    'A file name has 1 to 255 characters, without control characters or slashes.',
  ),
  'ATTACHMENT.HASH_INVALID': m(
    '첨부 파일 식별자는 소문자 16진수 64자리 SHA-256 값입니다.',
    'An attachment is named by its SHA-256: 64 lower-case hexadecimal digits.',
  ),
  'ATTACHMENT.UPLOAD_INCOMPLETE': m(
    '파일이 다 올라오기 전에 전송이 끊겨 아무것도 저장하지 않았습니다. 다시 올려 주세요.',
    'The upload broke off before the whole file arrived; nothing was stored. Upload it again.',
  ),
  'ATTACHMENT.NOT_FOUND': m('해당 첨부 파일이 없습니다.', 'No attachment has this hash.'),
  'ATTACHMENT.DISTRICT_REQUIRED': m(
    '첨부 파일은 지구의 간사나 담당 공무원이 올립니다.',
    'Attachments are uploaded by a secretary or official of a district.',
  ),
  'CALENDAR.KEY_INVALID': m(
    '일정 구독 주소의 열쇠(key)가 올바르지 않거나 폐기되었습니다.',
    'The calendar link’s key is unknown, revoked or does not belong to this calendar.',
  ),
  'CALENDAR.FEED_NOT_FOUND': m('해당 일정 구독 주소가 없습니다.', 'No calendar link has this id.'),

  // Queries
  'QUERY.INVALID': m('조회 조건이 올바르지 않습니다.', 'Not a valid query.'),
  'QUERY.INVALID_VALUE': m('조회 조건의 값이 올바르지 않습니다.', 'A query value is not valid.'),
  'QUERY.INVALID_DATE': m('조회 날짜가 올바르지 않습니다(YYYY-MM-DD).', 'Not a valid date (YYYY-MM-DD).'),
  'QUERY.INVALID_DISTRICT': m('알 수 없는 지구입니다.', 'Unknown district.'),
  'QUERY.INVALID_GOAL': m('추진목표는 1, 2, 3 중 하나입니다.', 'The goal is 1, 2 or 3.'),
  'QUERY.INVALID_ID': m('조회 식별자가 올바르지 않습니다.', 'Not a valid id.'),
  'QUERY.INVALID_LIMIT': m('한 번에 볼 개수가 허용 범위를 벗어났습니다.', 'The page size is out of range.'),
  'QUERY.INVALID_NUMBER': m('숫자가 아닙니다.', 'Not a number.'),
  'QUERY.INVALID_OFFSET': m('시작 위치가 올바르지 않습니다.', 'Not a valid offset.'),
  'QUERY.INVALID_YEAR': m('연도가 올바르지 않습니다.', 'Not a valid year.'),
  'QUERY.INVALID_CURSOR': m(
    '페이지 위치(cursor)가 올바르지 않습니다. 첫 페이지부터 다시 조회하세요.',
    'Not a valid cursor; start again from the first page.',
  ),
  'QUERY.REPEATED_PARAMETER': m('같은 조회 조건을 두 번 넣었습니다.', 'A query parameter is repeated.'),
  'QUERY.MISSING_AS_OF': m('기준 시각(asOf)이 필요합니다.', 'asOf is required.'),
  'QUERY.CONFLICTING_TIME_TRAVEL': m('기준 시각과 리비전을 함께 지정할 수 없습니다.', 'Give asOf or atRevision, not both.'),
  'QUERY.NOT_YET_EXISTING': m('그 시점에는 아직 없었습니다.', 'It did not exist yet at that point.'),
  'QUERY.REVISION_NOT_FOUND': m('그런 리비전이 없습니다.', 'No such revision.'),
  'QUERY.STREAM_NOT_FOUND': m('기록이 없습니다.', 'No such record.'),
  'QUERY.UNKNOWN_STREAM_CATEGORY': m('알 수 없는 기록 종류입니다.', 'Unknown kind of record.'),
  'QUERY.MEETING_NOT_FOUND': m('회의가 없습니다.', 'No such meeting in the register.'),
  'QUERY.SCHOOL_CALL_NOT_FOUND': m('공모가 없습니다.', 'No such call for schools in the register.'),
  'QUERY.AGREEMENT_NOT_FOUND': m('부속합의서가 없습니다.', 'No such agreement.'),
  'QUERY.OPERATING_PLAN_NOT_FOUND': m('운영계획이 없습니다.', 'No such operating plan in the register.'),
  'QUERY.PROJECT_NOT_FOUND': m('세부사업이 없습니다.', 'No such project in the register.'),
  'QUERY.EXPORT_SCOPE': m('내보낼 범위를 지정하세요.', 'Name what to export.'),
  'QUERY.EVENT_NOT_FOUND': m('그런 이벤트가 없습니다.', 'No such event.'),
  'QUERY.PROOF_SUBJECT': m(
    '증명할 이벤트를 위치(position) 또는 식별자(eventId) 중 하나로 지정하세요.',
    'Name the event to prove by exactly one of position or eventId.',
  ),
  'QUERY.INVALID_TREE_SIZE': m(
    '트리 크기가 올바르지 않습니다: 0 이상이고 현재 트리 크기 이하여야 합니다.',
    'Not a valid tree size: from 0 up to the current size of the tree.',
  ),
  'LOG.FORK_DETECTED': m(
    '기록이 증인이 연서명한 체크포인트를 더 이상 잇지 않습니다(분기). 새 체크포인트에 서명하지 않았습니다.',
    'The log no longer extends a checkpoint its witnesses cosigned (a fork); no checkpoint was signed.',
  ),
  'LOG.CHECKPOINT_NOT_FOUND': m('그 트리 크기의 체크포인트는 발행된 적이 없습니다.', 'No checkpoint of that tree size was issued.'),
  'LOG.COSIGNATURE_INVALID': m(
    '연서명이 이 체크포인트에 대한, 등록된 증인 키의 올바른 cosignature/v1 서명이 아닙니다.',
    'The cosignature is no valid cosignature/v1 of this checkpoint by a registered witness key.',
  ),
  'AUDIT.CHECKPOINT_MALFORMED': m(
    '저장한 체크포인트(checkpoint)가 로그가 발행한 서명된 체크포인트의 형식이 아닙니다.',
    'The saved checkpoint (checkpoint) is not a signed checkpoint in the form the log issues.',
  ),
  'AUDIT.CHECKPOINT_UNSIGNED': m(
    '저장한 체크포인트(checkpoint)의 서명이 로그의 키로도, 등록된 증인의 키로도 맞지 않습니다(내용이 바뀌었거나 다른 로그의 것입니다).',
    "No signature on the saved checkpoint (checkpoint) holds under the log's key or a registered witness's key (it was changed, or is another log's).",
  ),
  'WITNESS.DISTRICT': m('지구(district)는 31개 지구 코드 중 하나여야 합니다.', 'district must be one of the 31 district codes.'),
  'WITNESS.PARTY': m(
    '당사자(party)는 education-office 또는 local-government여야 합니다.',
    'party must be education-office or local-government.',
  ),
  'WITNESS.OTHER_PARTY': m(
    '증인 키는 그 지구·당사자의 담당 공무원이나 관리자만 등록할 수 있습니다.',
    "Only the district party's official or an administrator registers this witness key.",
  ),
  'WITNESS.KEY': m(
    '증인 키(verifierKey)가 올바른 cosignature/v1 검증 키가 아닙니다.',
    'verifierKey is no valid cosignature/v1 verifier key.',
  ),
  'WITNESS.KEY_NAME': m('증인 키의 이름은 "<지구>.<당사자>"여야 합니다.', 'The witness key is named "<district>.<party>".'),
  'PRIVACY.NO_KEY_TABLE': m(
    '이 설치의 이벤트 저장소는 개인정보 키 테이블을 두지 않아 개인정보를 지울 수 없습니다(SQLite와 PostgreSQL 저장소만 둡니다).',
    "This installation's event store keeps no personal-data key table, so personal data cannot be erased (only the SQLite and PostgreSQL stores keep one).",
  ),
  'LOG.NO_MERKLE_TREE': m(
    '이 설치의 이벤트 저장소는 머클 트리를 유지하지 않습니다(EventStoreDB).',
    "This installation's event store keeps no Merkle tree (EventStoreDB).",
  ),

  // Catalogs, money, votes
  'CATALOG.UNKNOWN_DISTRICT': m('알 수 없는 지구입니다.', 'Unknown district.'),
  'CATALOG.UNKNOWN_BODY': m('알 수 없는 협의체입니다.', 'Unknown body.'),
  'CATALOG.UNKNOWN_FUNDER': m('재원은 교육청 또는 지자체입니다.', 'The funder is the education office or the local government.'),
  'CATALOG.UNKNOWN_TASK': m('알 수 없는 추진과제입니다.', 'Unknown task.'),
  'MONEY.INVALID': m('금액은 0 이상의 원 단위 정수여야 합니다.', 'An amount must be a whole, non-negative number of won.'),
  'MONEY.UNKNOWN_FUNDER': m('재원은 교육청 또는 지자체입니다.', 'The funder is the education office or the local government.'),
  'VOTE.INVALID_TALLY': m(
    '표결 수는 0 이상의 정수여야 하고 재적은 1명 이상이어야 합니다.',
    'Vote counts must be whole, non-negative numbers, with at least one member on roll.',
  ),
  'VOTE.TALLY_DOES_NOT_ADD_UP': m(
    '표결 수가 맞지 않습니다: 찬성·반대·기권의 합은 출석 이하, 출석은 재적 이하여야 합니다.',
    'The tally does not add up: for + against + abstain ≤ present ≤ on roll.',
  ),
  'VOTE.NO_QUORUM': m(
    '의사정족수에 미달합니다: 재적 과반수가 출석해야 합니다.',
    'No quorum: more than half of the members on roll must be present.',
    {
      ko: '의사정족수 미달: 재적 {onRoll}명 중 {present}명 출석, {needed}명 이상 출석해야 합니다.',
      en: 'No quorum: {present} of {onRoll} members present; {needed} needed.',
    },
  ),
  'VOTE.MOTION_NOT_CARRIED': m(
    '의결정족수에 미달합니다: 출석 과반수가 찬성해야 합니다.',
    'The motion did not carry: more than half of those present must vote for it.',
    {
      ko: '의결정족수 미달: 출석 {present}명 중 찬성 {for}명, {needed}명 이상 찬성해야 합니다.',
      en: 'Not carried: {for} for of {present} present; {needed} needed.',
    },
  ),
  'BUDGET.EXCEEDS_ALLOCATION': m('집행액이 배정액을 넘습니다.', 'The expenditure exceeds the allocation.', {
    ko: '집행 가능액 {available}원을 넘습니다(배정 {allocation}원, 집행 {spent}원, 요청 {amount}원).',
    en: 'Exceeds the available {available} won (allocated {allocation}, spent {spent}, asked {amount}).',
  }),
  'PROJECT.GRANT_NOT_OF_PROJECT': m(
    '이 세부사업의 교부(공모 또는 지정 교부)가 아닙니다. 학교 집행은 이 사업이 학교에 교부한 예산에서만 등록합니다.',
    'The grant is not one of this project’s (of a call or direct); a school spends only what this project granted it.',
    {
      ko: '교부 {grantId}은(는) 세부사업 {projectId}의 교부가 아닙니다.',
      en: 'Grant {grantId} is not one of project {projectId}’s grants.',
    },
  ),
  'PROJECT.GRANT_OF_ANOTHER_FUNDER': m(
    '이 교부에는 해당 재원의 예산이 없습니다. 학교는 교부받은 재원의 예산만 집행합니다.',
    'The grant gave nothing from this funder; a school spends only the money its grant gave.',
    { ko: '{school}에 교부한 예산에는 {funderName} 예산이 없습니다.', en: 'The grant to {school} gave nothing from {funder}.' },
  ),
  'PROJECT.EXPENDITURE_ABOVE_GRANT': m('학교 집행액이 교부액을 넘습니다.', 'The school’s spending exceeds its grant.', {
    ko: '{school}에 교부한 {funderName} {grant}원 중 {spent}원을 이미 집행해, 남은 {available}원보다 많은 {amount}원은 집행할 수 없습니다.',
    en: 'Of the {grant} won granted to {school} from {funder}, {spent} is spent; {amount} exceeds the {available} left.',
  }),
  'BUDGET.BELOW_SPENT': m('이미 집행한 금액보다 적게 줄일 수 없습니다.', 'A budget cannot go below what is already spent.'),

  // Agenda items
  'AGENDA_ITEM.NOT_FOUND': m('안건이 없습니다.', 'No such agenda item.'),
  'AGENDA_ITEM.ALREADY_EXISTS': m('같은 식별자의 안건이 이미 있습니다.', 'An agenda item with this id exists already.'),
  'AGENDA_ITEM.TRANSITION_NOT_ALLOWED': m('안건의 지금 단계에서는 할 수 없습니다.', 'Not possible at the item’s current step.'),
  'AGENDA_ITEM.RULE_VIOLATED': m('안건의 지금 상태에서는 할 수 없습니다.', 'Not possible in the item’s current state.'),
  'AGENDA_ITEM.EVENT_NOT_APPLICABLE': m('이 안건에 적용할 수 없는 기록입니다.', 'This record does not apply to the item.'),
  'AGENDA_ITEM.WRONG_BODY': m('이 단계를 맡은 협의체의 회의가 아닙니다.', 'The meeting is not of the body whose step this is.'),
  'AGENDA_ITEM.DUPLICATE_OPINION': m('같은 의견이 이미 등록되어 있습니다.', 'This opinion is recorded already.'),
  'AGENDA_ITEM.DUPLICATE_REVISION': m('같은 실행안 수정안이 이미 제출되어 있습니다.', 'This draft revision is submitted already.'),
  'AGENDA_ITEM.REVISION_NOT_SUBMITTED': m('제출되지 않은 실행안 수정안입니다.', 'No such draft revision was submitted.'),
  'AGENDA_ITEM.NO_COMPLETE_REVISION': m(
    '상정하려면 완성된 실행안(계획·추진과제·재원별 예산)이 하나 이상 있어야 합니다.',
    'Tabling needs at least one complete draft revision (plan, task, budget per funder).',
  ),
  'AGENDA_ITEM.PROJECT_ALREADY_LINKED': m('이 안건에는 이미 세부사업이 연결되어 있습니다.', 'A project is linked to this item already.'),
  'AGENDA_ITEM.PROJECT_MISMATCH': m('이 안건의 세부사업이 아닙니다.', 'This is not the item’s project.'),
  'AGENDA_ITEM.REVIEW_NOT_DUE': m('심의 기한이 아직 지나지 않았습니다.', 'The review is not due yet.'),
  'AGENDA_ITEM.REVIEW_OVERDUE_ALREADY_RECORDED': m('이 심의 기한의 경과는 이미 기록되었습니다.', 'This review deadline has fired already.'),
  'AGENDA_ITEM.PROJECT_EVALUATION_ALREADY_NOTED': m('세부사업 평가가 이미 반영되었습니다.', 'The project’s evaluation is noted already.'),

  // Projects
  'PROJECT.NOT_FOUND': m('세부사업이 없습니다.', 'No such project.'),
  'PROJECT.ALREADY_EXISTS': m('같은 식별자의 세부사업이 이미 있습니다.', 'A project with this id exists already.'),
  'PROJECT.TRANSITION_NOT_ALLOWED': m('세부사업의 지금 단계에서는 할 수 없습니다.', 'Not possible at the project’s current step.'),
  'PROJECT.RULE_VIOLATED': m('세부사업의 지금 상태에서는 할 수 없습니다.', 'Not possible in the project’s current state.'),
  'PROJECT.EVENT_NOT_APPLICABLE': m('이 세부사업에 적용할 수 없는 기록입니다.', 'This record does not apply to the project.'),
  'PROJECT.ALREADY_AGREED': m('이미 부속합의서에 반영된 세부사업입니다.', 'The project is in an agreement already.'),
  'PROJECT.AGREEMENT_MISMATCH': m('이 세부사업의 부속합의서가 아닙니다.', 'This is not the project’s agreement.'),
  'PROJECT.AMENDMENT_ALREADY_APPLIED': m('이 변경은 이미 반영되었습니다.', 'This amendment is applied already.'),
  'PROJECT.DUPLICATE_EXPENDITURE': m('같은 집행이 이미 등록되어 있습니다.', 'This expenditure is recorded already.'),
  'PROJECT.OUTSIDE_AGREEMENT_TERM': m(
    '부속합의서의 협약 기간 밖의 날짜로는 집행할 수 없습니다.',
    'An expenditure cannot be dated outside the agreement’s term.',
    {
      ko: '협약 기간은 {termFrom} ~ {termUntil}입니다. {spentOn} 집행은 기간 밖입니다.',
      en: 'The agreement is in force {termFrom} – {termUntil}; an expenditure dated {spentOn} is outside it.',
    },
  ),
  'PROJECT.CONDITION_NOT_FULFILLED': m(
    '집행 전에 이행해야 할 조건부 가결의 조건이 남아 있습니다.',
    'A condition of the approval must be fulfilled before money is spent.',
    {
      ko: '조건 {conditionId}("{condition}")을(를) 이행하거나 운영위원회가 면제해야 집행할 수 있습니다.',
      en: 'Condition {conditionId} ("{condition}") must be fulfilled or waived by the committee before money is spent.',
    },
  ),
  'PROJECT.CONDITION_NOT_FOUND': m('조건부 가결에 그런 조건이 없습니다.', 'The approval has no such condition.'),
  'PROJECT.CONDITION_SETTLED': m('이미 이행되었거나 면제된 조건입니다.', 'This condition is fulfilled or waived already.'),
  'PROJECT.CONDITION_NOT_DUE': m('조건의 이행 기한이 아직 지나지 않았습니다.', 'The condition is not due yet.'),
  'PROJECT.CONDITION_OVERDUE_ALREADY_RECORDED': m(
    '이 조건의 기한 경과는 이미 기록되었습니다.',
    'This condition is recorded overdue already.',
  ),
  'PROJECT.WRONG_BODY': m('조건의 면제는 운영위원회가 합니다.', 'Conditions are waived by the steering committee.'),
  'PROJECT.EVALUATION_NOT_DUE': m('평가 기한이 아직 지나지 않았습니다.', 'The evaluation is not due yet.'),
  'PROJECT.EVALUATION_OVERDUE_ALREADY_RECORDED': m(
    '이 평가 기한의 경과는 이미 기록되었습니다.',
    'This evaluation deadline has fired already.',
  ),
  'PROJECT.EVALUATION_ALREADY_RECORDED': m(
    '평가가 이미 등록되어 있습니다. 고치려면 정정을 등록하세요.',
    'This evaluation is recorded already; record a correction to change it.',
  ),
  'PROJECT.EVALUATION_NOT_RECORDED': m(
    '정정할 평가가 없습니다. 먼저 평가를 등록하세요.',
    'There is no evaluation to correct; record it first.',
  ),
  'PROJECT.INVALID_SATISFACTION': m('만족도는 0에서 100 사이여야 합니다.', 'Satisfaction must be from 0 to 100.'),
  'PROJECT.PARTY_MISMATCH': m('자기 소속 재원만 집행할 수 있습니다.', 'You may record only your own party’s spending.'),
  'PROJECT.WITHDRAWN_FROM_AGREEMENT': m(
    '부속합의서에서 제외된 세부사업이라 더 집행할 수 없습니다. 남은 배정액은 반납되었습니다.',
    'The project was withdrawn from its agreement; its unspent allocation was returned and nothing more is spent.',
    {
      ko: '세부사업이 {releasedOn}에 부속합의서 {agreementId}에서 제외되어(변경 {amendmentId}) 더 집행할 수 없습니다.',
      en: 'The project was withdrawn from agreement {agreementId} on {releasedOn} (amendment {amendmentId}); nothing more is spent.',
    },
  ),
  'PROJECT.ALREADY_RELEASED': m('이미 부속합의서에서 제외된 세부사업입니다.', 'The project was withdrawn from its agreement already.'),
  'PROJECT.ALREADY_CANCELLED': m(
    '이미 취소된 세부사업입니다. 남은 배정액은 취소할 때 반납되었습니다.',
    'The project is cancelled already; its unspent allocation was returned then.',
  ),

  // Agreements
  // Rosters (위원 명단)
  'ROSTER.NOT_FOUND': m('위원 명단이 없습니다. 먼저 위원을 등록하세요.', 'No roster is recorded for this body; add its members first.'),
  'ROSTER.ALREADY_EXISTS': m('이 협의체의 위원 명단이 이미 있습니다.', 'This body’s roster exists already.'),
  'ROSTER.TRANSITION_NOT_ALLOWED': m('위원 명단의 지금 상태에서는 할 수 없습니다.', 'Not possible on the roster now.'),
  'ROSTER.RULE_VIOLATED': m('위원 명단의 지금 상태에서는 할 수 없습니다.', 'Not possible in the roster’s current state.'),
  'ROSTER.EVENT_NOT_APPLICABLE': m('이 위원 명단에 적용할 수 없는 기록입니다.', 'This record does not apply to the roster.'),
  'ROSTER.DUPLICATE_MEMBER': m(
    '이미 명단에 있는 위원입니다. 다시 위촉된 위원은 새 위원 번호로 등록하세요.',
    'This member is on the roster already; a member appointed again joins under a new id.',
    {
      ko: '위원 {memberId}은(는) 이미 명단에 있습니다.',
      en: 'Member {memberId} is on the roster already.',
    },
  ),
  'ROSTER.MEMBER_UNKNOWN': m('명단에 없는 위원입니다.', 'No such member on this roster.', {
    ko: '위원 {memberId}은(는) 이 명단에 없습니다.',
    en: 'There is no member {memberId} on this roster.',
  }),
  'ROSTER.MEMBER_LEFT': m('이미 해촉·사임한 위원입니다.', 'This member has left the body.', {
    ko: '위원 {memberId}은(는) {leftOn}에 그만두었습니다.',
    en: 'Member {memberId} left on {leftOn}.',
  }),
  'ROSTER.TERM_INVALID': m(
    '임기가 맞지 않습니다: 임기 종료일이나 해촉일은 임기 시작일보다 앞설 수 없습니다.',
    'The term does not hold: it cannot end, nor the member leave, before it begins.',
  ),
  'ROSTER.CHAIR_TAKEN': m(
    '임기가 겹치는 위원장이 이미 있습니다. 위원장은 한 명입니다.',
    'A chair with an overlapping term exists; a body has one chair at a time.',
    {
      ko: '위원 {chairMemberId}이(가) 겹치는 임기의 위원장입니다. 위원장은 한 명입니다.',
      en: 'Member {chairMemberId} is the chair for an overlapping term; a body has one chair at a time.',
    },
  ),
  // Operating plan (운영계획)
  'OPERATING_PLAN.NOT_FOUND': m(
    '이 지구·연도의 운영계획이 없습니다. 먼저 운영계획을 작성하세요.',
    'There is no operating plan for this district and year; draft it first.',
  ),
  'OPERATING_PLAN.ALREADY_EXISTS': m(
    '이 지구·연도의 운영계획이 이미 있습니다.',
    'The operating plan of this district and year exists already.',
  ),
  'OPERATING_PLAN.TRANSITION_NOT_ALLOWED': m(
    '운영계획의 지금 단계에서는 할 수 없습니다.',
    'Not possible at the operating plan’s current step.',
  ),
  'OPERATING_PLAN.RULE_VIOLATED': m('운영계획의 지금 상태에서는 할 수 없습니다.', 'Not possible in the operating plan’s current state.'),
  'OPERATING_PLAN.EVENT_NOT_APPLICABLE': m('이 운영계획에 적용할 수 없는 기록입니다.', 'This record does not apply to the operating plan.'),
  'OPERATING_PLAN.PROJECT_UNKNOWN': m(
    '없는 세부사업입니다. 운영계획에는 등록된 세부사업만 담습니다.',
    'No such project; an operating plan lists only existing projects.',
    {
      ko: '세부사업 {projectId}이(가) 없습니다. 운영계획에는 등록된 세부사업만 담습니다.',
      en: 'There is no project {projectId}; an operating plan lists only existing projects.',
    },
  ),
  'OPERATING_PLAN.PROJECT_OF_ANOTHER_DISTRICT': m('다른 지구의 세부사업입니다.', 'The project belongs to another district.', {
    ko: '세부사업 {projectId}은(는) {projectDistrict} 지구의 사업입니다.',
    en: 'Project {projectId} belongs to {projectDistrict}.',
  }),
  'OPERATING_PLAN.PROJECT_OF_ANOTHER_YEAR': m('다른 운영 연도의 세부사업입니다.', 'The project is one of another operating year.', {
    ko: '세부사업 {projectId}은(는) {projectYear}년 사업으로, {planYear}년 운영계획에 담을 수 없습니다.',
    en: 'Project {projectId} is a {projectYear} project, not one of the {planYear} plan.',
  }),
  'OPERATING_PLAN.PROJECT_CANCELLED': m(
    '취소된 세부사업은 운영계획에 담지 않습니다.',
    'A cancelled project is not put into an operating plan.',
    {
      ko: '세부사업 {projectId}은(는) 취소되었습니다.',
      en: 'Project {projectId} is cancelled.',
    },
  ),
  'OPERATING_PLAN.PROJECT_ALREADY_LISTED': m('이미 운영계획에 있는 세부사업입니다.', 'The project is in the plan already.', {
    ko: '세부사업 {projectId}은(는) 이미 운영계획에 있습니다.',
    en: 'Project {projectId} is in the plan already.',
  }),
  'OPERATING_PLAN.PROJECT_NOT_LISTED': m('운영계획에 없는 세부사업입니다.', 'The project is not in the plan.', {
    ko: '세부사업 {projectId}은(는) 운영계획에 없습니다.',
    en: 'Project {projectId} is not in the plan.',
  }),
  'OPERATING_PLAN.NO_PROJECTS': m(
    '운영계획에 세부사업이 없습니다. 세부사업을 담은 뒤 제출하세요.',
    'The plan lists no project; add the projects before submitting it.',
  ),
  'OPERATING_PLAN.REASONS_REQUIRED': m(
    '수정안을 제출할 때에는 수정 사유를 적어야 합니다.',
    'A revised plan is submitted with the reasons for its changes.',
    {
      ko: '운영계획 {revision}차 수정안에는 수정 사유가 필요합니다.',
      en: 'Revision {revision} of the plan needs the reasons for its changes.',
    },
  ),
  // Comprehensive evaluation (종합평가): the province survey
  'PROVINCE_SURVEY.NOT_FOUND': m(
    '이 연도의 종합평가(도 단위 설문조사)가 아직 기록되지 않았습니다.',
    'No province survey is recorded for this year yet.',
  ),
  'PROVINCE_SURVEY.ALREADY_EXISTS': m(
    '이 연도의 종합평가가 이미 기록되어 있습니다. 바로잡으려면 정정을 등록하세요.',
    'The province survey of this year is recorded already; record a correction to change it.',
  ),
  'PROVINCE_SURVEY.TRANSITION_NOT_ALLOWED': m(
    '종합평가의 지금 상태에서는 할 수 없습니다.',
    'Not possible at the province survey’s current step.',
  ),
  'PROVINCE_SURVEY.RULE_VIOLATED': m('종합평가의 지금 상태에서는 할 수 없습니다.', 'Not possible in the province survey’s current state.'),
  'PROVINCE_SURVEY.EVENT_NOT_APPLICABLE': m(
    '이 종합평가에 적용할 수 없는 기록입니다.',
    'This record does not apply to the province survey.',
  ),
  'PROVINCE_SURVEY.PERIOD_REVERSED': m('조사 종료일이 시작일보다 앞섭니다.', 'The survey closes before it opens.', {
    ko: '조사 종료일 {to}이(가) 시작일 {from}보다 앞섭니다.',
    en: 'The survey closes on {to}, before it opens on {from}.',
  }),
  'PROVINCE_SURVEY.PERIOD_NOT_ENDED': m('조사가 끝난 뒤에 결과를 기록합니다.', 'Results are recorded once the survey has closed.', {
    ko: '조사 기간이 {to}까지입니다. 결과는 조사가 끝난 뒤에 기록합니다.',
    en: 'The survey is open until {to}; its results are recorded after it closes.',
  }),
  'PROVINCE_SURVEY.NO_RESPONDENTS': m('응답자가 없는 설문조사는 결과가 없습니다.', 'A survey nobody answered has no results.'),
  'PROVINCE_SURVEY.INDICATOR_DUPLICATE': m('같은 공통지표가 두 번 있습니다.', 'A common indicator is listed twice.', {
    ko: '공통지표 {indicatorId}이(가) 두 번 있습니다.',
    en: 'Indicator {indicatorId} is listed twice.',
  }),
  'PROVINCE_SURVEY.RESULT_INDICATOR_UNKNOWN': m('설문에 없는 지표의 결과입니다.', 'A result names an indicator the survey does not list.', {
    ko: '{district}의 결과가 설문에 없는 지표 {indicatorId}을(를) 가리킵니다.',
    en: 'The result for {district} names indicator {indicatorId}, which the survey does not list.',
  }),
  'PROVINCE_SURVEY.RESULT_DUPLICATE': m('한 지구의 같은 지표 결과가 두 번 있습니다.', 'A district has two results for one indicator.', {
    ko: '{district}의 지표 {indicatorId} 결과가 두 번 있습니다.',
    en: '{district} has two results for indicator {indicatorId}.',
  }),
  'IPA.NOT_FOUND': m('이 연도의 종합평가에 해당 지구의 결과가 없습니다.', 'The year’s province survey has no results for this scope.'),
  'EVALUATION.SCORE_OUT_OF_SCALE': m(
    '점수는 5점 척도의 평균(1.00~5.00, 소수 둘째 자리까지)입니다.',
    'A score is a mean on the five-point scale (1.00–5.00, two decimals at most).',
  ),
  // Self-evaluation (자체평가) of a district
  'DISTRICT_EVALUATION.NOT_FOUND': m(
    '이 지구·연도의 자체평가가 아직 기록되지 않았습니다.',
    'No self-evaluation is recorded for this district and year yet.',
  ),
  'DISTRICT_EVALUATION.ALREADY_EXISTS': m(
    '이 지구·연도의 자체평가가 이미 기록되어 있습니다. 바로잡으려면 정정을 등록하세요.',
    'The self-evaluation of this district and year is recorded already; record a correction to change it.',
  ),
  'DISTRICT_EVALUATION.TRANSITION_NOT_ALLOWED': m(
    '자체평가의 지금 상태에서는 할 수 없습니다.',
    'Not possible at the self-evaluation’s current step.',
  ),
  'DISTRICT_EVALUATION.RULE_VIOLATED': m(
    '자체평가의 지금 상태에서는 할 수 없습니다.',
    'Not possible in the self-evaluation’s current state.',
  ),
  'DISTRICT_EVALUATION.EVENT_NOT_APPLICABLE': m(
    '이 자체평가에 적용할 수 없는 기록입니다.',
    'This record does not apply to the self-evaluation.',
  ),
  'DISTRICT_EVALUATION.INDICATOR_DUPLICATE': m('같은 개별지표가 두 번 있습니다.', 'An indicator is listed twice.', {
    ko: '개별지표 {indicatorId}이(가) 두 번 있습니다.',
    en: 'Indicator {indicatorId} is listed twice.',
  }),
  'DISTRICT_EVALUATION.PROJECT_UNKNOWN': m('없는 세부사업입니다.', 'No such project.', {
    ko: '세부사업 {projectId}이(가) 없습니다.',
    en: 'There is no project {projectId}.',
  }),
  'DISTRICT_EVALUATION.PROJECT_OF_ANOTHER_DISTRICT': m('다른 지구의 세부사업입니다.', 'The project belongs to another district.', {
    ko: '세부사업 {projectId}은(는) {projectDistrict} 지구의 사업입니다.',
    en: 'Project {projectId} belongs to {projectDistrict}.',
  }),
  'DISTRICT_EVALUATION.PROJECT_OF_ANOTHER_YEAR': m('다른 연도의 세부사업입니다.', 'The project is one of another year.', {
    ko: '세부사업 {projectId}은(는) {projectYear}년 사업으로, {year}년 자체평가의 대상이 아닙니다.',
    en: 'Project {projectId} is a {projectYear} project, not one of {year}.',
  }),
  'DISTRICT_EVALUATION.AGENDA_ITEM_UNKNOWN': m('없는 안건입니다.', 'No such agenda item.', {
    ko: '안건 {itemId}이(가) 없습니다.',
    en: 'There is no agenda item {itemId}.',
  }),
  'DISTRICT_EVALUATION.AGENDA_ITEM_OF_ANOTHER_DISTRICT': m('다른 지구의 안건입니다.', 'The agenda item belongs to another district.', {
    ko: '안건 {itemId}은(는) {itemDistrict} 지구의 안건입니다.',
    en: 'Agenda item {itemId} belongs to {itemDistrict}.',
  }),
  'DISTRICT_EVALUATION.REPORT_UNKNOWN': m(
    '자체평가 보고서 파일이 보관되어 있지 않습니다. 먼저 파일을 올리세요.',
    'The report is not in the attachment store; upload it first.',
    {
      ko: '보고서 {name}({sha256})이(가) 이 지구에 보관되어 있지 않습니다. 먼저 파일을 올리세요.',
      en: 'No file {sha256} ({name}) is stored for the district; upload it first.',
    },
  ),
  'AGREEMENT.PLAN_NOT_APPROVED': m(
    '운영계획이 아직 운영위원회에서 가결되지 않았습니다. 부속합의서에는 가결된 운영계획의 세부사업을 담습니다.',
    'The operating plan is not approved yet; the agreement lists the approved plan’s projects.',
    {
      ko: '운영계획 {planId}이(가) 아직 가결되지 않았습니다({planStatus}). 부속합의서에는 가결된 운영계획의 세부사업을 담습니다.',
      en: 'The operating plan {planId} is not approved yet ({planStatus}); the agreement lists the approved plan’s projects.',
    },
  ),
  'AGREEMENT.PROJECT_NOT_IN_PLAN': m(
    '가결된 운영계획에 없는 세부사업입니다. 부속합의서에는 운영계획의 세부사업만 담습니다.',
    'The project is not in the approved operating plan; the agreement lists only the plan’s projects.',
    {
      ko: '세부사업 {projectId}은(는) 가결된 운영계획 {planId}에 없습니다.',
      en: 'Project {projectId} is not in the approved operating plan {planId}.',
    },
  ),
  'AGREEMENT.PLAN_PROJECT_NOT_LISTED': m(
    '가결된 운영계획의 세부사업이 부속합의서에 빠져 있습니다. 모두 담은 뒤 서명하세요.',
    'A project of the approved operating plan is missing from the agreement; list them all before signing.',
    {
      ko: '가결된 운영계획 {planId}의 세부사업 {projectId}이(가) 부속합의서에 없습니다. 모두 담은 뒤 서명하세요.',
      en: 'Project {projectId} of the approved operating plan {planId} is not listed; list every project of the plan before signing.',
    },
  ),
  // Meetings (회의)
  'MEETING.NOT_FOUND': m('회의가 없습니다.', 'No such meeting.'),
  'MEETING.ALREADY_EXISTS': m('같은 해 같은 차수의 회의가 이미 있습니다.', 'A meeting with this number exists already this year.'),
  'MEETING.TRANSITION_NOT_ALLOWED': m('회의의 지금 단계에서는 할 수 없습니다.', 'Not possible at the meeting’s current step.'),
  'MEETING.RULE_VIOLATED': m('회의의 지금 상태에서는 할 수 없습니다.', 'Not possible in the meeting’s current state.'),
  'MEETING.EVENT_NOT_APPLICABLE': m('이 회의에 적용할 수 없는 기록입니다.', 'This record does not apply to the meeting.'),
  'MEETING.DUPLICATE_AGENDA_ENTRY': m('이미 회의 안건에 있는 안건입니다.', 'This agenda item is on the meeting’s agenda already.'),
  'MEETING.NO_ROSTER': m(
    '회의일에 재적 위원이 없습니다. 먼저 위원 명단을 등록하세요.',
    'No member is on roll on the meeting day; enter the roster first.',
    {
      ko: '{heldOn}에 재적 위원이 없습니다. 먼저 위원 명단을 등록하세요.',
      en: 'No member is on roll on {heldOn}; enter the roster first.',
    },
  ),
  'MEETING.NOT_ON_ROLL': m('회의일에 재적 위원이 아닌 사람입니다.', 'Not a member on roll on the meeting day.', {
    ko: '{memberId}은(는) {heldOn}에 재적 위원이 아닙니다.',
    en: '{memberId} is not on roll on {heldOn}.',
  }),
  'MEETING.ATTENDANCE_UNCHANGED': m('출석 상태가 이미 그렇습니다.', 'The member’s attendance is so already.'),
  'MEETING.REQUIRED': m(
    '위원 명단이 있는 협의체의 의결은 기록된 회의(meetingId)를 지정해야 합니다.',
    'This body has a roster: name the recorded meeting of the decision (meetingId).',
  ),
  'MEETING.UNKNOWN': m(
    '기록되지 않은 회의입니다. 먼저 회의를 등록하고 개회하세요.',
    'No such meeting is recorded; schedule and convene it first.',
    {
      ko: '회의 {meetingId}이(가) 기록되어 있지 않습니다. 먼저 회의를 등록하고 개회하세요.',
      en: 'No meeting {meetingId} is recorded; schedule and convene it first.',
    },
  ),
  'MEETING.OF_ANOTHER_DISTRICT': m('다른 지구의 회의입니다.', 'This is a meeting of another district.'),
  'MEETING.OF_ANOTHER_COUNCIL': m(
    '다른 민·관·학 지역교육협의체의 회의입니다. 안건은 제안된 협의체의 회의에서 의결합니다.',
    'This is a meeting of another civic council; an item is decided at the meetings of the council it was proposed in.',
    {
      ko: '회의 {meetingId}은(는) 다른 협의체({meetingCouncil})의 회의입니다. 이 안건은 {itemCouncil} 협의체의 회의에서 의결합니다.',
      en: 'Meeting {meetingId} is a meeting of another civic council ({meetingCouncil}); this item is decided at the meetings of {itemCouncil}.',
    },
  ),
  'MEETING.ITEM_OF_ANOTHER_DISTRICT': m(
    '다른 지구의 안건은 이 회의의 안건으로 올릴 수 없습니다.',
    "An item of another district cannot be on this meeting's agenda.",
    {
      ko: '안건 {itemId}은(는) {itemDistrict} 지구의 안건입니다. 이 회의는 {meetingDistrict} 지구의 회의입니다.',
      en: 'Item {itemId} is an item of {itemDistrict}; this meeting is a meeting of {meetingDistrict}.',
    },
  ),
  'MEETING.ITEM_OF_ANOTHER_COUNCIL': m(
    '다른 민·관·학 지역교육협의체에 제안된 안건은 이 회의의 안건으로 올릴 수 없습니다.',
    "An item proposed in another civic council cannot be on this meeting's agenda.",
    {
      ko: '안건 {itemId}은(는) {itemCouncil}에 제안된 안건입니다. 이 회의는 {meetingCouncil}의 회의입니다.',
      en: 'Item {itemId} was proposed in {itemCouncil}; this meeting is a meeting of {meetingCouncil}.',
    },
  ),
  'MEETING.NOT_CONVENED': m(
    '아직 개회하지 않은 회의입니다. 의결은 개회한 회의에서 기록합니다.',
    'The meeting has not convened; decisions are recorded at a convened meeting.',
  ),
  'MEETING.RECORD_CLOSED': m(
    '회의록이 작성된 회의에는 의결을 더 기록할 수 없습니다.',
    'The meeting’s minutes are recorded; its decisions are closed.',
  ),
  'MEETING.ITEM_NOT_ON_AGENDA': m(
    '이 회의의 안건에 없는 안건입니다. 먼저 회의 안건에 추가하세요.',
    'The item is not on this meeting’s agenda; add it first.',
    {
      ko: '안건 {itemId}은(는) 회의 {meetingId}의 안건에 없습니다. 먼저 회의 안건에 추가하세요.',
      en: 'Agenda item {itemId} is not on the agenda of meeting {meetingId}; add it first.',
    },
  ),
  'MEETING.ATTACHMENT_UNKNOWN': m(
    '저장되지 않은 첨부파일입니다. 먼저 파일을 올리세요.',
    'No such file is stored for this district; upload it first.',
    {
      ko: '첨부파일 {name}({sha256})이(가) 저장되어 있지 않습니다. 먼저 파일을 올리세요.',
      en: 'The file {name} ({sha256}) is not stored; upload it first.',
    },
  ),
  'MEETING.DATE_MISMATCH': m('회의 날짜가 기록된 회의와 다릅니다.', 'The date differs from the recorded meeting’s.', {
    ko: '회의 {meetingId}은(는) {heldOn}에 열렸습니다.',
    en: 'Meeting {meetingId} was held on {heldOn}.',
  }),
  'VOTE.ON_ROLL_NOT_ROSTER': m(
    '재적 수가 회의일의 위원 명단과 다릅니다.',
    'The members on roll differ from the roster on the meeting day.',
    {
      ko: '재적을 {given}명이라 했지만 회의일 위원 명단의 재적은 {recorded}명입니다.',
      en: 'The tally claims {given} on roll; the roster that day has {recorded}.',
    },
  ),
  'VOTE.PRESENT_NOT_ATTENDANCE': m('출석 수가 회의의 출석 기록과 다릅니다.', 'The members present differ from the meeting’s attendance.', {
    ko: '출석을 {given}명이라 했지만 회의에 출석한 위원은 {recorded}명입니다.',
    en: 'The tally claims {given} present; {recorded} members attended the meeting.',
  }),
  'AGREEMENT.NOT_FOUND': m('부속합의서가 없습니다.', 'No such agreement.'),
  'AGREEMENT.ALREADY_EXISTS': m('이 지구·연도의 부속합의서가 이미 있습니다.', 'The agreement of this district and year exists already.'),
  'AGREEMENT.TRANSITION_NOT_ALLOWED': m('부속합의서의 지금 단계에서는 할 수 없습니다.', 'Not possible at the agreement’s current step.'),
  'AGREEMENT.RULE_VIOLATED': m('부속합의서의 지금 상태에서는 할 수 없습니다.', 'Not possible in the agreement’s current state.'),
  'AGREEMENT.EVENT_NOT_APPLICABLE': m('이 부속합의서에 적용할 수 없는 기록입니다.', 'This record does not apply to the agreement.'),
  'AGREEMENT.ALREADY_SIGNED': m('이미 서명했습니다.', 'Signed already.'),
  'AGREEMENT.NO_PROJECTS': m('세부사업이 없는 부속합의서에는 서명할 수 없습니다.', 'An agreement without projects cannot be signed.'),
  'AGREEMENT.PARTY_MISMATCH': m('자기 소속 당사자로만 서명·제안할 수 있습니다.', 'You may act only for your own party.'),
  'AGREEMENT.PROJECT_ALREADY_LISTED': m('이미 부속합의서에 있는 세부사업입니다.', 'The project is listed already.'),
  'AGREEMENT.PROJECT_NOT_LISTED': m('부속합의서에 없는 세부사업입니다.', 'The project is not listed.'),
  'AGREEMENT.NOT_IN_FORCE': m('부속합의서의 협약 기간 밖의 날짜입니다.', 'The date is outside the agreement’s term.', {
    ko: '협약 기간은 {inForceFrom} ~ {inForceUntil}입니다. {date}은(는) 기간 밖입니다.',
    en: 'The agreement is in force {inForceFrom} – {inForceUntil}; {date} is outside its term.',
  }),
  'AGREEMENT.TERM_NOT_ENDED': m('부속합의서의 협약 기간이 아직 끝나지 않았습니다.', 'The agreement’s term has not ended yet.', {
    ko: '협약 기간이 끝나는 날은 {inForceUntil}이며, {expiresOn}부터 만료됩니다.',
    en: 'The term runs until {inForceUntil}; the agreement expires on {expiresOn}.',
  }),
  'AGREEMENT.ALREADY_EXPIRED': m('이미 만료된 부속합의서입니다.', 'The agreement has expired already.'),
  'AGREEMENT.PROJECT_UNKNOWN': m(
    '없는 세부사업입니다. 부속합의서에는 등록된 세부사업만 넣을 수 있습니다.',
    'No such project; an agreement lists only existing projects.',
    {
      ko: '세부사업 {projectId}이(가) 없습니다. 부속합의서에는 등록된 세부사업만 넣을 수 있습니다.',
      en: 'There is no project {projectId}; an agreement lists only existing projects.',
    },
  ),
  'AGREEMENT.PROJECT_OF_ANOTHER_DISTRICT': m(
    '다른 지구의 세부사업은 이 부속합의서에 넣을 수 없습니다.',
    'A project of another district cannot be listed in this agreement.',
    {
      ko: '세부사업 {projectId}은(는) {projectDistrict} 지구의 사업이라 {agreementDistrict} 부속합의서에 넣을 수 없습니다.',
      en: 'Project {projectId} belongs to {projectDistrict}, not to the {agreementDistrict} agreement.',
    },
  ),
  'AGREEMENT.PROJECT_OF_ANOTHER_YEAR': m(
    '다른 연도의 세부사업은 이 부속합의서에 넣을 수 없습니다.',
    'A project of another year cannot be listed in this agreement.',
    {
      ko: '세부사업 {projectId}은(는) {projectYear}년 사업이라 {agreementYear}년 부속합의서에 넣을 수 없습니다.',
      en: 'Project {projectId} is a {projectYear} project, not one of the {agreementYear} agreement.',
    },
  ),
  'AGREEMENT.TERM_ENDED': m(
    '부속합의서의 기간(다음 해 2월 말)이 지났습니다.',
    'The agreement’s term (to the end of February of the next year) has ended.',
  ),
  'AGREEMENT.AMENDMENT_NOT_FOUND': m('변경 제안이 없습니다.', 'No such amendment.'),
  'AGREEMENT.AMENDMENT_ALREADY_DECIDED': m('이미 동의 또는 거부된 변경 제안입니다.', 'This amendment is decided already.'),
  'AGREEMENT.AMENDMENT_DOES_NOT_FIT': m('변경 내용이 부속합의서와 맞지 않습니다.', 'The changes do not fit the agreement.'),
  'AGREEMENT.AMENDMENT_OUTDATED': m(
    '그사이 예산이 바뀌어 이 변경 제안은 더 이상 맞지 않습니다.',
    'The budgets changed meanwhile; this amendment no longer fits.',
  ),
  'AGREEMENT.DUPLICATE_AMENDMENT': m('같은 변경 제안이 이미 있습니다.', 'This amendment exists already.'),
  'AGREEMENT.SAME_PARTY_CONSENT': m(
    '자기 소속이 제안한 변경에는 동의할 수 없습니다. 상대 당사자가 동의해야 합니다.',
    'The other party must consent; you cannot consent to your own party’s amendment.',
  ),
  'AGREEMENT.SAME_PARTY_REFUSAL': m(
    '자기 소속이 제안한 변경은 거부할 수 없습니다. 상대 당사자가 결정합니다.',
    'The other party decides; you cannot refuse your own party’s amendment.',
  ),
  'AGREEMENT.AMENDMENT_BELOW_SPENT': m(
    '이미 집행한 금액보다 적은 예산으로 변경할 수 없습니다.',
    'An amendment cannot cut a budget below what is already spent.',
    {
      ko: '세부사업 {projectId}은(는) {funder} 재원에서 이미 {spent}원을 집행했습니다. 변경 예산 {proposed}원은 {shortfall}원 부족합니다.',
      en: 'Project {projectId} has already spent {spent} won from the {funder}; the amendment’s {proposed} won is {shortfall} won short.',
    },
  ),
  'AGREEMENT.SIGNED_IN_FUTURE': m('서명일은 오늘보다 늦을 수 없습니다.', 'A signature cannot be dated after today.', {
    ko: '서명일 {signedOn}은(는) 오늘({today})보다 늦습니다.',
    en: 'The signature date {signedOn} is after today ({today}).',
  }),
  'AGREEMENT.SIGNED_BEFORE_DRAFT': m(
    '서명일은 부속합의서를 작성한 날보다 빠를 수 없습니다.',
    'A signature cannot be dated before the agreement was drafted.',
    {
      ko: '부속합의서는 {draftedOn}에 작성되었습니다. 서명일 {signedOn}은(는) 그보다 빠릅니다.',
      en: 'The agreement was drafted on {draftedOn}; the signature date {signedOn} is before it.',
    },
  ),
  'AGREEMENT.PROJECT_CANCELLED': m(
    '취소된 세부사업은 부속합의서에 넣거나 남겨 둔 채 서명할 수 없습니다.',
    'A cancelled project is neither listed nor signed for.',
    {
      ko: '세부사업 {projectId}은(는) 취소되었습니다. 부속합의서에서 제외한 뒤 진행하세요.',
      en: 'Project {projectId} is cancelled; withdraw it from the agreement first.',
    },
  ),
  'AGREEMENT.WITHDRAWAL_ALREADY_PROPOSED': m(
    '취소된 세부사업의 제외 변경이 이미 제안되었습니다.',
    'The withdrawal of the cancelled project is proposed already.',
  ),
  'AGREEMENT.PROJECT_ALREADY_WITHDRAWN': m(
    '이미 부속합의서에서 제외된 세부사업입니다.',
    'The project is no longer listed in the agreement.',
  ),
  // Calls for schools (학교교부·공모)
  'CONFIG.SCHOOLS_INVALID': m(
    '학교 설정(GONGRON_SCHOOLS_FILE)이 올바르지 않습니다: 학교마다 id, 이름, 학교급(초·중·고), 지구가 필요합니다.',
    'The schools configured (GONGRON_SCHOOLS_FILE) are not valid: each needs an id, a name, a level and a district.',
  ),
  'SCHOOL_CALL.NOT_FOUND': m('없는 공모입니다.', 'There is no such call for schools.'),
  'SCHOOL_CALL.ALREADY_EXISTS': m('이 번호의 공모가 이미 있습니다.', 'A call with this number exists already.'),
  'SCHOOL_CALL.TRANSITION_NOT_ALLOWED': m('공모의 지금 단계에서는 할 수 없습니다.', 'Not possible at the call’s current step.'),
  'SCHOOL_CALL.RULE_VIOLATED': m('공모의 지금 상태에서는 할 수 없습니다.', 'Not possible in the call’s current state.'),
  'SCHOOL_CALL.EVENT_NOT_APPLICABLE': m('이 공모에 적용할 수 없는 기록입니다.', 'This record does not apply to the call.'),
  'SCHOOL_CALL.PROJECT_UNKNOWN': m(
    '없는 세부사업입니다. 공모는 등록된 세부사업이 엽니다.',
    'No such project; a call is run by an existing project.',
    {
      ko: '세부사업 {projectId}이(가) 없습니다.',
      en: 'There is no project {projectId}.',
    },
  ),
  'SCHOOL_CALL.PROJECT_NOT_RUNNING': m(
    '종료되었거나 취소된 세부사업은 공모를 열 수 없습니다.',
    'A closed or cancelled project opens no call.',
    { ko: '세부사업 {projectId}은(는) 지금 {projectStatus} 상태입니다.', en: 'Project {projectId} is {projectStatus}.' },
  ),
  'SCHOOL_CALL.NUMBER_NOT_NEXT': m('공모 번호는 세부사업의 다음 번호여야 합니다.', 'A call takes the project’s next number.', {
    ko: '세부사업 {projectId}의 다음 공모 번호는 {next}입니다.',
    en: 'The next call of project {projectId} is number {next}.',
  }),
  'SCHOOL_CALL.PERIOD_INVALID': m('공모 마감일이 시작일보다 빠릅니다.', 'The call closes before it opens.', {
    ko: '공모 기간 {opensOn} ~ {closesOn}: 마감일이 시작일보다 빠릅니다.',
    en: 'The call period {opensOn} – {closesOn} closes before it opens.',
  }),
  'SCHOOL_CALL.OUTSIDE_PERIOD': m('공모 기간이 아닙니다.', 'The application is outside the call’s period.', {
    ko: '공모 기간은 {opensOn} ~ {closesOn}입니다(접수일 {receivedOn}).',
    en: 'The call runs {opensOn} – {closesOn} (received {receivedOn}).',
  }),
  'SCHOOL_CALL.SCHOOL_UNKNOWN': m('등록되지 않은 학교입니다.', 'The school is not among the configured schools.', {
    ko: '학교 {schoolId}은(는) 등록된 학교가 아닙니다.',
    en: 'School {schoolId} is not among the configured schools.',
  }),
  'SCHOOL_CALL.SCHOOL_OF_ANOTHER_DISTRICT': m(
    '다른 지구의 학교는 이 사업에 신청하거나 교부받을 수 없습니다.',
    'A school of another district cannot apply to or be granted by this project.',
    { ko: '학교 {schoolId}은(는) {schoolDistrict} 지구의 학교입니다.', en: 'School {schoolId} is in {schoolDistrict}.' },
  ),
  'SCHOOL_CALL.LEVEL_NOT_ELIGIBLE': m('공모 대상 학교급이 아닙니다.', 'The school is not of a level the call is for.', {
    ko: '학교 {schoolId}({level})은(는) 공모 대상 학교급이 아닙니다.',
    en: 'School {schoolId} ({level}) is not of a level the call is for.',
  }),
  'SCHOOL_CALL.APPLICATION_ALREADY_RECEIVED': m('이미 접수한 신청입니다.', 'The application is received already.'),
  'SCHOOL_CALL.SCHOOL_ALREADY_APPLIED': m('이 학교는 이미 신청했습니다.', 'The school has applied already.', {
    ko: '학교 {schoolId}은(는) 이미 신청했습니다(신청 {applicationId}).',
    en: 'School {schoolId} has applied already ({applicationId}).',
  }),
  'SCHOOL_CALL.APPLICATION_UNKNOWN': m('이 공모에 없는 신청입니다.', 'There is no such application in this call.', {
    ko: '신청 {applicationId}이(가) 이 공모에 없습니다.',
    en: 'There is no application {applicationId} in this call.',
  }),
  'SCHOOL_CALL.APPLICATION_ALREADY_DECIDED': m('이미 선정 여부를 정한 신청입니다.', 'The application is decided already.'),
  'SCHOOL_CALL.APPLICATIONS_UNDECIDED': m(
    '선정 여부를 정하지 않은 신청이 있습니다. 모든 신청을 선정하거나 미선정한 뒤 심사를 마치세요.',
    'Some applications are neither selected nor declined; decide every one before concluding.',
    { ko: '선정 여부를 정하지 않은 신청이 {count}건 있습니다.', en: '{count} applications are still undecided.' },
  ),
  'SCHOOL_CALL.GRANT_ID_TAKEN': m('이미 기록된 교부 번호입니다.', 'The grant is recorded already.'),
  'SCHOOL_CALL.APPLICATION_NOT_SELECTED': m('선정된 학교에만 교부합니다.', 'Only selected schools get a grant.', {
    ko: '신청 {applicationId}은(는) 선정되지 않았습니다.',
    en: 'Application {applicationId} was not selected.',
  }),
  'SCHOOL_CALL.GRANT_ALREADY_AWARDED': m('이 신청에는 이미 교부했습니다.', 'The application has its grant already.', {
    ko: '신청 {applicationId}에는 이미 교부했습니다({grantId}).',
    en: 'Application {applicationId} has its grant already ({grantId}).',
  }),
  'SCHOOL_CALL.GRANT_ABOVE_CALL_AMOUNT': m('교부액이 공모 금액을 넘습니다.', 'The grant exceeds the call’s amount.', {
    ko: '{funderName} 공모 금액 {callAmount}원 중 {granted}원을 이미 교부해, 남은 {available}원보다 많은 {amount}원은 교부할 수 없습니다.',
    en: 'Of the call’s {callAmount} won from {funder}, {granted} is granted; {amount} exceeds the {available} left.',
  }),
  'SCHOOL_CALL.GRANT_ABOVE_ALLOCATION': m('교부액이 세부사업의 배정액을 넘습니다.', 'The grant exceeds the project’s allocation.', {
    ko: '{funderName} 배정액 {allocation}원 중 {granted}원을 이미 교부해, 남은 {available}원보다 많은 {amount}원은 교부할 수 없습니다.',
    en: 'Of the project’s {allocation} won allocated by {funder}, {granted} is granted; {amount} exceeds the {available} left.',
  }),
  'SCHOOL_CALL.PROJECT_NOT_ALLOCATED': m(
    '부속합의서가 발효되어 예산이 배정된 추진 중인 세부사업만 교부할 수 있습니다.',
    'Grants are made once the project’s agreement is in force and while it is carried out.',
    { ko: '세부사업 {projectId}은(는) 지금 {projectStatus} 상태입니다.', en: 'Project {projectId} is {projectStatus}.' },
  ),
  'SCHOOL_CALL.PROJECT_RELEASED': m(
    '부속합의서에서 빠진 세부사업은 더 교부할 수 없습니다.',
    'A project withdrawn from its agreement grants nothing more.',
    { ko: '세부사업 {projectId}은(는) 부속합의서에서 빠졌습니다.', en: 'Project {projectId} was withdrawn from its agreement.' },
  ),
  'SCHOOL_CALL.GRANT_UNKNOWN': m('이 공모(또는 지정 교부)에 없는 교부입니다.', 'There is no such grant in this call (or direct grants).', {
    ko: '교부 {grantId}이(가) 이 공모(또는 지정 교부)에 없습니다.',
    en: 'There is no grant {grantId} in this call (or direct grants).',
  }),
  'SCHOOL_CALL.REPORT_ALREADY_SUBMITTED': m('이미 결과보고서를 제출한 교부입니다.', 'The grant is reported already.'),
  'SCHOOL_CALL.REPORT_ABOVE_GRANT': m('보고한 집행액이 교부액을 넘습니다.', 'The report spends more than the grant.', {
    ko: '{funderName} 교부액 {grant}원보다 많은 {spent}원을 보고했습니다.',
    en: 'The report spends {spent} won from {funder}, above the grant of {grant}.',
  }),
  'SCHOOL_CALL.INSPECTION_ALREADY_RECORDED': m('이미 기록된 점검입니다.', 'The inspection is recorded already.'),
  'SCHOOL_CALL.REPORTS_MISSING': m(
    '결과보고서를 내지 않은 학교가 있어 공모를 완료할 수 없습니다.',
    'Some grants have no report yet; the call cannot be completed.',
    { ko: '결과보고서가 없는 교부가 {count}건 있습니다.', en: '{count} grants have no report yet.' },
  ),
  'SCHOOL_CALL.ALREADY_GRANTED': m('이미 교부한 공모는 취소할 수 없습니다.', 'A call that has granted cannot be cancelled.'),
  'SCHOOL_CALL.DATED_IN_FUTURE': m('오늘보다 늦은 날짜는 기록할 수 없습니다.', 'A date after today cannot be recorded.', {
    ko: '{date}은(는) 오늘({today})보다 늦습니다.',
    en: '{date} is after today ({today}).',
  }),
} as const satisfies Record<string, RefusalMessage>;

export type RefusalCode = keyof typeof REFUSAL_MESSAGES;

const CATALOGUE: Readonly<Record<string, RefusalMessage>> = REFUSAL_MESSAGES;

export function isCataloguedRefusal(code: string): code is RefusalCode {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, code);
}

/** Said for a code the catalogue does not know (a newer server than the page, say). */
export const UNKNOWN_REFUSAL: LocalizedText = { ko: '요청을 처리하지 못했습니다.', en: 'The request was not carried out.' };

/**
 * The catalogue's entry for a code: its own, or for a framework's `HTTP.4nn` without one the
 * entry of its class; undefined for a code the catalogue does not know.
 */
export function refusalEntry(code: string): RefusalMessage | undefined {
  if (isCataloguedRefusal(code)) return CATALOGUE[code];
  if (/^HTTP\.4\d\d$/.test(code)) return CATALOGUE['HTTP.4XX'];
  return undefined;
}

/** The short message of a code, in the language asked for. */
export function refusalMessage(code: string, language: Language): string {
  return (refusalEntry(code) ?? UNKNOWN_REFUSAL)[language];
}

/** Both languages of a code's message. */
export function refusalMessages(code: string): LocalizedText {
  const entry = refusalEntry(code) ?? UNKNOWN_REFUSAL;
  return { ko: entry.ko, en: entry.en };
}

/**
 * The fuller sentence of a code with the refusal's numbers in it, or undefined when the code has
 * none or a number it names is missing.
 */
export function refusalDetail(
  code: string,
  language: Language,
  details: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  const template = refusalEntry(code)?.detail?.[language];
  if (template === undefined || details === undefined) return undefined;
  let complete = true;
  const text = template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = details[name];
    if (typeof value === 'number') return value.toLocaleString(language === 'ko' ? 'ko-KR' : 'en-US');
    if (typeof value === 'string') return value;
    complete = false;
    return '';
  });
  return complete ? text : undefined;
}

/**
 * The language an `Accept-Language` header prefers among ours (RFC 9110 §12.5.4 weights);
 * Korean when it names neither.
 */
export function negotiateLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'ko';
  let best: { language: Language; weight: number } | undefined;
  for (const part of acceptLanguage.split(',')) {
    const [range, ...params] = part.trim().split(';');
    const tag = (range ?? '').trim().toLowerCase();
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (!Number.isFinite(weight) || weight <= 0) continue;
    const primary = tag.split('-')[0];
    const language = LANGUAGES.find((l) => l === primary);
    if (language !== undefined && (best === undefined || weight > best.weight)) best = { language, weight };
  }
  return best?.language ?? 'ko';
}
