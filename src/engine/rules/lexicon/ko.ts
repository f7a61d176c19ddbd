/**
 * Korean: Naver's and Daum's (Kakao) localised refusals as Korean administrators quote them, and
 * their help. Particles attach to the noun ("수신자가", "메일함이"), so no word boundaries; denial
 * follows the verb ("감지되지 않았습니다").
 */
import type { Lexicon } from './types.ts';

const FULL = 'https://foxydog.tistory.com/180';
const SIZE = 'https://foxydog.tistory.com/69';
const RETURNS = 'https://puffinknight.tistory.com/102';
const RETURN_TYPES = 'https://oliveit.tistory.com/39';
const NAVER = 'https://kin.naver.com/qna/detail.naver?d1id=1&dirId=1060108&docId=228964450';
const GMAIL = 'https://support.google.com/a/answer/3726730?hl=ko';
const MICROSOFT =
  'https://learn.microsoft.com/ko-kr/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const KO: Lexicon = {
  language: 'ko',
  script: 'cjk',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        '(메일함|편지함|사서함)(이)? (가득 ?찼|꽉 ?찼)',
        '(메일함|사서함|편지함) 용량(이)? (초과|부족|가득)',
        '저장 ?공간(이)? 부족',
      ],
      source: FULL,
      example: "550 The recipient's mailbox is full (수신자의 메일함이 가득 찼습니다)",
    },
    {
      reason: 'userunknown',
      forms: [
        '(받는 ?사람|수신자|사용자|계정|주소)(가|이)? 존재하지 않',
        '존재하지 않는 (사용자|계정|메일 ?주소|주소|수신자)',
        '없는 (사용자|계정|메일 ?주소|주소)',
        '수신자를 찾을 수 없',
      ],
      source: RETURNS,
      example: '받는사람이 존재하지 않는 경우 - 550 User unknown',
    },
    {
      reason: 'hostunknown',
      forms: ['(도메인|호스트)(이|가|을|를)? (존재하지 않|찾을 수 없)', '존재하지 않는 도메인'],
      source: RETURN_TYPES,
      example: '도메인이 존재하지 않습니다',
    },
    {
      reason: 'suspend',
      forms: [
        '(계정|메일 ?계정|사용자)(이|가)? (정지|중지|휴면|비활성)',
        '휴면 계정',
        '(받는 ?사람|수신자|사용자|계정)(이|가)? 사용 ?중지',
      ],
      source: RETURNS,
      example: '받는사람이 사용중지된 경우 - 550 Account disabled',
    },
    {
      reason: 'spamdetected',
      forms: ['스팸(으로|메일로) (분류|판단|간주|차단|인식)', '스팸 의심'],
      source: RETURNS,
      example: '스팸메일로 분류되어 수신이 차단되었습니다',
    },
    {
      reason: 'virusdetected',
      forms: ['바이러스(가|를)? (감지|발견|포함)', '바이러스 메일'],
      source: RETURN_TYPES,
      example: '바이러스가 감지되어 메일이 차단되었습니다',
    },
    {
      reason: 'mesgtoobig',
      forms: [
        '(메일|메시지|편지)(의)? 크기가 (너무 )?(커서|큽니다|크)',
        '크기(가)? (제한을 )?초과',
      ],
      source: SIZE,
      example: '보내신 메일의 크기가 커서, 받는 서버에서 수신을 차단하였습니다.',
    },
    {
      reason: 'speeding',
      forms: ['너무 (많은 메일|자주|빠르)', '발송량(이)? 초과'],
      source: RETURNS,
      example: '421 4.3.1 You send too many messages. (너무 많은 메일을 보냈습니다)',
    },
    {
      reason: 'filtered',
      forms: ['수신 ?거부', '수신 ?차단', '수신을 거부'],
      source: NAVER,
      example: '받는 사람의 스팸설정(수신거부)에 의해 차단되었습니다',
    },
    {
      reason: 'vacation',
      forms: ['부재 ?중', '자동 ?응답', '휴가 ?중', '출장 ?중', '자리를 비웁'],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: '[자동 응답] 휴가 중이라 메일 확인이 늦어집니다.',
    },
    {
      reason: 'norelaying',
      forms: ['릴레이(가)? (거부|허용되지 않)'],
      source: RETURNS,
      example: '릴레이가 거부되었습니다 - 550 Relay denied',
    },
  ],
  objects: [
    {
      kind: 'recipient',
      forms: ['수신자', '받는 ?사람', '수신인', '받는이', '상대방'],
      source: FULL,
    },
    { kind: 'sender', forms: ['발신자', '보낸 ?사람', '발송자', '보내는 ?사람'], source: RETURNS },
    { kind: 'sending', forms: ['발송'], source: RETURNS },
    {
      kind: 'mailbox',
      forms: ['메일함', '편지함', '사서함', '받은편지함', '메일 ?박스'],
      source: FULL,
    },
    { kind: 'user', forms: ['사용자', '이용자', '회원'], source: RETURNS },
    {
      kind: 'address',
      forms: ['주소', '메일 ?주소', '이메일 ?주소', '전자우편 ?주소'],
      source: NAVER,
    },
    { kind: 'account', forms: ['계정', '아이디'], source: RETURNS },
    { kind: 'domain', forms: ['도메인'], source: NAVER },
    { kind: 'host', forms: ['호스트'], source: RETURN_TYPES },
    { kind: 'server', forms: ['서버'], source: SIZE },
    { kind: 'service', forms: ['서비스'], source: RETURN_TYPES },
    { kind: 'system', forms: ['시스템'], source: RETURN_TYPES },
    { kind: 'network', forms: ['네트워크'], source: RETURN_TYPES },
    { kind: 'connection', forms: ['연결', '접속'], source: RETURN_TYPES },
    { kind: 'ip', forms: ['ip'], source: RETURNS },
    { kind: 'blocklist', forms: ['블랙리스트'], source: RETURNS },
    { kind: 'relay', forms: ['릴레이', '중계'], source: RETURNS },
    { kind: 'message', forms: ['메일', '메시지', '편지', '이메일', '전자우편'], source: SIZE },
    { kind: 'attachment', forms: ['첨부 ?파일', '첨부'], source: SIZE },
    { kind: 'content', forms: ['내용', '본문'], source: RETURN_TYPES },
    { kind: 'size', forms: ['크기', '사이즈'], source: SIZE },
    { kind: 'storage', forms: ['용량', '저장 ?공간', '공간', '할당량'], source: FULL },
    { kind: 'rate', forms: ['빈도', '속도'], source: RETURNS },
    { kind: 'limit', forms: ['한도', '제한'], source: RETURNS },
    { kind: 'spam', forms: ['스팸', '광고 ?메일'], source: RETURNS },
    { kind: 'virus', forms: ['바이러스', '악성 ?코드', '멀웨어'], source: RETURN_TYPES },
    { kind: 'auth', forms: ['인증'], source: GMAIL },
    { kind: 'tls', forms: ['암호화'], source: GMAIL },
    { kind: 'certificate', forms: ['인증서'], source: GMAIL },
    { kind: 'ptr', forms: ['역방향', '리버스 ?dns'], source: GMAIL },
    { kind: 'dns', forms: ['mx ?레코드'], source: GMAIL },
    { kind: 'delivery', forms: ['배달', '전송', '전달'], source: RETURNS },
    { kind: 'time', forms: ['시간', '기한'], source: RETURNS },
    { kind: 'policy', forms: ['정책'], source: GMAIL },
    { kind: 'filter', forms: ['필터'], source: NAVER },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        '존재하지 않',
        '없는',
        '없습니다',
        '찾을 수 없',
        '알 수 없',
        '잘못된',
        '유효하지 않',
        '올바르지 않',
        '등록되지 않',
      ],
      source: RETURNS,
    },
    { kind: 'unavailable', forms: ['사용할 수 없', '이용할 수 없'], source: RETURNS },
    {
      kind: 'unreachable',
      forms: ['연결할 수 없', '접속할 수 없', '도달할 수 없'],
      source: RETURN_TYPES,
    },
    { kind: 'noaccept', forms: ['받을 수 없', '수신할 수 없', '수신하지 않'], source: NAVER },
    { kind: 'missing', forms: ['없음', '누락'], source: GMAIL },
    { kind: 'full', forms: ['가득 ?차', '가득', '꽉 ?차', '부족'], source: FULL },
    { kind: 'exceeded', forms: ['초과', '넘었', '넘어'], source: NAVER },
    { kind: 'toolarge', forms: ['너무 크', '너무 큽', '커서'], source: SIZE },
    {
      kind: 'disabled',
      forms: ['정지', '중지', '휴면', '비활성', '잠금', '잠겼', '해지', '삭제'],
      source: RETURNS,
    },
    { kind: 'blocked', forms: ['차단', '블록'], source: RETURNS },
    { kind: 'rejected', forms: ['거부', '거절', '반려'], source: SIZE },
    {
      kind: 'notallowed',
      forms: ['허용되지 않', '금지', '권한이 없', '허가되지 않'],
      source: RETURNS,
    },
    { kind: 'listed', forms: ['등록되어', '등재'], source: NAVER },
    { kind: 'moved', forms: ['변경되었', '변경됨', '바뀌었'], source: RETURNS },
    {
      kind: 'detected',
      forms: ['감지', '발견', '검출', '판단', '분류', '간주', '의심', '포함', '신고'],
      source: RETURNS,
    },
    { kind: 'infected', forms: ['감염'], source: RETURN_TYPES },
    { kind: 'toomany', forms: ['너무 많', '과다', '대량'], source: RETURNS },
    { kind: 'timeout', forms: ['시간 ?초과', '타임아웃'], source: RETURN_TYPES },
    { kind: 'expired', forms: ['만료', '기한이 지났'], source: RETURNS },
    { kind: 'failed', forms: ['실패', '오류', '에러', '장애'], source: RETURN_TYPES },
    { kind: 'required', forms: ['필요', '필수', '해야'], source: GMAIL },
    { kind: 'violation', forms: ['위반'], source: GMAIL },
    { kind: 'busy', forms: ['혼잡', '바쁨'], source: RETURN_TYPES },
    {
      kind: 'temporary',
      forms: ['일시적으로 사용할 수 없', '일시적(인)? (오류|문제|장애)'],
      source: RETURN_TYPES,
    },
  ],
  negators: [],
  negatorsAfter: ['지 않', '되지 않', '하지 않'],
  boilerplate: [
    {
      forms: [
        '반송된 메일',
        '반송',
        '메일(이|을)? (전달|전송|배달)(할 수 없|되지 못|에 실패)',
        '(전송|배달|발송) ?실패',
        '이 메일은 (자동으로 )?(발송|생성)',
        '자동 ?발송',
        '회신하지 마십시오',
      ],
      source: RETURN_TYPES,
    },
    { forms: ['원격 서버(에서|가) (반환|응답)', '관리자를 위한 진단 정보'], source: MICROSOFT },
    {
      forms: ['(메일 ?)?주소를 (다시 )?확인', '다시 시도', '관리자에게 문의', '고객센터로 문의'],
      source: RETURN_TYPES,
    },
    { forms: ['바이러스 검사', '기밀', '수신자가 아닌 경우'], source: GMAIL },
  ],
};
